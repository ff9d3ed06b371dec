"""A lower-case title whose country is a possessive before it or an "of" phrase after it, and
a name set off by commas after a title, as wire and newspaper style write them."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, set[str | None]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 3, 4)))
    return {p.name: {post.country for post in p.posts} for p in document.people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Chile's foreign minister Alberto van Klaveren flew to Lima.",
            "Alberto van Klaveren",
            "CL",
        ),
        ("Kenya's president, William Ruto, opened the forum.", "William Ruto", "KE"),
        ("The prime minister of Norway, Jonas Gahr Store, arrived.", "Jonas Gahr Store", "NO"),
        ("The Polish president, Andrzej Duda, spoke first.", "Andrzej Duda", "PL"),
        ("India's external affairs minister, S. Jaishankar, said so.", "S. Jaishankar", "IN"),
        (
            "Talks were led by the Philippines' trade secretary, Alfredo Pascual.",
            "Alfredo Pascual",
            "PH",
        ),
    ],
)
def test_person_title_countries_give_the_post_its_country(
    text: str, name: str, country: str
) -> None:
    assert _people(text).get(name) == {country}


@pytest.mark.parametrize(
    "text",
    [
        # The words after the title's comma are a clause of their own, not a name in apposition.
        "The Polish president, Warsaw officials said, will travel in May.",
        # A possessive that names no country gives a lower-case title no holder.
        "The ministry's press secretary Anna Berg said the talks went well.",
    ],
)
def test_person_title_countries_read_no_person_without_a_country_or_apposition(text: str) -> None:
    assert _people(text) == {}


def test_person_title_countries_let_the_visit_of_such_a_person_be_read() -> None:
    text = "Japan's prime minister, Fumio Kishida, arrived in Manila on Friday for talks."
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 11, 6)))
    assert [(v.visitor_country, v.host_country, v.start.lexical) for v in document.visits] == [
        ("JP", "PH", "2023-11-03")
    ]
