"""A "one-day" visit ends on the day it began, as a "two-day" one ends the day after."""

from __future__ import annotations

from tests.loaders.reading import read


def _days(text: str) -> set[tuple[str | None, str | None]]:
    document = read(text)
    return {
        (v.start.lexical if v.start else None, v.end.lexical if v.end else None)
        for v in document.visits
    }


def test_visit_days_one_day_visit_ends_the_same_day() -> None:
    assert _days(
        "ACCRA, 9 May 2024 - President Bola Tinubu of Nigeria arrived in Ghana today for a "
        "one-day working visit.\n"
    ) == {("2024-05-09", "2024-05-09")}


def test_visit_days_one_day_later_is_no_length() -> None:
    assert _days(
        "ACCRA, 9 May 2024 - President Bola Tinubu of Nigeria arrived in Ghana today for a "
        "working visit, one day later than planned.\n"
    ) == {("2024-05-09", None)}
