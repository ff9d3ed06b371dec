"""A ", which" clause that gives the day a trip was planned for ("which had been scheduled for",
"which was expected this month") dates the trip however long the noun before it, so a postponed
or called-off visit keeps its planned day; other far ", which" clauses are still about a later
noun."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2025, 11, 14)


def _rows(text: str) -> set[tuple[str | None, str, str | None, str | None]]:
    return {(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, FILED)}


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The state visit of Chancellor Anna Weber of Germany to Kenya, which had been "
            "scheduled for November 21, has been postponed, the foreign ministry said.",
            ("Anna Weber", "KE", "2025-11-21", "postponed"),
        ),
        (
            "The official visit of President Luis Arce of Bolivia to the Republic of Paraguay, "
            "which was originally planned for 3 December, has been called off.",
            ("Luis Arce", "PY", "2025-12-03", "cancelled"),
        ),
        (
            # "this month" is the month the text was filed in
            "The visit of the Armenian Foreign Minister Ararat Mirzoyan to Tbilisi, which was "
            "expected this month, has been postponed without a new date.",
            ("Ararat Mirzoyan", "GE", "2025-11", "postponed"),
        ),
        (
            "The official visit of President Luis Arce of Bolivia to the Republic of Paraguay, "
            "which had been expected on 3 December, has been called off.",
            ("Luis Arce", "PY", "2025-12-03", "cancelled"),
        ),
    ],
)
def test_visit_scope_plan_clauses_keep_the_planned_day(
    text: str, row: tuple[str, str, str, str]
) -> None:
    assert row in _rows(text)


def test_visit_scope_plan_clauses_other_far_clauses_date_a_later_noun() -> None:
    text = (
        "The state visit of Chancellor Anna Weber of Germany to Kenya, which the two "
        "governments discussed at length on November 3, has been postponed."
    )
    assert ("Anna Weber", "KE", None, "postponed") in _rows(text)


def test_visit_scope_plan_clauses_an_expected_outcome_is_no_planned_day() -> None:
    text = (
        "The state visit of Chancellor Anna Weber of Germany to Kenya, which was expected to "
        "double trade by 2030, has been postponed."
    )
    assert ("Anna Weber", "KE", None, "postponed") in _rows(text)
