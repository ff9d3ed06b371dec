"""A call told in reported speech ("said he had spoken to X by telephone") is a meeting by
telephone; having spoken to reporters is none."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str) -> list[tuple[list[str], str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 2, 9)))
    names = {p.key: p.name for p in document.people}
    return [(sorted(names[k] for k in m.participants), m.mode) for m in document.meetings]


def test_meetings_reported_calls_having_spoken_to_a_leader_by_telephone_is_a_call() -> None:
    text = (
        "Chilean President Gabriel Boric said he had spoken to Peruvian President Dina "
        "Boluarte by telephone about the fires."
    )
    assert _meetings(text) == [(["Dina Boluarte", "Gabriel Boric"], "phone")]


def test_meetings_reported_calls_having_spoken_to_reporters_is_no_meeting() -> None:
    text = "Chilean President Gabriel Boric had spoken to reporters in Valparaiso on the fires."
    assert _meetings(text) == []


def test_meetings_reported_calls_having_spoken_with_a_leader_without_form_is_none() -> None:
    text = (
        "Chilean President Gabriel Boric had spoken with Peruvian President Dina Boluarte "
        "before the summit."
    )
    assert _meetings(text) == []
