"""Transcripts: a speaker label opens a turn, is not the turn's subject, and is its "I"."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps.speaker_turns import speaker_labels
from tests.loaders.reading import dated_visits

PIPELINE = default_pipeline()

BRIEFING = (
    "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference\n\n"
    "Lin Jian: At the invitation of Premier Li Qiang, Prime Minister Anwar Ibrahim of Malaysia "
    "will pay an official visit to China from November 4 to 7.\n\n"
    "Q: Can you share more about what the visit will cover?\n\n"
    "A: The two sides will discuss trade, the digital economy and green development.\n\n"
    "Q: I would like to follow up on the last question.\n\n"
    "A: I have nothing further to add on that.\n"
)

REMARKS = (
    "Remarks by President Macron and Chancellor Scholz at a Joint Press Availability\n\n"
    "PRESIDENT MACRON: It is a pleasure to welcome you to Paris, Olaf.\n\n"
    "CHANCELLOR SCHOLZ: Thank you, Emmanuel. I came to Paris because our partnership matters "
    "more than ever.\n\n"
    "Q: Chancellor, a question on energy prices.\n\n"
    "CHANCELLOR SCHOLZ: We will keep working on it together.\n"
)


def _run(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=datetime.date(2024, 10, 30)))


def test_speaker_turns_label_is_not_the_visitor_of_an_announced_trip() -> None:
    visits = dated_visits(_run(BRIEFING))
    assert visits == {("Anwar Ibrahim", "CN", "2024-11-04")}


def test_speaker_turns_label_is_a_sentence_of_its_own() -> None:
    document = _run(BRIEFING)
    assert "Lin Jian:" in [s.text for s in document.sentences]
    assert "Q:" in [s.text for s in document.sentences]


def test_speaker_turns_first_person_of_a_turn_is_its_speaker() -> None:
    assert dated_visits(_run(REMARKS)) == {("Scholz", "FR", None)}


def test_speaker_turns_answer_is_the_spokesperson_and_question_is_nobody() -> None:
    document = _run(BRIEFING)
    pronouns = {
        document.text[m.span.start : m.span.end]: m.person
        for m in document.person_mentions
        if m.via == "pronoun"
    }
    # Only the answer's "I" is resolved (to the last named speaker); the journalist's is not.
    assert list(pronouns.values()) == ["lin-jian"]
    answer = document.text.index("I have nothing")
    assert any(m.span.start == answer for m in document.person_mentions)


def test_speaker_turns_need_a_transcript_not_one_colon_line() -> None:
    # A lone "NEW DELHI:" dateline or "Note:" line is no speaker label.
    assert speaker_labels("NEW DELHI: Prime Minister Modi arrived on Monday.\n") == {}
    assert speaker_labels("Note: times are local.\nThe talks ended.\n") == {}
    text = "Q: When?\n\nA: Tomorrow.\n\nQ: Where?\n"
    assert sorted(speaker_labels(text)) == [0, 10, 24]


def test_speaker_turns_the_speaker_and_the_other_leader_talked() -> None:
    text = REMARKS.replace(
        "CHANCELLOR SCHOLZ: We will keep working on it together.\n",
        "CHANCELLOR SCHOLZ: The President and I talked about energy and defence today.\n",
    )
    document = _run(text)
    talks = {
        (frozenset(m.participants), m.date.lexical if m.date else None) for m in document.meetings
    }
    assert talks == {(frozenset({"scholz", "macron"}), "2024-10-30")}


def test_speaker_turns_one_person_talking_about_a_subject_is_no_meeting() -> None:
    text = "President Emmanuel Macron talked about energy prices at a rally in Lyon on Monday.\n"
    assert _run(text).meetings == ()
