"""A visit's first and last day from the dates its own sentence writes around its cue.

Dates in the sentence of a visit may be another cue's, an earlier leg's, a relative clause's
about the visitor's past, or an event's; this keeps the visit's own and picks the one told as
its start, else the nearest, then widens it by a length told ("a three-day visit").
"""

from __future__ import annotations

import re

from dkg.loaders.document import DateMention, PartialDate, TextSpan
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.stated_starts import told_as_start
from dkg.loaders.steps.visit_cues import CUE, LEG
from dkg.loaders.steps.visit_days import attribute_year, counted_days, nearest, stated_days
from dkg.loaders.steps.visit_scope import of_this_visit
from dkg.loaders.steps.visit_status import status_of

_ASIDE = re.compile(r",\s+(?:who|whose)\s[^,;()]*,")
"""A relative clause set off by commas before the cue, about its subject's past: "X, who was
sworn in only in September, arrived on Wednesday" arrived on Wednesday; unless it tells when
the stay began ("X, who has been in Lima since Monday, met Y")."""


_PAST_THERE = re.compile(
    r",\s+where\s+(?:he|she|they)\s+(?:had|once|used\s+to|was\s+born|were\s+born)\b[^,;.]*",
    re.IGNORECASE,
)
"""A clause about the traveller's own past at the destination: "left for Japan, where he had
studied in 1990" or "flew to Ghana, where she was born in 1961"; its date is not the trip's."""


_SUPERSEDED = re.compile(
    r"\b(?:first|originally|initially)\s+(?:set|scheduled|planned|slated)\s+(?:for|on)\s+$",
    re.IGNORECASE,
)
"""The first plan of a visit that then took place on another day: "The state visit, first set
for 4 and 5 May, was pushed back a day" did not happen on 4 May. A visit that was postponed or
called off keeps that plan as its day (``status_of``)."""


def _asides(text: str, cue: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the clauses whose dates are not the visit's: an aside about the subject
    before the cue (``_ASIDE``), the traveller's past at the destination after it
    (``_PAST_THERE``)."""
    asides = [a.span() for a in _ASIDE.finditer(text, 0, cue.start())]
    return asides + [p.span() for p in _PAST_THERE.finditer(text, cue.end())]


def _superseded(text: str, start: int) -> bool:
    """Whether the date at ``start`` is told as a visit's first plan ("first set for")."""
    return _SUPERSEDED.search(text, max(0, start - 40), start) is not None


_AFTER = re.compile(
    r",\s+(?:(?:a|an|one|two|three|four|five|six|\d+|several|some|just|only|shortly|soon|"
    r"days|weeks|months|hours|day|week|month|fortnight)\s+){0,3}after(?:\s+[\w-]+){0,4}\s*$",
    re.IGNORECASE,
)
"""Between the day of a visit cued earlier and a trip told as made before it: "arrived in
Canberra on Monday, days after attending the summit in Tokyo", "..., a week after a visit to
Seoul". The day is the arrival's; the trip before has none of its own there. A day that opens
the sentence is everyone's ("On Monday, after landing in Tokyo, she met X")."""


_COUNTED_FROM_VISIT = re.compile(r"\beve\s+of\b|\bafter\s+(?:\w+\s+){0,2}?(?:arriv|land)", re.I)
"""A day counted from a visit or its arrival ("on the eve of the visit", "a day after he
arrived"): a day before or after a visit's own, which is never the first day of one."""


def _counted_from(view: SentenceView, span: TextSpan) -> bool:
    """Whether the date at ``span`` is counted from a visit (``_COUNTED_FROM_VISIT``)."""
    start, end = view.local(span)
    return _COUNTED_FROM_VISIT.search(view.text, start, end) is not None


_LEFT_HOME = re.compile(
    r"\b(?:left|departed|leaving|departing|leaves?|departs?)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}"
    r"(?:on\s+)?$"
)
"""A departure before the arrival it leads to: "left Dhaka on 4 May by special flight and
arrived at Narita on 5 May". The day leaving home is no day of the visit at the destination."""
_ARRIVAL = re.compile(r"arriv|land|touch", re.IGNORECASE)
_AND_NEXT = re.compile(r"[^,;.]{0,20}?\s+and\s+(?:then\s+)?$")
"""A departure's day joined to the next leg's own verb: "departs Belize this evening and
concludes his tour in Havana on Sunday": the evening is the departure's."""


def _left_on(view: SentenceView, cue: re.Match[str], span: TextSpan) -> bool:
    """Whether the date at ``span``, before an arrival cue or a next leg's verb joined to the
    departure by "and", is the day a departure tells."""
    start, end = view.local(span)
    return (
        start < cue.start()
        and (
            _ARRIVAL.match(cue.group()) is not None
            or _AND_NEXT.fullmatch(view.text, end, cue.start()) is not None
        )
        and _LEFT_HOME.search(view.text, max(0, start - 50), start) is not None
    )


_UNTIL = SkipAheadPattern(r"\b(?:until|till|through)\s+(?:this\s+|next\s+)?$", re.IGNORECASE)
"""What puts a lone date at a visit's end: "on a visit to Peru until Saturday"."""


def cue_days(
    view: SentenceView, cue: re.Match[str], later_cue: re.Match[str] | None
) -> tuple[PartialDate | None, PartialDate | None]:
    """The first and last day of the visit the cue tells, when its sentence dates it.

    ``later_cue`` is the sentence's next match of ``CUE`` after ``cue``, which the caller
    found already while scanning the sentence for its cues; it bounds the dates of this visit.
    """
    text = view.text
    days = stated_days(view)
    asides = _asides(text, cue) if days else []
    dates = [
        d
        for d in days
        if of_this_visit(text, view, cue, d.span)
        and not attribute_year(view, d)
        and not _counted_from(view, d.span)
        and not any(
            start <= view.local(d.span)[0] < end and not told_as_start(text, view.local(d.span)[0])
            for start, end in asides
        )
    ]
    departed = [d for d in dates if _left_on(view, cue, d.span)]
    if departed and len(departed) < len(dates):
        dates = [d for d in dates if d not in departed]  # the arrival's own day is told too
    superseded = [d for d in dates if _superseded(text, view.local(d.span)[0])]
    if superseded and status_of(text, cue) == "happened":
        dates = [d for d in dates if d not in superseded]
    # An earlier cue only takes away a date told "after" it, just before this cue: a visit
    # with no such date needs no scan for one.
    after = [d for d in dates if _AFTER.match(text, view.local(d.span)[1], cue.start())]
    earlier = CUE.search(text, 0, cue.start()) if after else None
    if earlier is not None:
        # "arrived in Canberra on Monday, days after attending the summit in Tokyo"
        dates = [d for d in dates if not (d in after and earlier.end() <= view.local(d.span)[0])]
    if LEG.match(cue.group()):
        # "arrived on Monday on a tour that takes him to Jordan": the days before the cue are
        # the first leg's; a day inside the cue is its own ("continue on Wednesday 7 June to").
        dates = [d for d in dates if view.local(d.span)[0] >= cue.start()]
    if any(view.local(d.span)[0] >= cue.end() for d in dates):
        # A date after a later cue of the sentence is that visit's ("X's coming visit to
        # Nigeria and Y's state visit to Berlin in 2023"); only dates after this cue can be.
        until = later_cue.start() if later_cue is not None else len(text)
        # And then a date before this cue is an earlier cue's ("the visit of A to X in May
        # 2016 and the visit of B to Y in March 2021"); the scan for one is needed only when
        # such a date is left (and was not scanned for above).
        before = any(view.local(d.span)[0] < cue.start() for d in dates)
        if before and not after:
            earlier = CUE.search(text, 0, cue.start())
        since = cue.start() if earlier is not None else 0
        dates = [d for d in dates if since <= view.local(d.span)[0] < until]
    # "a state visit to Peru until Saturday": the day it lasts until is its last, not its first
    ends = [d for d in dates if _UNTIL.search(text, 0, view.local(d.span)[0])]
    dates = [d for d in dates if d not in ends]
    # "met X on 16 January, on a visit that began the day before": the told first day wins.
    began = [d for d in dates if told_as_start(text, view.local(d.span)[0])]
    # "held talks on 11 March, during his official visit to France from 10 to 12 March": the
    # range after the cue is the visit's own span, the day before it the talks'
    spans = [d for d in dates if d.end is not None and view.local(d.span)[0] >= cue.end()]
    dates = _day_within_month(began or spans[:1] or nearest(dates, view, cue))
    start = dates[0].start if dates else None
    end = dates[0].end if dates else None
    if ends and (end is None or start is None):
        end = ends[0].end or ends[0].start
    # A range ("from 25 to 27 May") is the visit's own span, so its first day is the visit's
    # first: "on the second day of the visit he pays from 25 to 27 May" counts back from none.
    first_day = bool(dates) and (
        dates[0].end is not None or told_as_start(text, view.local(dates[0].span)[0])
    )
    start, end = counted_days(text, start, end, first_day)
    if start is None and cue.group().endswith("for"):
        start, end = _destination_days(view, cue)
    return start, end


def _day_within_month(dates: list[DateMention]) -> list[DateMention]:
    """The dates with a day of the month the nearest one names first: "will return to Qatar
    later this month to attend a meeting in Doha on April 28-29" is on April 28; the month
    alone only says when, the event's days say which day."""
    if not dates or dates[0].start.day is not None or dates[0].start.month is None:
        return dates
    month = dates[0].start
    finer = next(
        (
            d
            for d in dates[1:]
            if d.start.day is not None
            and (d.start.year, d.start.month) == (month.year, month.month)
        ),
        None,
    )
    return dates if finer is None else [finer, *(d for d in dates if d is not finer)]


_WHERE = re.compile(r"[^,;.]*,\s+where\s+(?:he|she|they)\s+(?!(?:had|once|used|was\s+born)\b)")
"""A departure's destination and the clause about what the traveller does there: "left for
Japan, where he will"; not the traveller's past there ("where he had studied in 1990")."""
_NEXT_LEG = re.compile(r",?\s+(?:before|after|then|and\s+then)\b|;")


def _destination_days(
    view: SentenceView, cue: re.Match[str]
) -> tuple[PartialDate | None, PartialDate | None]:
    """The days of what an undated departure's traveller does at the destination ("left for
    Japan, where he will attend the summit in Osaka on 4-5 May, before ..."): the days of
    that leg, not of the next one the sentence goes on to."""
    where = _WHERE.match(view.text, cue.end())
    if where is None:
        return None, None
    stop = _NEXT_LEG.search(view.text, where.end())
    until = stop.start() if stop is not None else len(view.text)
    day = next((d for d in view.dates if where.end() <= view.local(d.span)[0] < until), None)
    return (day.start, day.end) if day is not None else (None, None)
