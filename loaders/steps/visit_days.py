"""The days of a visit: which date a sentence gives it, how long it lasts, and when it began.

A visit's day is the date nearest its cue; "a two-day visit" or "the second day of her visit"
moves its first and last day, and "the visit began ..." or "the first visit since 2018" tell a
day the cue's sentence does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from dkg.loaders.document import DateMention, Document, PartialDate, Person, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.calendar_words import WEEKDAY_NAME
from dkg.loaders.steps.commemorated_dates import commemorated
from dkg.loaders.steps.context import SentenceView, Spanned
from dkg.loaders.steps.cue_views import views_that_may_hold
from dkg.loaders.steps.numerals import small_count
from dkg.loaders.steps.visit_status import TYPE_WORD, visit_type

M = TypeVar("M", bound=Spanned)
_DAYS = Prefiltered(
    r"\b(?P<n>\d|one|two|three|four|five|six|seven)[\s-]+days?\b"
    r"(?!\s+(?:later|earlier|after|before)\b)",
    re.IGNORECASE,
)
"""A visit's length ("a two-day visit"), not a distance in time ("two days later")."""
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
"""Day numbers within a visit; "final" and "last" name its last day."""
NTH_DAY = Prefiltered(
    r"\b(?:(?:on|during)\s+)?the\s+(?P<nth>first|second|third|fourth|fifth|sixth|final|last)"
    r"\s+day\s+of\s+(?:a|an|the|his|her|their|this|"
    r"(?-i:(?:[A-Z][\w.'\u2019-]*\s+){0,5}[A-Z][\w.-]*(?:'s|\u2019s)))\b",
    re.IGNORECASE,
)
"""A day told as the n-th of a visit, which therefore began n - 1 days before: "on Saturday,
the second day of her visit", "On the second day of the visit, X met Y", "on the second day
of Prime Minister X's visit"."""
_CONCLUDED = Prefiltered(
    r"\b(?:concluded|wrapped up|ended|completed|rounded off)\b"
    # The way home after the trip: "returned home yesterday after a five-day visit to India".
    r"|\b(?:returned|flew|came|got|arrived)\s+(?:back\s+)?home\b[^;.]{0,40}?\bafter\s+"
    r"(?:a|an|his|her|their)\b",
    re.IGNORECASE,
)
"""A day told as a visit's last: "concluded today a two-day visit", "returned home yesterday
after a five-day official visit"; the visit began its length less one day before."""


def counted_days(
    text: str, start: PartialDate | None, end: PartialDate | None, first_day: bool = False
) -> tuple[PartialDate | None, PartialDate | None]:
    """A visit's first and last day from the day told and the length or day number the
    sentence gives ("a two-day visit", "the second day of her visit"); ``first_day`` when the
    day told is the one the visit began ("which began on 31 May"), so no day number moves it."""
    nth = NTH_DAY.search(text)
    number = ORDINALS.get(nth["nth"].casefold()) if nth is not None else None
    if start is not None and number is not None and not first_day:
        # "on Saturday, the second day of her visit": the visit began the day before.
        start = start.shifted(1 - number)
    length = _DAYS.search(text)
    if start is not None and end is None and length:
        days = small_count(length["n"])
        if _CONCLUDED.search(text):
            # "concluded today a two-day visit": the day given is the last one.
            start, end = start.shifted(1 - days), start
        elif days >= 1:
            end = start.shifted(days - 1)  # "a one-day visit" ends the day it began
    return start, end


SAME_DAY = re.compile(
    r"(?:In|During|That|Later that|Later in the|On the same) ?(?:the )?"
    r"(?:morning|afternoon|evening|night|day)\b|The same day\b|Later that day\b",
    re.IGNORECASE,
)
"""A sentence that opens on a time of the day the story is telling ("In the evening, ...")."""
_TOLD_REACH = 600


def last_day_told(document: Document, before: int) -> PartialDate | None:
    """The last day named in the text shortly before an offset."""
    days = [
        d.start
        for d in document.dates
        if d.start.day is not None and before - _TOLD_REACH <= d.span.end <= before
    ]
    return days[-1] if days else None


_VISIT_BEGAN = Prefiltered(
    r"\b[Tt]he\s+(?:(?:state|official|working|[\w-]+-day)\s+)?visit\s+"
    r"(?:began|started|opened|got under way)\b"
    r"|\b[Tt]he\s+(?:(?:state|official|working|[\w-]+-day)\s+)?visit,\s+which\s+"
    r"(?:(?:he|she|they)\s+|the\s+(?:[A-Z][\w-]*\s+){1,4})(?:began|started)\b"
    r"|\b[Tt]he\s+day\s+of\s+(?:his|her|their)\s+arrival\b"
)
"""The start of the visit the document is about, stated as such: "The state visit began
yesterday, when ...", with the guest as the subject of a clause on it ("the state visit,
which the Chilean President began on Monday"), or named as the day the guest arrived ("On
Monday, the day of her arrival from Lima, she laid a wreath")."""


_ENDS = re.compile(
    r"\band\s+(?:it\s+)?(?:ends|ended|will\s+end|concludes|concluded|will\s+conclude|runs\s+until|ran\s+until|"
    r"lasts\s+until|lasted\s+until)\s+(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?$"
)
"""What the same sentence says before the visit's last day: "and ends on Thursday 15 February";
only a verb the visit is the subject of, joined to "began" ("a fair that ends" is the fair's)."""


def _stated_end(
    view: SentenceView, days: list[DateMention], start: PartialDate
) -> PartialDate | None:
    """The day the sentence that states a visit's start says it ends, if after the start."""
    for date in days:
        at = view.local(date.span)[0]
        if _ENDS.search(view.text, max(0, at - 30), at) and date.start.lexical > start.lexical:
            return date.start
    return None


def with_stated_start(visits: list[Visit], document: Document) -> list[Visit]:
    """Give the one visit under way the day "the visit began" when a sentence states it, and
    the day it ends when the same sentence says so ("started on Tuesday 13 February ... and
    ends on Thursday 15 February")."""
    happened = [i for i, v in enumerate(visits) if v.status == "happened"]
    if len(happened) != 1:
        return visits
    index = happened[0]
    for view in views_that_may_hold(_VISIT_BEGAN, document=document):
        began = _VISIT_BEGAN.search(view.text)
        if began is None:
            continue
        days = [d for d in view.dates if d.start.day is not None]
        if days:
            visit = visits[index]
            start = nearest(days, view, began)[0].start
            end = _stated_end(view, days, start) or visit.end
            evidence = tuple(sorted({*visit.evidence, view.sentence.span}))
            kind = visit.visit_type
            if kind == "unspecified" and TYPE_WORD.search(began.group()):
                kind = visit_type(view.text, began)  # "The state visit began on Monday"
            visits = [*visits]
            visits[index] = replace(visit, start=start, end=end, evidence=evidence, visit_type=kind)
            break
    return visits


_FIRST_SINCE = Prefiltered(
    r"\bfirst\b[^.;]{0,80}?\bsince\s+"
    r"(?:(?:that\s+of\s+|the\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+(?:of|by)\s+|(?-i:(?=[A-Z][a-z])))"
    r"(?P<who>[^,.;]{1,60}?)\s+in\s+)?",
    re.IGNORECASE,
)
"""A visit that is someone's "first to Egypt since 2018" (or "since that of X in June 2000",
"since the state visit of X in July 2005", "the first leader to visit Egypt since X in 2000")
tells of an earlier visit on that date."""
_GENERIC_VISITOR = re.compile(r"\b(?:by|of)\s+an?\b", re.IGNORECASE)
_GENERIC_HOST = re.compile(r"\b(?:to|visit)\s+an?\s+(?:[\w-]+\s+)?(?:country|nation|state)\b")
_TRIP_WORD = re.compile(r"\b(?:visit|trip)s?\b", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}\b")


def earlier_visits(
    document: Document, visits: list[Visit], people: dict[str, Person]
) -> list[tuple[Visit, bool]]:
    """The earlier visits that "the first visit since ..." implies: same host, by the same
    visitor or by the one named in "since that of X" (then True: the sentence names X's visit
    again, undated, which this dated one replaces; the visitor's own "first visit since 1979"
    is the visit being told, which stays)."""
    found: list[tuple[Visit, bool]] = []
    for view in views_that_may_hold(_FIRST_SINCE, document=document):
        since = _FIRST_SINCE.search(view.text)
        if since is None or not _TRIP_WORD.search(view.text):
            continue
        if _GENERIC_VISITOR.search(since.group()) and not since["who"]:
            continue  # "the first visit by a Canadian prime minister since 2016": who is unsaid
        if _GENERIC_HOST.search(since.group()):
            continue  # "the first leader to visit a country at war since 1945": no host named
        at = view.start + since.end()
        dated = next((d.start for d in view.dates if d.span.start == at), None)
        year = _BARE_YEAR.match(view.text, since.end())
        when = dated or (PartialDate(int(year.group())) if year else None)
        if when is None or commemorated(view.text, since.end(), year.end() if year else at):
            continue  # "the first since 1964, when ties were set up": no visit then
        hosts = {c.iso2 for c in view.countries}
        told = next(
            (v for v in visits if not hosts or v.host_country in hosts),
            None,
        )
        if told is None:
            continue
        visitor, visitor_country = told.visitor, told.visitor_country
        if since["who"]:
            # The person "since X in 2011" names, not one of a later clause ("... under Lula").
            who = range(since.start("who"), since.end("who"))
            named = [m.person for m in view.people if view.local(m.span)[0] in who]
            if not named:
                continue
            visitor = named[0]
            visitor_country = people[visitor].country if visitor in people else None
        earlier = Visit(
            visitor=visitor,
            visitor_country=visitor_country,
            host_country=told.host_country,
            place=None,
            start=when,
            end=None,
            visit_type="unspecified",
            status="happened",
            evidence=(view.sentence.span,),
        )
        found.append((earlier, bool(since["who"])))
    return found


_WEEKDAY_ONLY = re.compile(
    rf"(?:(?:on|from|to|until|till)\s+)?{WEEKDAY_NAME},\s+$",
    re.IGNORECASE,
)


def stated_days(view: SentenceView) -> list[DateMention]:
    """The sentence's dates without a weekday that the full date after it restates: in
    "on Monday, 26 November" or "from Sunday, October 13, to Tuesday, October 15" the days are
    the full dates even when the weekdays were read apart."""
    starts = {view.local(d.span)[0] for d in view.dates}
    kept = []
    for date in view.dates:
        start, end = view.local(date.span)
        if end + 2 in starts and _WEEKDAY_ONLY.fullmatch(view.text, start, end + 2):
            continue
        kept.append(date)
    return kept


_STOP_DAY = re.compile(r"\s+on\s+$")
"""What lies between a stop and its own day: "... to end the journey in Ulaanbaatar on "."""


def day_after(view: SentenceView, end: int, *, own_leg: bool = False) -> PartialDate | None:
    """The day a tour's stop ending at ``end`` of the sentence is given right after it: "and
    to end the journey in Ulaanbaatar on 12 August", "then to Peru on 14 May".

    A weekday's mention takes in its "on"; it is the stop's own day only when the stop opens
    a leg of its own (``own_leg``: "and to Tanzania on Thursday"): the last country of a list
    ("cancelled a trip to Peru and Chile on Friday") is followed by the verb's day."""
    for date in view.dates:
        start, _ = view.local(date.span)
        if start <= end or not date.start.day:
            continue
        gap = view.text[end:start]
        if _STOP_DAY.fullmatch(gap + " ") or (own_leg and gap.isspace()):
            return date.start
    return None


def nearest(mentions: Sequence[M], view: SentenceView, cue: re.Match[str]) -> list[M]:
    """Mentions ordered by closeness to a cue; on a tie, the one after it ("visited X on 3 May")."""

    def distance(mention: M) -> int:
        start, end = view.local(mention.span)
        return start - cue.end() if start >= cue.start() else cue.start() - end + 1

    return sorted(mentions, key=distance)


_OF_YEAR = re.compile(r"\b(?:of|until|till|through|by)\s+\d{4}$")
_PART_OF_YEAR = re.compile(
    r"\bfor\s+the\s+(?:first|second|third|fourth)\s+"
    r"(?:half|semester|quarter|trimester)\s+$",
    re.IGNORECASE,
)
"""The part of a year a trip is set for ("accepted for the first half of 2026"): its time, no
attribute; "in the first half of 2025" may be a figure's period, and "by the end of 2030" a
horizon."""


def attribute_year(view: SentenceView, date: DateMention) -> bool:
    """A bare year that qualifies a noun ("the massacre of 1937") or sets a horizon ("a plan
    of cooperation until 2030", "raise trade to $150 billion by 2030") dates no talks and no
    visit told in the same sentence."""
    start, end = view.local(date.span)
    if _PART_OF_YEAR.search(view.text, max(0, start - 30), start):
        return False  # "for the first semester of 2025": a part of the year, when it happens
    return date.start.month is None and bool(_OF_YEAR.search(view.text, max(0, start - 8), end))
