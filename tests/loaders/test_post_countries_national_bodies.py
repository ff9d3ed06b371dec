"""A post names its country through the body it belongs to, with no country word before it:
the chamber one country alone has ("Speaker of the Sejm"), or an agency a state names after
itself ("director of the Kenya Revenue Authority") (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Speaker of the Sejm Jan Nowicki met the visiting Brazilian Foreign Minister "
            "Paulo Teixeira on Monday.",
            "Jan Nowicki",
            ("Speaker of the Sejm", "PL"),
        ),
        (
            "Chairman of the State Duma Pavel Orlov received a parliamentary delegation from "
            "Laos on Tuesday.",
            "Pavel Orlov",
            ("Chairman of the State Duma", "RU"),
        ),
        (
            "Speaker of the Althingi Birgir Jonsson met the visiting Chilean Foreign Minister "
            "Ana Vidal on Monday.",
            "Birgir Jonsson",
            ("Speaker of the Althingi", "IS"),
        ),
        (
            "Speaker of the Jatiya Sangsad Rina Akter received the visiting Nepali Foreign "
            "Minister Arjun Thapa on Tuesday.",
            "Rina Akter",
            ("Speaker of the Jatiya Sangsad", "BD"),
        ),
    ],
)
def test_post_countries_a_chamber_of_one_country_names_it(
    text: str, name: str, post: tuple[str, str]
) -> None:
    assert people_posts(read(text, _DAY))[name] == {post}


def test_post_countries_a_chamber_many_countries_have_names_none() -> None:
    """Counter-example: a Senate may be any country's."""
    text = "The Speaker of the Senate, Maria Lopez, met Japanese Prime Minister Fumio Kishida."
    assert people_posts(read(text, _DAY))["Maria Lopez"] == {("Chairman of the Senate", None)}


def test_post_countries_a_chamber_of_a_people_is_not_the_states() -> None:
    """Counter-example: a Mejlis is not Turkmenistan's alone (the Crimean Tatars' assembly is
    one too), so its chairman is read for no country rather than for Turkmenistan."""
    text = (
        "Ilmi Umerov, Chairman of the Mejlis of the Crimean Tatar People, met the visiting "
        "Polish Foreign Minister Adam Nowak in Kyiv on Monday."
    )
    posts = people_posts(read(text, _DAY))["Ilmi Umerov"]
    assert all(country != "TM" for _, country in posts)


def test_post_countries_a_grand_national_assembly_is_not_only_turkiyes() -> None:
    """Counter-example: Bulgaria has had a Grand National Assembly too; only "of Türkiye"
    names Türkiye."""
    text = (
        "Speaker of the Grand National Assembly Petar Ivanov met the visiting Greek Foreign "
        "Minister Nikos Dendias on Monday."
    )
    posts = people_posts(read(text, _DAY))["Petar Ivanov"]
    assert all(country != "TR" for _, country in posts)


def test_post_countries_a_house_of_councillors_is_not_only_japans() -> None:
    """Counter-example: Morocco's upper chamber is a House of Councillors too, as Japan's is,
    so its Speaker is read for no country rather than for Japan."""
    text = (
        "In Rabat, Speaker of the House of Councillors Karim Bennani received the visiting "
        "Ghanaian Foreign Minister Kwame Asante on Monday."
    )
    posts = people_posts(read(text, _DAY))["Karim Bennani"]
    assert ("Speaker of the House of Councillors", "JP") not in posts


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Grace Wanjiru, director of the Kenya Revenue Authority, said customs rules "
            "would change.",
            "KE",
        ),
        (
            "Tomas Berg, director of the Investment Authority of Sweden, welcomed the "
            "Vietnamese delegation.",
            "SE",
        ),
    ],
)
def test_post_countries_an_agency_named_after_its_state_is_that_states(
    text: str, country: str
) -> None:
    posts = people_posts(read(text, _DAY))
    assert {c for _, c in next(iter(posts.values()))} == {country}


@pytest.mark.parametrize(
    "text",
    [
        # An international body gives its officials no country.
        "Amina Bello, director of the African Trade Observatory, said tariffs would fall.",
        "Rui Costa, director of the Organization of American States, spoke on Monday.",
    ],
)
def test_post_countries_a_body_named_after_no_state_gives_none(text: str) -> None:
    """Counter-examples: a body named after a region or no place."""
    posts = people_posts(read(text, _DAY))
    assert {c for _, c in next(iter(posts.values()))} == {None}


def test_post_countries_a_national_of_another_state_keeps_their_own() -> None:
    """Counter-example: a Ugandan speaking at a Kenyan agency stays Ugandan."""
    text = (
        "Ugandan Trade Minister Moses Okello, speaking at the Kenya Investment Authority, "
        "praised the new rules."
    )
    assert people_posts(read(text, _DAY))["Moses Okello"] == {("Minister of Trade", "UG")}


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, Minister Sissoko held talks at the Senegalese Foreign Ministry.",
        "Minister Sissoko spoke to reporters at the Ghana Investment Promotion Centre.",
    ],
)
def test_post_countries_a_visitor_talking_at_a_body_holds_no_office_there(text: str) -> None:
    """A clause, not an apposition, between the name and the body: the minister talked
    there as a guest, so the body's state is not theirs (a guest from Mali had become a
    Senegalese minister, and their visit to Senegal a trip at home)."""
    assert people_posts(read(text, _DAY))["Sissoko"] == {("Minister", None)}
