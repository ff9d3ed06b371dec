"""Meetings and visits: the visit talks were held during, and the day they take from it.

Talks abroad by a visitor are part of that visit; when their sentence names no day, the visit
(its counted days, the day the story has come to, the day of filing while it is under way) dates
them. The visits that talks alone tell are talks_abroad.py's, which asks this module whether a
visit is another time than the talks.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import replace

from dkg.loaders.document import LEAP_YEAR, Document, Meeting, PartialDate, PlaceMention, Visit
from dkg.loaders.steps.date_headings import heading_day
from dkg.loaders.steps.planned_talks import future_before
from dkg.loaders.steps.visit_days import NTH_DAY, ORDINALS, SAME_DAY
from dkg.loaders.steps.visit_scope import ORIGIN_CLAUSE


def with_visit(meeting: Meeting, document: Document, scene: PartialDate | None = None) -> Meeting:
    """Tie talks to a happened visit whose visitor takes part; borrow its date and place.

    Undated talks belong first to the visit the day told before them falls in: on a tour,
    "later called on the President" after "On Wednesday" is on Wednesday's leg, unless the
    report tells them in the present perfect on its own day ("has met"). Talks by
    telephone or video link belong to no visit: neither side travelled, and the city of an
    earlier visit the text recalls is not where they were held. ``scene`` is the day of the
    talks told last before these, the day the story had come to."""
    if meeting.date is None and scene is not None and _after_told_talks(meeting, document):
        # "Following the talks, A and B held a separate meeting": the day of those talks.
        meeting = replace(meeting, date=scene)
    if meeting.mode != "in-person":
        # "During a video conference held immediately after the signing, ...", "Later, he spoke
        # by phone with X": the day the story has come to, not the day of filing.
        follows = meeting.date is None and any(
            _NEXT_STEP.search(document.text, s.start, s.end)
            or _AFTER_THE_ACT.search(document.text, s.start, s.end)
            for s in meeting.evidence
        )
        told = _day_told_before(meeting, document, scene) if follows else None
        return replace(meeting, date=meeting.date or told or _day_of(document))
    told_day = _day_told_before(meeting, document, scene) if meeting.date is None else None
    visits = sorted(
        enumerate(document.visits),
        key=lambda item: _in_visit(told_day, item[1], document.filed) is None,
    )
    for index, visit in visits:
        if visit.status == "happened" and visit.visitor in meeting.participants:
            place: PlaceMention | None = meeting.place or visit.place
            if meeting.place is not None and meeting.place.country != visit.host_country:
                continue
            if another_time(visit, meeting):
                continue  # "X was in Nairobi in March": not the trip of November's talks
            # Each day below is read only when the ones before it are missing: most talks
            # state their own, and each reading searches the document.
            date = (
                meeting.date
                or _counted_day(meeting, document, visit)
                or heading_day(document, meeting.evidence[0].start)  # a live blog's day
                or _reported_today(meeting, document, visit)
                or _in_visit(told_day, visit, document.filed)
                or _filed_during(visit, document)
                or _first_day(visit)
                or _background_month(visit, meeting, document)
                or _day_of(document)
            )
            return replace(meeting, during_visit=index, date=date, place=place)
    # Talks of no visit (a summit's sidelines) that the story tells as its next step take the
    # day it has come to: "Also on Thursday, Xi met A. Later in the day he sat down with B" is
    # Thursday, not the day of filing. Without such a word ("X, who accompanied the Prime
    # Minister, also met Y" after "flew in on Thursday") the day told before is another scene.
    follows = any(_NEXT_STEP.search(document.text, s.start, s.end) for s in meeting.evidence)
    return replace(
        meeting, date=meeting.date or (told_day if follows else None) or _day_of(document)
    )


_NEXT_STEP = re.compile(
    r"\b(?:later|then|afterwards|subsequently|thereafter|in\s+the\s+(?:afternoon|evening)|"
    r"(?:that|the\s+same)\s+(?:day|afternoon|evening)|"
    r"earlier\s+(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon))\b"
    r"|\b(?:earlier|previously),",
    re.IGNORECASE,
)
"""Words that tell talks as the story's next step on the day it has come to, or an earlier
step of it ("granted an audience yesterday. Earlier in the morning, X met Y", "Previously,
the foreign ministers A and B held a bilateral meeting", an adverb set off by its comma)."""


_AFTER_THE_ACT = re.compile(
    r"\b(?:immediately|shortly|right|just)\s+(?:after|following)\s+the\s+(?:signing|ceremony)\b",
    re.IGNORECASE,
)
"""Remote talks told as following the act the story has told ("a video conference held
immediately after the signing"): on the day of that act."""


_AFTER_TALKS = re.compile(
    r"(?:(?:right|immediately|shortly|just)\s+)?(?:following|after|(?:at|by|on|upon)\s+the\s+"
    r"(?:end|close|conclusion)\s+of)\s+(?:the|their|these|those|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|negotiations|consultations|discussions)\b",
    re.IGNORECASE,
)
"""A sentence that opens on talks the story has told ("Following the talks, ...", "At the end
of the talks, ..."): what it tells happened on the day of those talks, not on the day of
filing nor on the last day named before (a date in the talks' own report may be another)."""
_AFTER_CEREMONY = re.compile(
    r"(?:(?:right|immediately|shortly|just)\s+)?(?:following|after)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ceremony|welcome)\b",
    re.IGNORECASE,
)
"""A sentence that opens on the ceremony told before ("Right after the ceremony, the two
Chairmen held talks"): the day the story has come to, however far back it was named."""


def _after_told_talks(meeting: Meeting, document: Document) -> bool:
    """Whether a sentence of the talks opens on other talks told before (``_AFTER_TALKS``)."""
    return any(_AFTER_TALKS.match(document.text, s.start, s.end) for s in meeting.evidence)


_NARRATIVE_REACH = 400
"""How far back (in characters) the last day told can still be the day of undated talks."""


def _day_told_before(
    meeting: Meeting, document: Document, scene: PartialDate | None = None
) -> PartialDate | None:
    """The last day the story told before undated talks: news tells a visit in order, so
    "greeted his guest on Tuesday morning. The two presidents then held talks" is Tuesday. A
    day in a relative clause ("X, who reached Dubai on Thursday night, held talks") is a
    flashback to the subject's arrival, not the day the story has come to, and so is a day in
    the clause about where the visitor came from ("arrived from Djibouti, where on Friday he
    met ..."); nor is a span of days ("the visit he pays from 25 to 27 May"), which tells how
    long, nor a day still to come ("He will attend the celebrations on Tuesday"), which the
    story has not reached. Talks told "In the afternoon" are on the story's day however many
    paragraphs back it was named, and not before the day of the talks told last (``scene``):
    a day earlier than those ("held talks this morning. ... He had arrived yesterday. In the
    afternoon, ...", "a memorandum first signed in 2019") is a flashback, not the story's day."""
    for span in sorted(meeting.evidence):
        same_day = (
            SAME_DAY.match(document.text, span.start) is not None
            or _AFTER_CEREMONY.match(document.text, span.start) is not None
        )
        reach = span.start if same_day else _NARRATIVE_REACH
        told = [
            d.start
            for d in document.dates
            if d.start.day is not None
            and d.end is None
            and span.start - reach <= d.span.end <= span.start
            and _IN_RELATIVE.search(document.text, max(0, d.span.start - 120), d.span.start) is None
            and _IN_ORIGIN.search(document.text, max(0, d.span.start - 120), d.span.start) is None
            and not _told_ahead(document.text, d.span.start)
        ]
        if same_day and scene is not None and scene.day is not None:
            told = [d for d in told if not _flashback(d, scene)] or [scene]
        if told:
            return told[-1]
    return None


def _told_ahead(text: str, at: int) -> bool:
    """Whether a future word governs the day at ``at`` in its own sentence: "He will attend
    the celebrations on Tuesday" tells a day the story has not come to."""
    start = max(0, at - 120)
    stop = max(text.rfind(mark, start, at) for mark in ".;!?")
    clause = text[max(start, stop + 1) : at]
    return future_before(clause, len(clause))


def _flashback(day: PartialDate, scene: PartialDate) -> bool:
    """Whether a day told is earlier than the story's day, or, in a story whose days have no
    year (an undated wire), one told with a year of its own: a background date ("a memorandum
    first signed on 12 November 2019"), not a day the story comes to."""
    if scene.year is None:
        return day.year is not None or _ordinal(day) < _ordinal(scene)
    if day.year is not None and day.year != scene.year:
        return day.year < scene.year
    return _ordinal(day) < _ordinal(scene)


_IN_RELATIVE = re.compile(r",\s+who\s+[^,;.]*$")
"""The open relative clause a day stands in: ", who reached Dubai on "."""
_IN_ORIGIN = re.compile(ORIGIN_CLAUSE.pattern + r"[^;.]*$")
"""The open clause about where the visitor came from: "arrived from Djibouti, where on"."""


def _in_visit(
    day: PartialDate | None, visit: Visit, filed: PartialDate | None = None
) -> PartialDate | None:
    """The day, with the visit's year when it has none, if it falls in the visit's dates.

    A visit without a last day still has its next day ("arrived late on Monday"), and it is
    still under way on the day the report is filed within a week of its first day: "arrived
    on Wednesday ... This morning he attended a breakfast ... He then joined a lunch" on
    Friday is Friday's lunch, not Wednesday's.
    """
    first = _first_day(visit)
    if day is None or first is None or (day.year and first.year and day.year != first.year):
        return None
    day = PartialDate(day.year or first.year, day.month, day.day)
    if visit.end is not None and visit.end.day is not None:
        last = _ordinal(visit.end)
    else:
        last = _ordinal(first) + 1
        if (
            filed is not None
            and filed.day is not None
            and filed.year == first.year
            and 0 <= _ordinal(filed) - _ordinal(first) <= _UNDER_WAY_DAYS
        ):
            last = max(last, _ordinal(filed))
    inside = _ordinal(first) <= _ordinal(day) <= max(last, _ordinal(first) + 1)
    return day if inside else None


def _counted_day(meeting: Meeting, document: Document, visit: Visit) -> PartialDate | None:
    """The day of talks told by its place in the visit ("on the second day of his state
    visit"): the visit's first day and as many more, or its last day for "the final day"."""
    first = _first_day(visit)
    for span in meeting.evidence:
        counted = NTH_DAY.search(document.text, span.start, span.end)
        if counted is None or first is None:
            continue
        number = ORDINALS.get(counted["nth"].casefold())
        if number is not None:
            return first.shifted(number - 1)
        return visit.end if visit.end is not None and visit.end.day is not None else None
    return None


def _ordinal(day: PartialDate) -> int:
    """Day of a leap year, for comparing days of one visit (whose years already agree).

    A leap year, so that 29 February is a day; a day the month does not have (a text's
    "31 April") counts as the month's last.
    """
    month = day.month or 1
    last = calendar.monthrange(LEAP_YEAR, month)[1]
    return datetime.date(LEAP_YEAR, month, min(day.day or 1, last)).toordinal()


_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|just|also|already)\s+)?(?:met|held|received|hosted|welcomed|"
    r"spoken|talked|sat\s+down)\b",
    re.IGNORECASE,
)
"""Talks told in the present perfect: "Prime Minister X has met President Y in Beijing"."""
_UNDER_WAY_DAYS = 7
"""How many days after a visit's first day a report of its talks may still be filed."""


def _reported_today(meeting: Meeting, document: Document, visit: Visit) -> PartialDate | None:
    """The document's own day for talks it tells in the present perfect with no day of their
    own, when the visit is under way that day: a bulletin of the third day of a visit that
    says "has met" reports that day's talks, not the visit's first day. The visit's last day
    as read may be too early (the last day the story names), so a week from its first day
    is the reach of "under way"."""
    filed, first = document.filed, _first_day(visit)
    if filed is None or filed.day is None or first is None or filed.year != first.year:
        return None
    if not 0 <= _ordinal(filed) - _ordinal(first) <= _UNDER_WAY_DAYS:
        return None
    told = any(_PERFECT.search(document.text, s.start, s.end) for s in meeting.evidence)
    return filed if told else None


def _filed_during(visit: Visit, document: Document) -> PartialDate | None:
    """The document's own day for talks it gives no day, when it is filed on a later day of
    the visit under way: a report of the second day ("signed four accords on Thursday ...
    Following talks with the President, the Prime Minister said") tells that day's talks,
    while the visit's first day is only its arrival ("who arrived on Wednesday"). Talks the
    story tells right after a day of its own take that day first (``_day_told_before``); a
    report filed after the visit's last day tells no talks of its own day."""
    filed, first = document.filed, _first_day(visit)
    if filed is None or filed.day is None or first is None or filed.year != first.year:
        return None
    if not 0 < _ordinal(filed) - _ordinal(first) <= _UNDER_WAY_DAYS:
        return None
    end = visit.end
    over = end is not None and end.day is not None and _ordinal(filed) > _ordinal(end)
    return None if over else filed


def _day_of(document: Document) -> PartialDate | None:
    """The day the document was filed: news reports talks on the day they are held."""
    return document.filed


def _background_month(visit: Visit, meeting: Meeting, document: Document) -> PartialDate | None:
    """The month or year of a visit told without a day, for talks told in the sentences
    right after it, when the visit lies before the document's own year: a retrospective's
    "In Astana he held talks with X" right after "in August 2006, when Y became the first
    ... to set foot in Kazakhstan". Talks told far from such a visit or in its own sentence
    ("on his first trip since a visit in December 2017, held talks"), or during a visit of
    the document's own days, stay dated by the document."""
    start = visit.start
    if start is None or start.year is None:
        return None
    if document.date is not None and start.year >= document.date.year:
        return None
    talks = min(meeting.evidence).start
    near = any(talks - _NARRATIVE_REACH <= e.end <= talks for e in visit.evidence)
    return start if near else None


def _first_day(visit: Visit) -> PartialDate | None:
    start = visit.start
    return start if start is not None and start.day is not None else None


def another_time(visit: Visit, meeting: Meeting) -> bool:
    """Whether a visit is dated months or years away from the talks ("X was in Nairobi in
    March", beside talks in Nairobi in November): an earlier trip, not the one of the talks.
    Talks of an undated story ("May 27") are months away from a visit "in January 2021"
    whatever their year, when the months lie more than one apart either way round the year."""
    start, day = visit.start, meeting.date
    if start is None or day is None:
        return False
    if start.month is None or day.month is None:
        return None not in (start.year, day.year) and start.year != day.year
    if start.year is None or day.year is None:
        apart = abs(day.month - start.month)
        return min(apart, 12 - apart) > 1
    return abs((day.year - start.year) * 12 + day.month - start.month) > 1
