"""People behind forms of address of the Latin American left ("Compañera X"), names after a
post that open with a short English word ("the Laotian president, Do Sy"), the local titles of
heads of state and government ("Te Beretitenti", "the Yang di-Pertuan Agong"), and words that
stand where a name would but name no one ("the Press Division", "Deputy Secretaries-General").
"""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, people_posts, read

DAY = datetime.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Commander Ana Ruiz and Compañera Lucía Ferrer welcomed the delegation.", "Lucía Ferrer"),
        ("The Compañero Mateo Quispe also took part in the talks.", "Mateo Quispe"),
        ("Comrade Tomás Vidal met the visiting minister in Havana.", "Tomás Vidal"),
        ("Camarada Inés Paredes received the envoy on Friday.", "Inés Paredes"),
    ],
)
def test_people_comrade_forms_of_address_are_no_part_of_the_name(text: str, name: str) -> None:
    assert name in people_posts(read(text, DAY))


def test_people_a_short_english_word_opens_a_name_after_a_lower_case_post() -> None:
    text = (
        "Thai Prime Minister Anan Wongsa arrived in Vientiane on Monday. He later met the "
        "Laotian president, Do Sy Vong, and discussed trade."
    )
    document = read(text, DAY)
    assert ("President", "LA") in people_posts(document)["Do Sy Vong"]
    assert ["Anan Wongsa", "Do Sy Vong"] in meetings(document)


def test_people_a_short_word_after_a_lower_case_post_in_a_headline_is_no_name() -> None:
    # the near miss: a short word that is a verb of a title-case headline, not a name
    document = read("The Laotian president To Visit Bangkok Next Week\n\nTalks are planned.", DAY)
    assert not any(name.startswith("To ") for name in people_posts(document))


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "His Excellency Te Beretitenti, Tekena Ioane, met Prime Minister Ken Aoki on Monday.",
            "Tekena Ioane",
            ("President", "KI"),
        ),
        (
            "The Yang di-Pertuan Agong, Sultan Hamid Iskandar, met President Ana Ruiz on Monday.",
            "Hamid Iskandar",
            ("King", "MY"),
        ),
        (
            "O le Ao o le Malo Tui Fa'alogo met Prime Minister Ken Aoki in Tokyo on Monday.",
            "Tui Fa'alogo",
            ("Head of State", "WS"),
        ),
        (
            "Tánaiste Ciara Walsh met President Ana Ruiz in Lima on Monday.",
            "Ciara Walsh",
            ("Tánaiste", "IE"),
        ),
    ],
)
def test_people_local_titles_of_leaders_name_their_country(
    text: str, name: str, post: tuple[str, str]
) -> None:
    assert post in people_posts(read(text, DAY))[name]


def test_people_a_local_title_written_alone_is_no_person() -> None:
    text = (
        "His Excellency Te Beretitenti, Tekena Ioane, arrived in Tokyo on Sunday. "
        "Te Beretitenti met Prime Minister Ken Aoki on Monday."
    )
    assert "Te Beretitenti" not in people_posts(read(text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "A statement from the Office of the President Press Division said the talks went well.",
        "The Prime Minister Media Unit said the talks went well.",
        "The Deputy Secretaries-General of the two bodies met in Geneva on Friday.",
    ],
)
def test_people_a_body_or_a_plural_post_after_a_title_is_no_person(text: str) -> None:
    assert people_posts(read(text, DAY)) == {}


def test_people_a_name_after_a_secretary_general_stays() -> None:
    # the near miss: the singular post before a name
    text = "Deputy Secretary-General Amara Diallo met Foreign Minister Ken Aoki in Geneva."
    assert "Amara Diallo" in people_posts(read(text, DAY))
