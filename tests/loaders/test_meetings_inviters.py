"""Meetings and inviters: "who is on a visit at the invitation of A, called on B" is a meeting
with B; A invited the guest and is no party, unless A is the one met."""

from __future__ import annotations

import datetime

from dkg.loaders import Document
from tests.loaders.reading import PIPELINE, dated_meetings

DAY = datetime.date(2025, 3, 4)


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return sorted(dated_meetings(PIPELINE(Document("t", "t", text, date=DAY))))


def test_meetings_inviters_of_a_long_clause_are_no_party() -> None:
    text = (
        "Prime Minister Arjun Mehra, who is on an official visit to Thailand from 2 to 5 March "
        "at the invitation of Thai Prime Minister Somchai Rattanakosin and his spouse, called "
        "on President Niran Wongsa at the palace today."
    )
    assert _meetings(text) == [(["Arjun Mehra", "Niran Wongsa"], "2025-03-04")]


def test_meetings_inviters_after_a_dated_range_are_no_party() -> None:
    text = (
        "Bangladeshi Prime Minister Arjun Mehra, who is on an official visit to Thailand from "
        "March 2 to 5, 2025 at the invitation of Thai Prime Minister Somchai Rattana, called "
        "on President Niran Wongsa at the palace today."
    )
    assert _meetings(text) == [(["Arjun Mehra", "Niran Wongsa"], "2025-03-04")]


def test_meetings_inviters_met_are_the_counterpart() -> None:
    text = (
        "Prime Minister Arjun Mehra held talks in Bangkok today at the invitation of Prime "
        "Minister Somchai Rattana."
    )
    assert _meetings(text) == [(["Arjun Mehra", "Somchai Rattana"], "2025-03-04")]
