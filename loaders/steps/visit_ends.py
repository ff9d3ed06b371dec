"""The last day of a visit told on its own: "The visit runs until Monday, 17 June", "she stays
until 6 June", "the talks continue through Thursday", "is scheduled to depart Seoul on Thursday,
14 March, concluding the State Visit".

News often gives a visit's first day where it reports the arrival and its last day in a later
sentence about the programme; the visit, its talks or its guest is the subject there. A fair,
a ceasefire or a mandate that "runs until" a day is no visit, so only those subjects count.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from dkg.loaders.document import Document, PartialDate, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.calendar_words import WEEKDAY_NAME
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.cue_views import views_that_may_hold

_RUNS_UNTIL = Prefiltered(
    r"\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay|talks)|"
    r"[Tt]he\s+(?:guest|visitor|delegation)|[Hh]e|[Ss]he|[Tt]hey)"
    r"\s+(?:(?:will|is\s+due\s+to|is\s+set\s+to|is\s+expected\s+to|is\s+to)\s+)?"
    r"(?:runs?|continues?|lasts?|stays?|remains?|is\s+staying|is\s+running|goes\s+on)"
    r"(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
    r"\s+(?:until|till|through)\s+(?:on\s+)?"
)
"""A visit, its talks or its guest going on until a day: "The state visit runs until",
"she stays in Delhi until", "the talks will continue through"; "an exhibition runs until" and
"he remains in office until" are not a visit's."""
_DEPARTS_CONCLUDING = Prefiltered(
    r"\b(?:depart(?:s|ed|ing)?|leaves?|left|leaving)\b(?P<when>[^;.]{1,70}?),?\s+"
    r"(?:concluding|ending|wrapping\s+up|rounding\s+off|bringing\s+to\s+a\s+close)\s+"
    r"(?:the|his|her|their|a)\s+(?:[\w-]+\s+){0,3}?(?:[Vv]isit|trip|tour|stay)\b"
)
"""The guest's departure that closes the visit, with its day between: "is scheduled to depart
Seoul on Thursday, 14 March, concluding the State Visit", "left Hanoi on 6 May, ending his
three-day trip". A departure that concludes nothing ("left for Paris on Monday") is the start
of another trip, visit_departures.py's."""
_BEFORE_DAY = re.compile(rf"(?:{WEEKDAY_NAME},?\s+)?(?:the\s+)?")
"""What may stand between "until" and the date it names: "until Monday, 17 June"."""
_LONGEST_VISIT = 21
"""Days a visit may last: a stated end further from the start than this is some other day."""


def _as_date(day: PartialDate) -> datetime.date | None:
    """The calendar day a partial date names, when it names one."""
    if day.year is None or day.month is None or day.day is None:
        return None
    return datetime.date(day.year, day.month, day.day)


def with_stated_end(visits: list[Visit], document: Document) -> list[Visit]:
    """Give a visit with no last day the day a sentence says it goes on until or closes with
    the guest's departure; the visit is the one (happened or announced) that began up to
    three weeks before that day, and only when no other visit did."""
    for view in views_that_may_hold(_RUNS_UNTIL, _DEPARTS_CONCLUDING, document=document):
        told = _last_days(view)
        last_day = _as_date(told[-1]) if told else None
        if last_day is None:
            continue
        running = [
            i
            for i, v in enumerate(visits)
            if v.status in ("happened", "announced")
            and v.start is not None
            and (first := _as_date(v.start)) is not None
            and 0 < (last_day - first).days <= _LONGEST_VISIT
        ]
        if len(running) != 1 or visits[running[0]].end is not None:
            continue
        visit = visits[running[0]]
        evidence = tuple(sorted({*visit.evidence, view.sentence.span}))
        visits = [*visits]
        visits[running[0]] = replace(visit, end=told[-1], evidence=evidence)
    return visits


def _last_days(view: SentenceView) -> list[PartialDate]:
    """The days a sentence names as the visit's last: right after "until" ("until Thursday,
    6 June": the day the date names, not the weekday read alone), or between the departure
    and what it concludes."""
    cue = _RUNS_UNTIL.search(view.text)
    if cue is not None:
        return [
            d.start
            for d in view.dates
            if d.start.day is not None
            and _BEFORE_DAY.fullmatch(view.text, cue.end(), view.local(d.span)[0])
        ]
    closing = _DEPARTS_CONCLUDING.search(view.text)
    if closing is None:
        return []
    start, end = closing.span("when")
    return [
        d.start
        for d in view.dates
        if d.start.day is not None and start <= view.local(d.span)[0] < end
    ]
