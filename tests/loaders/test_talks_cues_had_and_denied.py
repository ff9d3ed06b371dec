"""Talks told with "have" ("had a separate session with", "had a pull-aside") are meetings;
talks the sentence denies ("did not meet", "no formal meetings were held") are not."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
FILED = datetime.date(2023, 9, 21)


def _meetings(text: str) -> list[tuple[str, ...]]:
    """Each meeting as its participants' names in order, then its day."""
    document = PIPELINE(Document("t", "t", text, date=FILED))
    names = {p.key: p.name for p in document.people}
    return [
        (*sorted(names[k] for k in m.participants), m.date.lexical if m.date else "")
        for m in document.meetings
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian President Luiz Inácio Lula da Silva had a separate session with Ghanaian "
        "President Nana Akufo-Addo in New York on Wednesday.",
        "Ghanaian President Nana Akufo-Addo and Brazilian President Luiz Inácio Lula da Silva "
        "had a brief pull-aside at the General Assembly on Wednesday.",
        "Ghanaian President Nana Akufo-Addo and Brazilian President Luiz Inácio Lula da Silva "
        "had a meeting in the delegates' lounge on Wednesday.",
    ],
)
def test_talks_cues_had_a_session_or_pull_aside_is_a_meeting(text: str) -> None:
    assert _meetings(text) == [("Luiz Inácio Lula da Silva", "Nana Akufo-Addo", "2023-09-20")]


@pytest.mark.parametrize(
    "text",
    [
        # The session is the summit's own, not theirs.
        "Ghanaian President Nana Akufo-Addo and Brazilian President Luiz Inácio Lula da Silva "
        "attended the assembly, which had a plenary session on climate on Wednesday.",
        # An idiom, not talks.
        "Ghanaian President Nana Akufo-Addo and Brazilian President Luiz Inácio Lula da Silva "
        "had a meeting of minds on debt relief, aides said on Wednesday.",
        # Still to come.
        "Ghanaian President Nana Akufo-Addo and Brazilian President Luiz Inácio Lula da Silva "
        "have a meeting scheduled for Friday.",
    ],
)
def test_talks_cues_had_without_talks_of_their_own_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President Nana Akufo-Addo shook hands with Brazilian President Luiz Inácio "
        "Lula da Silva in the hall on Wednesday, but no formal meetings were held with him.",
        "Ghanaian President Nana Akufo-Addo attended the assembly on Wednesday but did not meet "
        "Brazilian President Luiz Inácio Lula da Silva.",
        "Ghanaian President Nana Akufo-Addo has never met Brazilian President Luiz Inácio Lula "
        "da Silva, his office said on Wednesday.",
    ],
)
def test_talks_cues_denied_talks_are_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_talks_cues_a_no_elsewhere_in_the_sentence_leaves_talks_standing() -> None:
    text = (
        "There was no doubt that Ghanaian President Nana Akufo-Addo met Brazilian President "
        "Luiz Inácio Lula da Silva in New York on Wednesday."
    )
    assert _meetings(text) == [("Luiz Inácio Lula da Silva", "Nana Akufo-Addo", "2023-09-20")]
