"""A weekday told after "last week" or "next week" in its sentence is that week's day."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read

_HEAD = "Ministers meet\nMay 15, 2025\n\n"


def _days(sentence: str) -> list[str]:
    return [d.start.lexical for d in read(_HEAD + sentence).dates if d.span.start >= len(_HEAD)]


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Last week the envoy met the ambassador in Lusaka on Tuesday.", ["2025-05-06"]),
        ("The previous week the two sides met on Friday.", ["2025-05-09"]),
        ("Next week the envoy will visit Harare on Wednesday.", ["2025-05-21"]),
        ("Last week the envoy was in Lusaka.", ["2025-05"]),
    ],
)
def test_named_weeks_put_the_weekday_in_that_week(sentence: str, days: list[str]) -> None:
    assert _days(sentence) == days


def test_named_weeks_a_weekday_without_a_named_week_is_the_latest() -> None:
    """Counter-example: without a week named before it, "on Tuesday" is this week's."""
    assert _days("The envoy met the ambassador in Lusaka on Tuesday.") == ["2025-05-13"]
    assert _days("On Tuesday the envoy met him, as he had last week.") == ["2025-05-13", "2025-05"]


def test_named_weeks_end_with_their_clause() -> None:
    """Counter-example: a weekday told after a semicolon or ", but" is not in the week named
    before it."""
    days = _days("Last week the envoy visited Lusaka; he returns to Harare on Monday.")
    assert "2025-05" in days and "2025-05-05" not in days
    days = _days("Last week the envoy visited Lusaka, but he meets the minister on Monday.")
    assert "2025-05" in days and "2025-05-05" not in days
