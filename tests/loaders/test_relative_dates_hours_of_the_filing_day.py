"""Under a dateline without a year ("KUALA LUMPUR, Aug 20 (Wire) --"), "this morning", "this
evening" and "tonight" are the dateline's day, as "today" already was."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _dates(text: str) -> list[str]:
    return [d.start.lexical for d in PIPELINE(Document("t", "t", text)).dates]


@pytest.mark.parametrize("words", ["this morning", "this afternoon", "this evening", "tonight"])
def test_relative_dates_hours_of_the_filing_day_under_a_yearless_dateline(words: str) -> None:
    text = (
        f"PUTRAJAYA, Nov 14 (Wire) -- The visiting Thai premier laid a wreath {words} before "
        "talks with his host."
    )
    assert _dates(text) == ["--11-14"]


def test_relative_dates_hours_without_a_dateline_stay_undated() -> None:
    """Counter-example: with no day to count from, "this morning" is no date."""
    assert _dates("The visiting Thai premier laid a wreath this morning.") == []
