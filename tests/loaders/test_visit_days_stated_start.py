"""A visit whose first day the sentence states ("which began on the 31st of May") starts on
that day, even when the sentence also counts the day of the visit it tells ("the second day")."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _visit_days(text: str) -> list[tuple[str | None, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 3, 8)))
    return [
        (v.start.lexical if v.start else None, v.end.lexical if v.end else None)
        for v in document.visits
    ]


def test_visit_days_stated_start_is_not_counted_back() -> None:
    text = (
        "Bhutanese Prime Minister Tshering Tobgay held talks with Thai Prime Minister Srettha "
        "Thavisin on the second day of his three-day official visit to Thailand, which began "
        "on 6 March."
    )
    assert _visit_days(text) == [("2024-03-06", "2024-03-08")]


def test_visit_days_a_counted_day_still_moves_the_start() -> None:
    """Counter-example: a day told as the second one (7 March) puts the start a day earlier."""
    text = (
        "Bhutanese Prime Minister Tshering Tobgay held talks with Thai Prime Minister Srettha "
        "Thavisin on the second day of his three-day official visit to Thailand on 7 March."
    )
    assert _visit_days(text) == [("2024-03-06", "2024-03-08")]
