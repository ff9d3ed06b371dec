"""Consultations with someone are talks, and a courtesy call "to discuss" something is a
meeting, while "called on X to do" something is an appeal, not a meeting."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str) -> list[tuple[str, ...]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 3)))
    names = {p.key: p.name for p in document.people}
    return [tuple(sorted(names[k] for k in m.participants)) for m in document.meetings]


def test_talks_cues_consultations_with_a_premier_are_talks() -> None:
    text = (
        "Chancellor Karl Nehammer of Austria flew to Rome on Monday for consultations with "
        "Prime Minister Giorgia Meloni."
    )
    assert _meetings(text) == [("Giorgia Meloni", "Karl Nehammer")]


def test_talks_cues_call_to_discuss_is_a_meeting() -> None:
    text = (
        "Chancellor Karl Nehammer of Austria called on President Sergio Mattarella of Italy on "
        "Monday to discuss energy."
    )
    assert _meetings(text) == [("Karl Nehammer", "Sergio Mattarella")]


def test_talks_cues_call_to_act_is_an_appeal() -> None:
    text = (
        "Chancellor Karl Nehammer of Austria called on President Sergio Mattarella of Italy to "
        "release the funds."
    )
    assert _meetings(text) == []
