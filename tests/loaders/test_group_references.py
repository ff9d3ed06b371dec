"""A group of leaders told by one plural title and their countries ("The prime ministers of
Chile, Peru and Ecuador arrived in Lisbon and met President X"), each named elsewhere, makes a
visit of each and one meeting of them all with the host."""

from __future__ import annotations

import pytest

from tests.loaders.reading import meetings, read, visits

_GROUP = (
    "ROME, 9 May 2025 - {opening} Kenya's Musalia Mudavadi called the talks useful, and"
    " Ghana's Samuel Ablakwa spoke of trade."
)


@pytest.mark.parametrize(
    "opening",
    [
        "The foreign ministers of Kenya and Ghana arrived in Rome on Friday and met Prime"
        " Minister Giorgia Meloni of Italy.",
        "The foreign ministers of Kenya and Ghana landed in Rome on Friday, then met Prime"
        " Minister Giorgia Meloni of Italy.",
    ],
)
def test_group_references_each_leader_visits_and_meets_the_host(opening: str) -> None:
    document = read(_GROUP.format(opening=opening))
    assert {("Musalia Mudavadi", "IT"), ("Samuel Ablakwa", "IT")} <= visits(document)
    assert ["Giorgia Meloni", "Musalia Mudavadi", "Samuel Ablakwa"] in meetings(document)


def test_group_references_from_countries_whose_leaders_are_titled() -> None:
    text = (
        "ROME, 9 May 2025 - The foreign ministers from Kenya and Ghana landed in Rome on Friday,"
        " then met Prime Minister Giorgia Meloni of Italy. Foreign Minister Musalia Mudavadi of"
        " Kenya called the talks useful, and Foreign Minister Samuel Ablakwa of Ghana agreed."
    )
    assert {("Musalia Mudavadi", "IT"), ("Samuel Ablakwa", "IT")} <= visits(read(text))


def test_group_references_a_country_without_a_named_leader_adds_no_one() -> None:
    text = (
        "ROME, 9 May 2025 - The presidents of Chile, Peru and Ecuador arrived in Rome on Friday."
        " Peru's Ana Ruiz praised the welcome."
    )
    assert visits(read(text)) == {("Ana Ruiz", "IT")}


_TITLED = (
    "ROME, 9 May 2025 - {opening} Foreign Minister Musalia Mudavadi of Kenya and Foreign"
    " Minister Samuel Ablakwa of Ghana spoke by phone on Thursday."
)


@pytest.mark.parametrize(
    "opening",
    [
        # the citizens of two countries are no leaders of theirs
        "The citizens of Kenya and Ghana arrived in Rome on Friday.",
        # one country is no group
        "The foreign ministers of Kenya arrived in Rome on Friday.",
        # a list of countries with no plural title before it
        "Trade between Kenya and Ghana arrived at a record in Rome on Friday.",
    ],
)
def test_group_references_only_a_plural_title_over_countries(opening: str) -> None:
    assert visits(read(_TITLED.format(opening=opening))) == set()


def test_group_references_a_plural_title_over_countries_visits() -> None:
    """The same text with a group phrase: each titled leader visits."""
    opening = "The foreign ministers of Kenya and Ghana arrived in Rome on Friday."
    assert visits(read(_TITLED.format(opening=opening))) == {
        ("Musalia Mudavadi", "IT"),
        ("Samuel Ablakwa", "IT"),
    }
