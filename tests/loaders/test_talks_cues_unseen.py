"""Talks told in words the wires use without "talks" or "met": sitting down with someone,
opening or co-chairing a dialogue or commission together. Two people who only agreed or
discussed something in a sentence are no meeting (tried once, it added wrong meetings)."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2022, 3, 16)  # a Wednesday


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    names = {p.key: p.name for p in document.people}
    return [
        (sorted(names[k] for k in m.participants), m.date.lexical if m.date else None)
        for m in document.meetings
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Later on Monday Chilean President Gabriel Boric sat down with Peruvian President "
        "Pedro Castillo in Lima.",
        "Chilean President Gabriel Boric and Peruvian President Pedro Castillo co-chaired the "
        "binational commission in Lima on Monday.",
        "Chilean President Gabriel Boric and Peruvian President Pedro Castillo opened the first "
        "strategic dialogue between their countries in Lima on Monday.",
    ],
)
def test_talks_cues_unseen_phrasings_are_meetings(text: str) -> None:
    assert _meetings(text) == [(["Gabriel Boric", "Pedro Castillo"], "2022-03-14")]


def test_talks_cues_unseen_agreeing_is_no_meeting() -> None:
    text = (
        "Chilean President Gabriel Boric and Peruvian President Pedro Castillo agreed that "
        "the border crossing should reopen."
    )
    assert _meetings(text) == []


def test_talks_cues_unseen_weekday_after_since_dates_the_talks() -> None:
    text = (
        "Chilean President Gabriel Boric and Peruvian President Pedro Castillo opened the first "
        "strategic dialogue since 2015 in Lima on Monday."
    )
    assert _meetings(text) == [(["Gabriel Boric", "Pedro Castillo"], "2022-03-14")]
