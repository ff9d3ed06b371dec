"""A plural title written in lower case after its capitalised portfolio ("Trade ministers A and
B") names each of the people after it, as the capitalised form does; many papers write plural
titles so (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

_DAY = datetime.date(2026, 6, 2)


def test_plural_titles_lower_case_each_name_holds_the_portfolio() -> None:
    text = "Trade ministers Maria Lopez and Kwesi Boateng signed the accord in Accra on Monday."
    posts = people_posts(read(text, _DAY))
    assert posts["Maria Lopez"] == {("Minister of Trade", None)}
    assert posts["Kwesi Boateng"] == {("Minister of Trade", None)}


def test_plural_titles_lower_case_countries_after_the_names() -> None:
    text = (
        "Finance ministers Omar Haddad of Jordan and Leila Nasser of Lebanon arrived in Cairo "
        "on Monday."
    )
    posts = people_posts(read(text, _DAY))
    assert posts["Omar Haddad"] == {("Minister of Finance", "JO")}
    assert posts["Leila Nasser"] == {("Minister of Finance", "LB")}


@pytest.mark.parametrize(
    "text",
    [
        "Energy ministers from Kenya and Ghana met in Nairobi on Monday.",
        "The meeting of agriculture ministers Tuesday in Rome ended without a statement.",
        # "Both" is no portfolio: nobody becomes "Both President".
        "Both presidents Gabriel Boric and Yamandu Orsi opened the crossing on Monday.",
        # Only a portfolio makes a lower-case plural a title: not a count or a description.
        "Four ministers Ruth Mensah and Kofi Adu signed the papers in Kumasi on Monday.",
        "Other ministers Lina Haddad and Sami Khoury stayed in Beirut on Friday.",
        "Visiting ministers Tomas Berg and Ola Lund toured the harbour in Mombasa.",
    ],
)
def test_plural_titles_lower_case_no_portfolio_or_no_names_is_no_one(text: str) -> None:
    """Counter-examples: no names after the title, or no capitalised portfolio before it."""
    assert people_posts(read(text, _DAY)) == {}
