"""Told talks: the talks the sentence before told, which "the two leaders" of the next one are.

"Minister A and Minister B held talks at the Foreign Ministry. The two ministers welcomed the
excellent level of relations" and "The Prime Minister also held a telephone conversation with
the Prime Minister of Fiji, E. The two leaders welcomed the visit, and Mr E reaffirmed ..."
refer back to the talks just told: the pair are their people, not the principals of the story
(a guest received earlier, a president named only in background further down), and the
sentence belongs to those talks (a call stays a call), never to another meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.document import Meeting
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.meeting_modes import meeting_mode
from dkg.loaders.steps.talks_cues import talks_cues


def told_just_before(
    views: Sequence[SentenceView], at: int, last_talks: Meeting | None
) -> tuple[str, ...] | None:
    """The people of the talks the sentence before ``views[at]`` told: those of
    ``last_talks`` (the meeting told last) when that sentence is among its evidence; none (an
    empty tuple) when it tells a call or video talks whose people were not both found, which
    the phrase then means, not talks in person; None when it tells neither, so that the
    phrase is read as before."""
    if not at:
        return None
    before = views[at - 1]
    if last_talks is not None and before.sentence.span in last_talks.evidence:
        return last_talks.participants
    remote = meeting_mode(before.text) != "in-person"
    return () if remote and next(talks_cues(before.text), None) is not None else None


def as_told(meeting: Meeting, last_talks: Meeting, before: SentenceView) -> Meeting:
    """The ``meeting`` a sentence reads, as the talks the sentence ``before`` it told when it
    goes on telling them: the same people, no day of its own. "... held a telephone
    conversation with E. The two leaders welcomed ..." is that call, on its day, not talks in
    person on the day the story was filed."""
    if (
        meeting.date is not None
        or before.sentence.span not in last_talks.evidence
        or set(meeting.participants) != set(last_talks.participants)
    ):
        return meeting
    mode = last_talks.mode if meeting.mode == "in-person" else meeting.mode
    return replace(meeting, date=last_talks.date, mode=mode)
