"""A visit named as a subject, then a clause about its visitor or its destination, then its
fate ("the working visit of X, who was due in Y on 3 and 4 May, has been postponed", "a planned
visit to Y, where X was to meet officials, was cancelled") is one visit with that fate; a
clause followed by no fate leaves the trip as told."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_DAY = datetime.date(2025, 9, 12)


def _trips(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, _DAY)}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The statement said that the working visit of the Foreign Minister of Benin, "
            "Olushegun Adjadi Bakari, who was due in Ouagadougou on 3 and 4 September, has been "
            "postponed owing to unforeseen circumstances.",
            "postponed",
        ),
        (
            "The working visit of the Foreign Minister of Benin, Olushegun Adjadi Bakari, who was "
            "expected in Ouagadougou on 3 September, was called off.",
            "cancelled",
        ),
        (
            "Beninese Foreign Minister Olushegun Adjadi Bakari's planned visit to Ouagadougou on "
            "3 September, where he was to meet the transition's leaders, was cancelled.",
            "cancelled",
        ),
    ],
)
def test_visit_status_fate_after_a_clause_is_the_visits(sentence: str, status: str) -> None:
    assert _trips(sentence) == {("Olushegun Adjadi Bakari", "BF", "2025-09-03", status)}


def test_visit_status_clause_without_a_fate_keeps_the_trip() -> None:
    """Counter-example: the predicate after the clause says nothing of what became of it."""
    sentence = (
        "The working visit of the Foreign Minister of Benin, Olushegun Adjadi Bakari, who arrived "
        "in Ouagadougou on 3 September, was hailed as a success."
    )
    assert _trips(sentence) == {("Olushegun Adjadi Bakari", "BF", "2025-09-03", "happened")}
