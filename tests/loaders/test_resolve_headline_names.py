"""An undifferentiated "the Prime Minister" is the story's protagonist, the first named in the
story itself: a headline that names the other leader first ("PM and Prime Minister Modi agree
...", its own leader left unnamed) does not make him the protagonist."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

FILED = datetime.date(2021, 5, 4)
STORY = (
    "Prime Minister Boris Johnson and Prime Minister Narendra Modi of India held a virtual "
    "summit today.\n\nThe Prime Minister had been due to travel to India in late April, but the "
    "visit was called off.\n"
)


def _trips(text: str) -> list[tuple[str | None, str, str]]:
    return [(r.visitor, r.host_country, r.status) for r in visit_rows(text, FILED)]


def test_resolve_headline_names_are_no_protagonist() -> None:
    text = "PM and Prime Minister Modi agree new partnership at virtual summit\n\n" + STORY
    assert _trips(text) == [("Boris Johnson", "IN", "cancelled")]


def test_resolve_headline_names_the_story_alone_keeps_its_protagonist() -> None:
    assert _trips(STORY) == [("Boris Johnson", "IN", "cancelled")]


def test_resolve_headline_names_a_story_sentence_is_no_headline() -> None:
    text = (
        "Prime Minister Narendra Modi of India spoke to Prime Minister Boris Johnson today.\n\n"
        "The Prime Minister had been due to travel to the United Kingdom in late April, but the "
        "visit was called off.\n"
    )
    assert _trips(text) == [("Narendra Modi", "GB", "cancelled")]
