"""The country of a post that the text gives outside its title: a side list, a counterpart.

Each case is written here, not copied: a side list must give its country to the names it lists
and to no one else, and a country must never be guessed where a careful reader would not.
"""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

DAY = datetime.date(2025, 3, 4)


def post_countries(text: str) -> dict[str, set[str | None]]:
    """Each person's name and the countries of the posts they hold in the text."""
    document = read(text, DAY)
    return {p.name: {post.country for post in p.posts} for p in document.people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ingrid Solheim met President Amani Chege in Nairobi on Tuesday. "
            "On the Norwegian side, the talks were attended by Trade Minister Lars Vik and "
            "State Secretary Kari Dahl.",
            {"Lars Vik": {"NO"}, "Kari Dahl": {"NO"}},
        ),
        (
            "Minister of Energy Tomas Rud and Deputy Prime Minister Olga Berzina took part on "
            "the Latvian side, and Minister of Finance Joao Leite on the Portuguese side.",
            {"Tomas Rud": {"LV"}, "Olga Berzina": {"LV"}, "Joao Leite": {"PT"}},
        ),
        (
            "The dinner was attended, from the Omani side, by Sayyid Badr Al Harthy, Minister "
            "of Transport, and from the Bahraini side, by Sheikh Khalid Al Khalifa, Minister "
            "of Oil.",
            {"Badr Al Harthy": {"OM"}, "Khalid Al Khalifa": {"BH"}},
        ),
        (
            "The Chilean delegation includes the Minister of Mining, Rosa Fuentes, and the "
            "Minister of Agriculture, Pablo Ibarra.",
            {"Rosa Fuentes": {"CL"}, "Pablo Ibarra": {"CL"}},
        ),
        (
            "Ghana was represented by Trade Minister Kofi Mensah-Bonsu at the signing in Lome.",
            {"Kofi Mensah-Bonsu": {"GH"}},
        ),
        (
            "After Kenya's Trade Minister Ali Hassan welcomed President Liu Wei at the "
            "airport, Finance Minister Ruth Atieno attended the talks on the Kenyan side.",
            {"Ruth Atieno": {"KE"}, "Ali Hassan": {"KE"}},
        ),
        # A counterpart's demonym reaches the post named with it.
        (
            "Brazilian Foreign Minister Lucas Ferreira held talks in Luanda with his Angolan "
            "counterpart, Foreign Minister Domingos Neto, on Monday.",
            {"Domingos Neto": {"AO"}, "Lucas Ferreira": {"BR"}},
        ),
        # So does a host's.
        (
            "On Tuesday the chancellor held talks with his Estonian host, President Mart Tamm, "
            "at the palace in Tallinn.",
            {"Mart Tamm": {"EE"}},
        ),
        # A plural title: each name holds the post, of the country its "of" phrase gives.
        (
            "The two presidents spoke alone before their trade ministers, Rosa Quispe of Peru "
            "and Diego Arce of Bolivia, joined them.",
            {"Rosa Quispe": {"PE"}, "Diego Arce": {"BO"}},
        ),
    ],
)
def test_post_countries_the_text_gives_the_country_outside_the_title(
    text: str, expected: dict[str, set[str | None]]
) -> None:
    found = post_countries(text)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "without_country"),
    [
        # Two countries, two ministers, no clue whose each is: a careful reader cannot tell.
        (
            "Norway and Kenya signed a fisheries accord on Tuesday. Foreign Minister Ingrid "
            "Solheim and Trade Minister Amani Chege attended the ceremony in Nairobi.",
            ["Ingrid Solheim", "Amani Chege"],
        ),
        # A side named in passing, not as a list of who attended.
        (
            "Foreign Minister Ingrid Solheim praised the progress made on the Kenyan side "
            "since the last round of talks.",
            ["Ingrid Solheim"],
        ),
        # An attendance clause, but the side phrase belongs to another clause.
        (
            "Foreign Minister Ingrid Solheim, who attended the forum, said doubts on the "
            "Kenyan side had faded.",
            ["Ingrid Solheim"],
        ),
        # Only the names listed right before the attendance verb sat on that side.
        (
            "After Kenya's Trade Minister Ali Hassan welcomed President Liu Wei at the "
            "airport, Finance Minister Ruth Atieno attended the talks on the Kenyan side.",
            ["Liu Wei"],
        ),
        # A side covers its list, not a clause about someone the list named.
        (
            "The Kenyan delegation includes Trade Minister Ali Hassan, who met President "
            "Liu Wei on Monday.",
            ["Liu Wei"],
        ),
        # A side of a border is a place, not a party to the talks.
        (
            "On the Ugandan side of the border, Governor Ruth Nankya welcomed the convoy.",
            ["Ruth Nankya"],
        ),
        # A country that is the object, not the subject, of the representing.
        (
            "Trade Minister Kofi Mensah told reporters that Ghana was represented by its "
            "ambassador at the talks.",
            ["Kofi Mensah"],
        ),
    ],
)
def test_post_countries_no_side_no_country(text: str, without_country: list[str]) -> None:
    found = post_countries(text)
    for name in without_country:
        assert found[name] == {None}, name


@pytest.mark.parametrize(
    "official",
    [
        "Grace Wanjiru, Secretary-General of the East African Community",
        "EAC Secretary-General Grace Wanjiru",
    ],
)
def test_post_countries_the_office_of_an_international_body_keeps_no_country(
    official: str,
) -> None:
    found = post_countries(
        f"The Kenyan delegation included Trade Minister Amani Chege and {official}."
    )
    assert found["Amani Chege"] == {"KE"}
    assert found["Grace Wanjiru"] == {None}  # the office is the community's, not Kenya's


def test_post_countries_a_company_post_keeps_no_country() -> None:
    found = post_countries(
        "The Dutch delegation includes the Minister of Economy, Pieter de Wit, and the chief "
        "executive of Vanderlande, CEO Sanne Bakker."
    )
    assert found["Pieter de Wit"] == {"NL"}
    assert found.get("Sanne Bakker", {None}) == {None}


@pytest.mark.parametrize(
    "text",
    [
        "The delegation thanked the host, Kenya Airways, for the dinner.",
        "She thanked her hosts, the Nairobi Chamber of Commerce, for a warm welcome.",
    ],
)
def test_post_countries_a_host_without_a_demonym_is_no_person(text: str) -> None:
    assert post_countries(text) == {}


def test_post_countries_a_plural_title_without_countries_guesses_none() -> None:
    document = read(
        "The two presidents spoke alone before their trade ministers, Rosa Quispe and Diego "
        "Arce, joined them.",
        DAY,
    )
    posts = {p.name: p.posts for p in document.people}
    assert [(p.title, p.country) for p in posts["Rosa Quispe"]] == [("Minister of Trade", None)]
    assert [(p.title, p.country) for p in posts["Diego Arce"]] == [("Minister of Trade", None)]
