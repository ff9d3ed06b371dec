"""A visit whose start a relative clause states ("the official visit, which the Prime Minister
began on Wednesday") starts that day and takes the clause's type, also when only talks abroad
told the visit."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
TALKS = (
    "New Zealand Prime Minister Christopher Luxon met Philippine President Ferdinand Marcos in "
    "Manila on Thursday. "
)


def _visits(text: str) -> list[tuple[str | None, str | None, str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 4, 25)))
    return [
        (v.start.lexical if v.start else None, v.end.lexical if v.end else None, v.visit_type)
        for v in document.visits
    ]


def test_visit_days_stated_start_clause_dates_a_visit_told_by_talks() -> None:
    text = TALKS + (
        "The talks took place on the second day of the official visit, which the New Zealand "
        "Prime Minister began on Wednesday and will end on Saturday."
    )
    assert _visits(text) == [("2024-04-24", "2024-04-27", "official")]


def test_visit_days_stated_start_clause_with_a_pronoun() -> None:
    text = (
        "New Zealand Prime Minister Christopher Luxon arrived in Manila on an official visit. "
        "The official visit, which he began on Wednesday, is his first to Asia."
    )
    assert _visits(text) == [("2024-04-24", None, "official")]


def test_visit_days_stated_start_clause_not_for_another_event() -> None:
    """Counter-example: a fair "which the President opened on Monday" is no start of the
    visit; the visit stays on the day of its talks."""
    text = TALKS + "The trade fair, which the Philippine President opened on Monday, closes today."
    assert _visits(text) == [("2024-04-25", None, "unspecified")]


def test_visit_days_stated_start_clause_not_for_a_plan() -> None:
    """Counter-example: a clause that says the visit would begin later states no start."""
    text = TALKS + "The state visit, which the palace said would begin on Monday, was moved."
    assert [start for start, _, _ in _visits(text)] == ["2024-04-25"]
