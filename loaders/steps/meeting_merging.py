"""Merging the mentions of one meeting, told in several sentences, into one Meeting.

Mentions are one meeting when they have the same mode and day and the people of one include
the other's: the leaders' talks and the extended round with their ministers are one meeting,
the same leaders talking again the next day another. An undated mention is not merged into
talks dated in a month before the document's own: "X later held talks with B at the villa"
is the story's day, and "B had visited in March 2023, when she held talks with X" is
background; once dated (the extractor merges again then) they stay apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from dkg.loaders.document import Meeting, PartialDate
from dkg.loaders.steps.merging import earliest


def merge_meetings(meetings: list[Meeting], filed: PartialDate | None = None) -> list[Meeting]:
    """One Meeting per set of people and day, from the mentions in text order; ``filed`` is
    the document's date, before whose month dated talks are background."""
    return _merged(
        meetings, lambda a, b: _same_talks(a, b) and not _background_and_undated(a, b, filed)
    )


def merge_restated(meetings: list[Meeting]) -> list[Meeting]:
    """Meetings of the very same people on the same day made one, for the mentions that
    :func:`merge_meetings` kept apart while one of them was undated. Only identical sets of
    people: a wider meeting and a smaller one of that day (a courtesy call on the head of
    state beside the ministers' talks) were told apart on purpose before dating."""
    return _merged(
        meetings, lambda a, b: set(a.participants) == set(b.participants) and _same_talks(a, b)
    )


def _merged(meetings: list[Meeting], one: Callable[[Meeting, Meeting], bool]) -> list[Meeting]:
    """The meetings in text order, each folded into the first kept before it that ``one``
    says is the same meeting; the merged meeting keeps the wider set of people."""
    merged: list[Meeting] = []
    for meeting in meetings:
        for index, known in enumerate(merged):
            if one(known, meeting):
                wider = known if len(known.participants) >= len(meeting.participants) else meeting
                merged[index] = replace(_combine(known, meeting), participants=wider.participants)
                break
        else:
            merged.append(meeting)
    return merged


def _same_talks(a: Meeting, b: Meeting) -> bool:
    """Same people, or the leaders' talks and the extended round with their ministers on the
    same day ("held talks in narrow and extended formats" is one meeting)."""
    if a.mode != b.mode:
        return False
    if (a.date or b.date) and a.place and b.place and a.place.country != b.place.country:
        # Talks in Athens and talks in Vilnius are two meetings (emit keys a meeting on its
        # country too); two undated ones stay one, as nothing else tells them apart.
        return False
    one, other = set(a.participants), set(b.participants)
    # One meeting per set of people and day: the same leaders talking on Monday and again on
    # Tuesday, or last year, are separate meetings.
    return same_day(a.date, b.date) and (one <= other or other <= one)


def _background_and_undated(a: Meeting, b: Meeting, filed: PartialDate | None) -> bool:
    """Whether one mention has no date and the other is dated in a month before the
    document's: talks told as background, not the undated talks of the story's own day."""
    if filed is None or filed.year is None or (a.date is None) == (b.date is None):
        return False
    dated = a.date if a.date is not None else b.date
    if dated is None or dated.year is None:
        return False
    return (dated.year, dated.month or 12) < (filed.year, filed.month or 1)


def same_day(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Whether two dates may be the same day: one unknown, or one a coarser form of the other
    ("2024-03" and "2024-03-28")."""
    if a is None or b is None:
        return True
    return all(x is None or y is None or x == y for x, y in zip(_parts(a), _parts(b), strict=True))


def _parts(date: PartialDate) -> tuple[int | None, int | None, int | None]:
    return date.year, date.month, date.day


def _combine(a: Meeting, b: Meeting) -> Meeting:
    return Meeting(
        participants=a.participants,
        date=earliest(a.date, b.date),
        place=a.place or b.place,
        mode=a.mode,
        formats=tuple(dict.fromkeys(a.formats + b.formats)),
        evidence=tuple(sorted(set(a.evidence) | set(b.evidence))),
        during_visit=a.during_visit,
    )
