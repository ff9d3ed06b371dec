"""Streets, stadiums, airports and prizes named after someone are not people of the text."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Prime Minister James Marape hosted a luncheon at the Sir John Guise Stadium.",
            ["James Marape"],
        ),
        (
            "The motorcade of President Nicolás Maduro drove along Avenida Bolívar and Sultan "
            "Qaboos Street.",
            ["Nicolás Maduro"],
        ),
        (
            "Chancellor Olaf Scholz landed at Jomo Kenyatta International Airport.",
            ["Olaf Scholz"],
        ),
    ],
)
def test_people_named_places_are_not_people(text: str, people: list[str]) -> None:
    assert [p.name for p in PIPELINE(Document("t", "t", text)).people] == people


def test_people_named_places_keep_family_names_park_and_hall() -> None:
    text = "Foreign Minister Park Jin met Senator Stuart Hall in Seoul."
    assert {p.name for p in PIPELINE(Document("t", "t", text)).people} >= {"Park Jin"}


def test_people_named_places_a_given_name_that_is_a_country_after_a_title() -> None:
    text = (
        "The guest was received by the Minister of Foreign Affairs of Israel, Israel Katz, and "
        "later by Minister of Foreign Affairs of Egypt Sameh Shoukry."
    )
    document = PIPELINE(Document("t", "t", text))
    people = {p.name: p.country for p in document.people}
    assert people == {"Israel Katz": "IL", "Sameh Shoukry": "EG"}
