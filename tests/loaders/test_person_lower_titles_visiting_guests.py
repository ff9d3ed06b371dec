"""A guest named in apposition after "the visiting minister", with no title of their own, is a
person holding that post, of the country an "of" phrase after the name gives."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import people_posts, read

DAY = datetime.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "The visiting minister, Tomas Berg of Norway, held talks with President Elena "
            "Varga on Monday.",
            "Tomas Berg",
            ("Minister", "NO"),
        ),
        (
            "The visiting envoy, Amina Diallo of Senegal, met Prime Minister Kwame Asante of "
            "Ghana on Monday.",
            "Amina Diallo",
            ("Envoy", "SN"),
        ),
        (
            "The visiting president, Elena Varga, opened the fair in Accra on Monday.",
            "Elena Varga",
            ("President", None),
        ),
    ],
)
def test_person_lower_titles_visiting_guest_in_apposition_is_a_person(
    text: str, person: str, post: tuple[str, str | None]
) -> None:
    assert post in people_posts(read(text, DAY)).get(person, set())


@pytest.mark.parametrize(
    "text",
    [
        "The visiting minister, Tomas Berg said, held talks in Oslo on Monday.",
        "The visiting minister, Oslo of Norway welcomed, spoke on Monday.",
    ],
)
def test_person_lower_titles_visiting_without_a_closed_apposition_names_no_one(
    text: str,
) -> None:
    assert people_posts(read(text, DAY)) == {}
