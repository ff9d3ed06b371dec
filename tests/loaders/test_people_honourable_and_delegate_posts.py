"""Posts and forms of address that hid the person after them: "Honourable"/"Hon." and "Sayyed"
before a name, a post of a country written by its abbreviation ("of BiH"), "Minister Delegate"
and "Delegate Minister", "Leader of the Islamic Revolution"; and the post and document words
that were read as names ("the President of the Transition", "the General Agreement")."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, people_posts, read, visits

_DAY = datetime.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "name", "post", "country"),
    [
        (
            "ZAGREB, June 10, 2025 - Prime Minister of Croatia Andrej Plenkovic received on "
            "Tuesday Chairman of the Council of Ministers of BiH Nermin Hodzic, who is on a "
            "working visit to Croatia.",
            "Nermin Hodzic",
            "Chairman of the Council of Ministers",
            "BA",
        ),
        (
            "KINSHASA, June 10, 2025 - Chairwoman of the Council of Ministers of BiH Amra "
            "Kovac met President of the DRC Joseph Mbala on Tuesday.",
            "Amra Kovac",
            "Chairwoman of the Council of Ministers",
            "BA",
        ),
        (
            "WELLINGTON, June 10, 2025 - Foreign Minister of NZ Tama Rangi met his Fijian "
            "counterpart on Tuesday.",
            "Tama Rangi",
            "Minister of Foreign Affairs",
            "NZ",
        ),
        (
            "GABORONE, June 10, 2025 - The Minister of Trade and Industry, Honourable Kabo "
            "Seretse, held talks with the visiting Namibian delegation on Tuesday.",
            "Kabo Seretse",
            "Minister of Trade and Industry",
            "BW",
        ),
        (
            "The Minister of Health, Honorable Mpho Dube, opened the clinic in Gaborone.",
            "Mpho Dube",
            "Minister of Health",
            None,
        ),
        (
            "TEHRAN, June 10, 2025 - The Omani foreign minister arrived in Tehran on Tuesday, "
            "where he met Leader of the Islamic Revolution Sayyed Hossein Farahani.",
            "Hossein Farahani",
            "Leader of the Islamic Revolution",
            "IR",
        ),
        (
            "DAKAR, June 10, 2025 - The Belgian Minister Delegate for Foreign Trade, Lise "
            "Verbeke, met President Amadou Sall in Dakar on Tuesday.",
            "Lise Verbeke",
            "Minister Delegate for Foreign Trade",
            "BE",
        ),
        (
            "LUANDA, June 10, 2025 - The Delegate Minister for Cooperation of Portugal, Rui "
            "Matos, held talks in Luanda on Tuesday.",
            "Rui Matos",
            "Delegate Minister for Cooperation",
            "PT",
        ),
    ],
)
def test_people_holder_after_post_or_form_of_address_is_read(
    text: str, name: str, post: str, country: str | None
) -> None:
    posts = people_posts(read(text, _DAY))
    assert (post, country) in posts[name]


def test_people_hon_styles_before_a_name_are_no_part_of_it() -> None:
    text = (
        "Foreign Minister the Hon. Mele Taufa met Prime Minister Right Honorable Sione Vea "
        "and Dr the Hon. Ana Lolo in Nuku'alofa on Tuesday."
    )
    assert {"Mele Taufa", "Sione Vea", "Ana Lolo"} <= set(people_posts(read(text, _DAY)))


def test_people_visit_of_a_holder_named_after_a_post_of_an_abbreviated_country() -> None:
    text = (
        "LJUBLJANA, June 10, 2025 - Prime Minister of Slovenia Robert Golob received on Tuesday "
        "Chairwoman of the Council of Ministers of BiH Amra Kovac, who is on a working visit "
        "to Slovenia."
    )
    document = read(text, _DAY)
    assert ("Amra Kovac", "SI") in visits(document)
    assert ["Amra Kovac", "Robert Golob"] in meetings(document)


@pytest.mark.parametrize(
    "text",
    [
        "BAMAKO, June 10, 2025 - The President of the Transition received the visiting "
        "Foreign Minister of Niger, Bakary Sangare, on Tuesday.",
        "LIBREVILLE, June 10, 2025 - The two sides signed the General Agreement of Cooperation "
        "between the two countries.",
        "DAKAR, June 10, 2025 - The Minister Delegate said the talks went well.",
        "PARIS, June 10, 2025 - The Delegate Minister met the press on Tuesday.",
    ],
)
def test_people_post_and_document_words_are_no_names(text: str) -> None:
    names = set(people_posts(read(text, _DAY)))
    assert not names & {"Transition", "Agreement", "Delegate", "Minister"}


def test_people_president_of_the_transition_is_a_president() -> None:
    text = (
        "LIBREVILLE, June 10, 2025 - The President of the Transition, Paul Mba Ondo, received "
        "the Angolan foreign minister on Tuesday."
    )
    assert ("President", "GA") in people_posts(read(text, _DAY))["Paul Mba Ondo"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near-misses: a rank before a name, and "honourable" as an adjective
        ("General Adebayo Musa inspected the troops in Abuja on Tuesday.", "Adebayo Musa"),
        (
            "Prime Minister Sione Vea thanked the honourable members of the House.",
            "Sione Vea",
        ),
    ],
)
def test_people_ranks_and_adjectives_keep_the_names_they_had(text: str, name: str) -> None:
    assert set(people_posts(read(text, _DAY))) == {name}
