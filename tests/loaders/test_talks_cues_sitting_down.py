"""Talks told as sitting down ("sat down for talks", "sat down with"), and talks still to come
told with a contracted "will" ("he'll sit down with")."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.talks_cues import talks_cues

PIPELINE = default_pipeline()


def test_talks_cues_sitting_down_for_talks_is_a_cue() -> None:
    for sentence in (
        "The two presidents sat down for talks at the palace.",
        "They sat down for lengthy discussions on Friday.",
        "The ministers sat down together for a working lunch.",
        "The chancellor sat down with her counterpart.",
    ):
        assert [c.group() for c in talks_cues(sentence)], sentence


def test_talks_cues_sitting_down_elsewhere_is_no_cue() -> None:
    for sentence in (
        "The delegates sat down in the front row.",
        "Protesters sat down for an hour outside the embassy.",
    ):
        assert not [c.group() for c in talks_cues(sentence)], sentence


def test_talks_cues_sitting_down_the_two_leaders_of_the_sentence_before() -> None:
    text = (
        "Prime Minister Luc Frieden arrived in Oslo on Monday evening at the invitation of "
        "Prime Minister Jonas Gahr Store. The two leaders sat down for talks at the government "
        "guest house on Tuesday morning."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 3, 1)))
    assert [(set(m.participants), m.date and m.date.day) for m in document.meetings] == [
        ({"luc-frieden", "jonas-gahr-store"}, 28)
    ]


def test_talks_cues_sitting_down_contracted_future_is_not_held_yet() -> None:
    text = (
        "Prime Minister Luc Frieden met Prime Minister Jonas Gahr Store on Monday. Tomorrow "
        "he'll sit down with Crown Prince Haakon in Oslo."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 2, 27)))
    assert [set(m.participants) for m in document.meetings] == [{"luc-frieden", "jonas-gahr-store"}]
