"""Talks abroad: the visit that talks held abroad tell when no sentence names it.

"Kishida was received in Abu Dhabi by President X" tells a trip to the Emirates though no
sentence says he went there. This reads visits from the meetings once they are tied to the
visits told (meeting_visits.py), so it is a step of its own after them, with the checks that
keep talks at a summit, talks with a resident ambassador or talks of a visit told elsewhere
from becoming trips.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Meeting, PartialDate, Visit
from dkg.loaders.gazetteer import fold
from dkg.loaders.steps.envoy_postings import resident_envoy
from dkg.loaders.steps.home_returns import back_from_a_trip
from dkg.loaders.steps.leader_posts import LEADER_TITLES
from dkg.loaders.steps.meeting_merging import same_day
from dkg.loaders.steps.meeting_visits import another_time
from dkg.loaders.steps.relative_dates import whole_day
from dkg.loaders.steps.stated_starts import told_as_start
from dkg.loaders.steps.visit_datelines import filed_from, opening_city
from dkg.loaders.steps.visit_days import NTH_DAY, with_stated_start
from dkg.loaders.steps.visit_destinations import ACCOMPANIES

_SIDELINES = re.compile(r"\bon the (?:sidelines|margins|fringes) of\b", re.IGNORECASE)
_AT_A_SUMMIT = re.compile(
    r"\b(?:during|at|(?:with)?in the (?:framework|course) of|on the occasion of)\s+(?:the|a|an)"
    r"\s+(?:[\w'\u2019-]+\s+){0,6}?(?:summit|general\s+assembly|heads\s+of\s+(?:state|"
    r"government))\b",
    re.IGNORECASE,
)
"""Talks told as held at a summit: "met X in Brussels during the EU-ASEAN Summit", "at the
Commonwealth Heads of Government Meeting". Between guests each of a known third country they
tell no trip to the summit's country of either: the trip there was to the summit. One side of
no known country may be the summit's host, whom the guest did visit."""


def visits_from_meetings(document: Document) -> Document:
    """Talks held abroad tell a visit no sentence names: "Kishida was received in Abu Dhabi by
    President X", "In Doha, the Emir received the Japanese prime minister".

    The one participant of a known foreign country made a visit to the country of the talks'
    place on their day, when the others are of that country (or of none known) and no visit
    of that person to that country is told already. A visit told without a day of its own
    takes the day of the first talks held during it.
    """
    if not document.meetings:
        return document  # no talks: no visit they tell, none they date
    countries = {p.key: p.country for p in document.people}
    # An ambassador received is one who lives there: talks, not a visit.
    envoys = {p.key for p in document.people if any(resident_envoy(t.title) for t in p.posts)}
    leaders = {
        p.key for p in document.people if any(fold(t.title) in LEADER_TITLES for t in p.posts)
    }
    visits = _dated_by_talks(document)
    meetings = list(document.meetings)
    # A story from a summit's city tells talks between guests there: no one's trip is told.
    # Only talks of no visit that no sentence places take the dateline's city, so the whole
    # text is searched for a summit only when it tells such talks.
    unplaced = any(_of_no_visit(m) and m.place is None for m in meetings)
    dateline = (
        opening_city(document) if unplaced and _SIDELINES.search(document.text) is None else None
    )
    for index, meeting in enumerate(meetings):
        if not _of_no_visit(meeting):
            continue
        place = meeting.place or filed_from(meeting, dateline, countries, document.filed, visits)
        if place is None:
            continue
        told = meeting.evidence[0]
        if meeting.place is not None and back_from_a_trip(
            document.text, meeting.place.span.start, meeting.place.span.end
        ):
            continue  # "is back in Suva after a visit to Korea, where he held talks": home
        local = any(countries.get(k) == place.country for k in meeting.participants)
        if not local and _SIDELINES.search(document.text, told.start, told.end):
            # talks at a summit elsewhere, between guests: a multilateral trip; talks there
            # with the summit's host still tell the guest's trip to the host's country
            continue
        if (
            not local
            and all(countries.get(k) is not None for k in meeting.participants)
            and _AT_A_SUMMIT.search(document.text, told.start, told.end)
        ):
            continue  # "met X in Brussels during the EU-ASEAN Summit", both guests there
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
            and not another_time(v, meeting)
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


def _of_no_visit(meeting: Meeting) -> bool:
    """Whether talks were held in person and belong to no visit told: only such talks may
    tell a visit of their own."""
    return meeting.during_visit is None and meeting.mode == "in-person"


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
    """The visits, each undated one that happened (or one dated by the filing day a few days
    after them) dated by the first day of talks held during it: "X received Y at the palace on
    Monday (30)" dates "Y arrived in Brasilia after stops in ...", whose sentence gives its
    days to the stops. Only a day the talks' own sentence states counts: talks dated by the day
    the story was filed tell nothing new, and a month or year is more often a background remark
    ("who had visited Washington in January 2023"). Talks the visit's own sentence tells
    ("Within the framework of the official visit, X held talks") are its news, so their day is
    the visit's whichever way it was read."""
    visits = list(document.visits)
    for index, visit in enumerate(visits):
        if visit.status != "happened" or (visit.start is not None and visit.start.day is None):
            continue
        days = sorted(
            (
                m.date
                for m in document.meetings
                if m.during_visit == index
                and m.date is not None
                and (_stated(m, m.date, document) or _told_with(visit, m, document))
                # a visit dated only by the filing day it was under way on ("X, who is on a
                # state visit") began by the day of its own talks
                and (
                    visit.start is None
                    or (visit.start == document.filed and _own_talks(m, index, visits))
                )
            ),
            key=lambda day: day.lexical,
        )
        if days and (visit.start is None or _days_before(days[0], visit.start)):
            visits[index] = replace(visit, start=days[0])
    return visits


def _own_talks(meeting: Meeting, index: int, visits: list[Visit]) -> bool:
    """Whether talks tied to the visit at ``index`` are told apart from every other visit: a
    dated visit moves for its own talks only, not for talks told with an earlier stop ("arrived
    from Ghana, where she had held talks on Tuesday")."""
    told = meeting.evidence[0]
    return not any(told in v.evidence for at, v in enumerate(visits) if at != index)


def _days_before(talks: PartialDate, start: PartialDate) -> bool:
    """Whether the talks' full day lies a few days before the visit's full first day."""
    talks_day, first_day = whole_day(talks), whole_day(start)
    return talks_day is not None and first_day is not None and 0 < (first_day - talks_day).days <= 7


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
