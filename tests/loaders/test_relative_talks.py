"""Relative talks: "A, who visited X on Dec. 22 and met B there, also attended the talks" is
an earlier meeting of A with B, and B no party to the talks A joined."""

from __future__ import annotations

import datetime

from dkg.loaders import Document
from tests.loaders.reading import PIPELINE, dated_meetings

DAY = datetime.date(2025, 3, 6)  # a Thursday


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return sorted(dated_meetings(PIPELINE(Document("t", "t", text, date=DAY))))


def test_relative_talks_of_one_who_also_attended_are_their_own_meeting() -> None:
    text = (
        "President Erdogan held talks with President Masoud Pezeshkian in Ankara on Tuesday. "
        "Foreign Minister Hakan Demir, who visited Baghdad on Jan. 14 and met Prime Minister "
        "Mohammed Shia al-Sudani there, also attended the talks."
    )
    assert _meetings(text) == [
        (["Erdogan", "Hakan Demir", "Masoud Pezeshkian"], "2025-03-04"),
        (["Hakan Demir", "Mohammed Shia al-Sudani"], "2025-01-14"),
    ]


def test_relative_talks_a_clause_without_talks_adds_no_meeting() -> None:
    text = (
        "President Erdogan held talks with President Masoud Pezeshkian in Ankara on Tuesday. "
        "Foreign Minister Hakan Demir, who flew in with Interior Minister Ali Yerlikaya, also "
        "attended the talks."
    )
    assert _meetings(text) == [
        (["Ali Yerlikaya", "Erdogan", "Hakan Demir", "Masoud Pezeshkian"], "2025-03-04")
    ]
