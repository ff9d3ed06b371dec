"""A day and month whose year is told as a word ("20 June of this year") take that year, not
the one the tense of the sentence would guess."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from tests.visit_rows import visit_rows

_FILED = datetime.date(2024, 10, 8)


def _visits(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(r.visitor or "", r.host_country, r.start, r.status) for r in visit_rows(text, _FILED)}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The visit of President Daniel Noboa to Colombia, originally scheduled for 14 and 15 "
            "May of this year, was postponed because of the floods.",
            "2024-05-14",
        ),
        (
            "The visit of President Daniel Noboa to Colombia, originally scheduled for May 14 "
            "this year, was postponed because of the floods.",
            "2024-05-14",
        ),
        (
            "The visit of President Daniel Noboa to Colombia, first planned for 14 May last "
            "year, was postponed.",
            "2023-05-14",
        ),
        (
            "President Daniel Noboa will visit Colombia on 14 May next year.",
            "2025-05-14",
        ),
    ],
)
def test_visit_dates_year_words_the_told_year_wins(text: str, start: str) -> None:
    assert [r.start for r in visit_rows(text, _FILED)] == [start]


def test_visit_dates_year_words_the_end_of_the_range_takes_it_too() -> None:
    text = (
        "The visit of President Daniel Noboa to Colombia, originally scheduled for 14 and 15 May "
        "of this year, was postponed because of the floods."
    )
    (row,) = visit_rows(text, _FILED)
    assert row.status == "postponed"
    (visit,) = default_pipeline()(Document("t", "t", text, date=_FILED)).visits
    assert visit.end is not None and visit.end.lexical == "2024-05-15"


def test_visit_dates_year_words_a_plan_without_one_still_lies_ahead() -> None:
    text = "President Daniel Noboa will visit Colombia on 14 May."
    assert _visits(text) == {("Daniel Noboa", "CO", "2025-05-14", "announced")}
