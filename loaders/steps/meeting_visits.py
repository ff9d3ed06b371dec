"""Meetings and visits: the visit talks were held during, and the visit that talks held
abroad tell when no sentence names it."""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import replace

from dkg.loaders.document import LEAP_YEAR, Document, Meeting, PartialDate, PlaceMention, Visit
from dkg.loaders.gazetteer import fold
from dkg.loaders.steps.date_headings import heading_day
from dkg.loaders.steps.envoy_postings import resident_envoy
from dkg.loaders.steps.leader_posts import LEADER_TITLES
from dkg.loaders.steps.meeting_merging import same_day
from dkg.loaders.steps.stated_starts import told_as_start
from dkg.loaders.steps.visit_datelines import filed_from, opening_city
from dkg.loaders.steps.visit_days import NTH_DAY, ORDINALS, SAME_DAY, with_stated_start
from dkg.loaders.steps.visit_destinations import ACCOMPANIES
from dkg.loaders.steps.visit_scope import ORIGIN_CLAUSE


def with_visit(meeting: Meeting, document: Document) -> Meeting:
    """Tie talks to a happened visit whose visitor takes part; borrow its date and place.

    Undated talks belong first to the visit the day told before them falls in: on a tour,
    "later called on the President" after "On Wednesday" is on Wednesday's leg, unless the
    report tells them in the present perfect on its own day ("has met"). Talks by
    telephone or video link belong to no visit: neither side travelled, and the city of an
    earlier visit the text recalls is not where they were held."""
    if meeting.mode != "in-person":
        return replace(meeting, date=meeting.date or _day_of(document))
    told_day = _day_told_before(meeting, document) if meeting.date is None else None
    visits = sorted(
        enumerate(document.visits),
        key=lambda item: _in_visit(told_day, item[1], document.filed) is None,
    )
    for index, visit in visits:
        if visit.status == "happened" and visit.visitor in meeting.participants:
            place: PlaceMention | None = meeting.place or visit.place
            if meeting.place is not None and meeting.place.country != visit.host_country:
                continue
            if _another_time(visit, meeting):
                continue  # "X was in Nairobi in March": not the trip of November's talks
            told = _in_visit(_day_told_before(meeting, document), visit, document.filed)
            counted = _counted_day(meeting, document, visit)
            today = _reported_today(meeting, document, visit)
            date = (
                meeting.date
                or counted
                or heading_day(document, meeting.evidence[0].start)  # a live blog's day
                or today
                or told
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
    r"(?:that|the\s+same)\s+(?:day|afternoon|evening))\b",
    re.IGNORECASE,
)
"""Words that tell talks as the story's next step on the day it has come to."""


_NARRATIVE_REACH = 400
"""How far back (in characters) the last day told can still be the day of undated talks."""


def _day_told_before(meeting: Meeting, document: Document) -> PartialDate | None:
    """The last day the story told before undated talks: news tells a visit in order, so
    "greeted his guest on Tuesday morning. The two presidents then held talks" is Tuesday. A
    day in a relative clause ("X, who reached Dubai on Thursday night, held talks") is a
    flashback to the subject's arrival, not the day the story has come to, and so is a day in
    the clause about where the visitor came from ("arrived from Djibouti, where on Friday he
    met ..."); nor is a span of days ("the visit he pays from 25 to 27 May"), which tells how
    long, not which day. Talks told "In the afternoon" are on the story's day however many
    paragraphs back it was named."""
    for span in sorted(meeting.evidence):
        reach = span.start if SAME_DAY.match(document.text, span.start) else _NARRATIVE_REACH
        told = [
            d.start
            for d in document.dates
            if d.start.day is not None
            and d.end is None
            and span.start - reach <= d.span.end <= span.start
            and _IN_RELATIVE.search(document.text, max(0, d.span.start - 120), d.span.start) is None
            and _IN_ORIGIN.search(document.text, max(0, d.span.start - 120), d.span.start) is None
        ]
        if told:
            return told[-1]
    return None


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


_SIDELINES = re.compile(r"\bon the (?:sidelines|margins|fringes) of\b", re.IGNORECASE)


def visits_from_meetings(document: Document) -> Document:
    """Talks held abroad tell a visit no sentence names: "Kishida was received in Abu Dhabi by
    President X", "In Doha, the Emir received the Japanese prime minister".

    The one participant of a known foreign country made a visit to the country of the talks'
    place on their day, when the others are of that country (or of none known) and no visit
    of that person to that country is told already. A visit told without a day of its own
    takes the day of the first talks held during it.
    """
    countries = {p.key: p.country for p in document.people}
    # An ambassador received is one who lives there: talks, not a visit.
    envoys = {p.key for p in document.people if any(resident_envoy(t.title) for t in p.posts)}
    leaders = {
        p.key for p in document.people if any(fold(t.title) in LEADER_TITLES for t in p.posts)
    }
    visits = _dated_by_talks(document)
    meetings = list(document.meetings)
    # A story from a summit's city tells talks between guests there: no one's trip is told.
    dateline = None if _SIDELINES.search(document.text) else opening_city(document)
    for index, meeting in enumerate(meetings):
        place = meeting.place or filed_from(meeting, dateline, countries, document.filed, visits)
        if meeting.during_visit is not None or meeting.mode != "in-person" or place is None:
            continue
        told = meeting.evidence[0]
        local = any(countries.get(k) == place.country for k in meeting.participants)
        if not local and _SIDELINES.search(document.text, told.start, told.end):
            # talks at a summit elsewhere, between guests: a multilateral trip; talks there
            # with the summit's host still tell the guest's trip to the host's country
            continue
        if ACCOMPANIES.search(document.text, told.start, told.end):
            continue  # "X, who accompanied the President, also met Y": the leader's visit
        foreign = _delegation_head(
            [k for k in meeting.participants if countries.get(k) not in (None, place.country)],
            countries,
            leaders,
        )
        if len(foreign) != 1 or (len(meeting.participants) > 2 and not local):
            continue
        visitor = foreign[0]
        if visitor in envoys:
            continue
        if any(
            v.visitor == visitor
            and v.host_country == place.country
            and not _another_time(v, meeting)
            for v in visits
        ):
            continue
        if any(
            v.status == "happened"
            and v.host_country == countries[visitor]
            and v.visitor in meeting.participants
            and same_day(v.start, meeting.date)
            for v in visits
        ):
            # The host of a guest at home, whatever venue the talks were placed in; the host's
            # own trip there "in November 2022" is another time, not these talks.
            continue
        if not _city_of_the_talks(meeting) and any(
            v.visitor == visitor and v.status == "happened" and v.start in (None, meeting.date)
            for v in visits
        ):
            continue  # talks of a visit told elsewhere, at a venue read as another country's
        visits.append(
            Visit(
                visitor=visitor,
                visitor_country=countries[visitor],
                host_country=place.country,
                place=place,
                start=_stay_start(meeting, document) or meeting.date,
                end=None,
                visit_type="unspecified",
                status="happened",
                evidence=meeting.evidence,
            )
        )
        meetings[index] = replace(meeting, during_visit=len(visits) - 1)
    if len(visits) > len(document.visits):
        # A visit only talks told may still be dated by "the state visit, which X began on".
        visits = with_stated_start(visits, document)
    return replace(document, visits=tuple(visits), meetings=tuple(meetings))


def _delegation_head(
    foreign: list[str], countries: dict[str, str | None], leaders: set[str]
) -> list[str]:
    """The foreign side of talks as one visitor when it is one delegation: ministers who
    accompany their leader to the talks ("Also accompanying the President at the meeting were
    Foreign Minister X and ...") share the leader's country, and the visit is the leader's.
    Foreign participants of several countries, or of one with no single leader among them,
    stay as they are (no one visitor)."""
    if len(foreign) < 2 or len({countries.get(k) for k in foreign}) != 1:
        return foreign
    heads = [k for k in foreign if k in leaders]
    return heads if len(heads) == 1 else foreign


def _city_of_the_talks(meeting: Meeting) -> bool:
    """Whether the talks' own sentence names the city they were held in ("held talks with the
    Zambian President in Lusaka"): a leg of a tour to that city's country, even on a day
    another visit was told; a venue's country may be misread, a city named there is not."""
    place = meeting.place
    return (
        place is not None
        and place.kind == "city"
        and any(told.contains(place.span) for told in meeting.evidence)
    )


def _another_time(visit: Visit, meeting: Meeting) -> bool:
    """Whether a visit is dated months or years away from the talks ("X was in Nairobi in
    March", beside talks in Nairobi in November): an earlier trip, not the one of the talks."""
    start, day = visit.start, meeting.date
    if start is None or day is None or start.year is None or day.year is None:
        return False
    if start.month is None or day.month is None:
        return start.year != day.year
    return abs((day.year - start.year) * 12 + day.month - start.month) > 1


def _stay_start(meeting: Meeting, document: Document) -> PartialDate | None:
    """The first day of a stay the talks' sentence tells ("X, who has been in Dhaka since
    Saturday, met Y on Tuesday"): the visit began then, not on the day of the talks."""
    told = meeting.evidence[0]
    sentence = document.text[told.start : told.end]
    return next(
        (
            d.start
            for d in document.dates
            if told.contains(d.span) and told_as_start(sentence, d.span.start - told.start)
        ),
        None,
    )


def _dated_by_talks(document: Document) -> list[Visit]:
    """The visits, each undated one that happened dated by the first day of talks held during
    it: "X received Y at the palace on Monday (30)" dates "Y arrived in Brasilia after stops in
    ...", whose sentence gives its days to the stops. Only a day the talks' own sentence states
    counts: talks dated by the day the story was filed tell nothing new, and a month or year is
    more often a background remark ("who had visited Washington in January 2023"). Talks the
    visit's own sentence tells ("Within the framework of the official visit, X held talks")
    are its news, so their day is the visit's whichever way it was read."""
    visits = list(document.visits)
    for index, visit in enumerate(visits):
        if visit.start is not None or visit.status != "happened":
            continue
        days = sorted(
            (
                m.date
                for m in document.meetings
                if m.during_visit == index
                and m.date is not None
                and (_stated(m, m.date, document) or _told_with(visit, m, document))
            ),
            key=lambda day: day.lexical,
        )
        if days:
            visits[index] = replace(visit, start=days[0])
    return visits


def _told_with(visit: Visit, meeting: Meeting, document: Document) -> bool:
    """Whether the visit's own sentence tells the talks, without counting the visit's days:
    "on the second day of a state visit" puts its start a day before the talks."""
    told = visit.evidence[0]
    return told in meeting.evidence and not NTH_DAY.search(document.text, told.start, told.end)


def _stated(meeting: Meeting, day: PartialDate, document: Document) -> bool:
    """Whether a sentence of the talks states the day itself (not the month or year)."""
    return day.day is not None and any(
        d.start == day and any(span.contains(d.span) for span in meeting.evidence)
        for d in document.dates
    )
