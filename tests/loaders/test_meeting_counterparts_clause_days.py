"""Two talks verbs in one sentence, each clause with a day of its own ("was received by A on
Tuesday, and on Wednesday held talks with B"): each meeting takes its own clause's day, not the
first one the sentence states (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

_DAY = datetime.date(2025, 3, 14)  # a Friday


def _dated(text: str) -> set[tuple[tuple[str, ...], str | None]]:
    return {(tuple(names), day) for names, day in dated_meetings(read(text, _DAY))}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Foreign Minister Ines Vargo of Chile arrived in Rabat on Monday. On Tuesday she "
            "was received by King Omar Farid, and on Wednesday she held talks with Prime "
            "Minister Samir Kettani.",
            "2025-03-11",
            "2025-03-12",
        ),
        (
            "Foreign Minister Ines Vargo of Chile arrived in Rabat on 10 March. She was received "
            "by King Omar Farid on 11 March; on 12 March she met Prime Minister Samir Kettani.",
            "2025-03-11",
            "2025-03-12",
        ),
    ],
)
def test_meeting_counterparts_clause_days_each_verb_its_own_day(
    text: str, first: str, second: str
) -> None:
    found = _dated(text)
    assert (("Ines Vargo", "Omar Farid"), first) in found
    assert (("Ines Vargo", "Samir Kettani"), second) in found


def test_meeting_counterparts_clause_days_shared_day_kept() -> None:
    """Counter-example: the second clause states no day, so both talks keep the one stated."""
    text = (
        "Foreign Minister Ines Vargo of Chile arrived in Rabat on 10 March. On 11 March she was "
        "received by King Omar Farid and later held talks with Prime Minister Samir Kettani."
    )
    found = _dated(text)
    assert (("Ines Vargo", "Omar Farid"), "2025-03-11") in found
    assert (("Ines Vargo", "Samir Kettani"), "2025-03-11") in found


def test_meeting_counterparts_clause_days_passive_clause_has_its_own_guest() -> None:
    """A passive clause names its own guest: "A was received by B in May, and C was received
    by D in July" are A with B in May and C with D in July, not A with D."""
    text = (
        "Foreign Minister Ines Vargo of Chile travelled to Rabat in May 2024, where she was "
        "received by King Omar Farid, and Moroccan Foreign Minister Samir Kettani was received by "
        "President Luis Ortega in Santiago on 2 July 2024."
    )
    found = _dated(text)
    assert (("Ines Vargo", "Omar Farid"), "2024-05") in found
    assert (("Luis Ortega", "Samir Kettani"), "2024-07-02") in found
    assert not any("Ines Vargo" in names and "Luis Ortega" in names for names, _ in found)
