"""A joint press conference printed as speaker turns, where a leader refers to the talks just
held ("our talks this morning"), tells a meeting of the two speakers on the document's day, in
its dateline's city."""

from __future__ import annotations

import pytest

from tests.loaders.reading import dated_meetings, read

_JOINT = (
    "Joint press statements by President Samia Hassan and Chancellor Peter Lindqvist\n"
    "Dar es Salaam, 3 September 2025\n\n"
    "PRESIDENT HASSAN: Welcome to Tanzania, Chancellor. {first}\n\n"
    "CHANCELLOR LINDQVIST: Thank you, Madam President. {second}\n\n"
    "Q: What about the port project?\n\n"
    "PRESIDENT HASSAN: Work will begin next year.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Our talks this morning were frank and useful.", "Trade will grow."),
        ("Trade will grow.", "We discussed the port, energy and schools."),
        ("Our meeting today opens a new chapter.", "I am glad to be here."),
    ],
)
def test_transcript_talks_joint_press_conference_is_a_meeting(first: str, second: str) -> None:
    document = read(_JOINT.format(first=first, second=second))
    assert dated_meetings(document) == [(["Peter Lindqvist", "Samia Hassan"], "2025-09-03")]
    assert document.meetings[0].place is not None
    assert document.meetings[0].place.name == "Dar es Salaam"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # no reference to talks held by the speakers
        ("Trade will grow.", "I am glad to be here."),
        # talks with a third side, talks of another year, talks still to come
        ("Our talks with the World Bank went well.", "Trade will grow."),
        ("We met in 2019 in Berlin.", "Trade will grow."),
        ("Our next meeting will be in Hamburg.", "Trade will grow."),
    ],
)
def test_transcript_talks_need_the_talks_just_held(first: str, second: str) -> None:
    assert dated_meetings(read(_JOINT.format(first=first, second=second))) == []


def test_transcript_talks_need_two_speakers() -> None:
    """Counter-example: a spokesperson answering journalists met no one."""
    text = (
        "Regular press briefing by spokesperson Lina Okafor\n"
        "Abuja, 3 September 2025\n\n"
        "LINA OKAFOR: Good afternoon. Our talks with the visiting delegation went well.\n\n"
        "Q: Will the minister travel to Ghana?\n\n"
        "LINA OKAFOR: We discussed that, and I have nothing to announce.\n"
    )
    assert dated_meetings(read(text)) == []
