"""The cue a sentence's talks are read from (``talks_cue``): a talks cue before a joint act,
a joint act only of two people joined by "and", and none for a sentence that tells no talks,
which the extractor then skips without reading whom it refers to."""

from __future__ import annotations

import datetime

from dkg.loaders.steps.context import SentenceView, sentence_views
from dkg.loaders.steps.meeting_sentences import read_meeting, talks_cue
from tests.loaders.reading import read

FILED = datetime.date(2025, 3, 12)


def _only_view(text: str) -> SentenceView:
    (view,) = sentence_views(read(text, FILED))
    return view


def test_talks_cue_a_talks_cue_is_no_joint_act() -> None:
    view = _only_view("Indonesian President Joko Widodo held talks with Gabriel Boric on Monday.")
    cue = talks_cue(view)
    assert cue is not None
    assert (cue.match.group().strip(), cue.joint) == ("held talks", False)


def test_talks_cue_two_people_agreeing_is_a_joint_act() -> None:
    view = _only_view(
        "Indonesian President Joko Widodo and his Chilean counterpart Gabriel Boric agreed "
        "Monday to deepen cooperation in mining."
    )
    cue = talks_cue(view)
    assert cue is not None and cue.joint


def test_talks_cue_two_people_named_without_talks_have_none() -> None:
    view = _only_view(
        "Indonesian President Joko Widodo praised the role of Chilean President Gabriel Boric."
    )
    assert talks_cue(view) is None
    assert read_meeting(view) is None


def test_talks_cue_handed_over_reads_the_same_meeting() -> None:
    view = _only_view(
        "Indonesian President Joko Widodo held talks with Chilean President Gabriel Boric on "
        "Monday."
    )
    meeting = read_meeting(view, cue_read=talks_cue(view))
    assert meeting is not None and meeting == read_meeting(view)
    assert len(meeting.participants) == 2
