"""The stop a visitor came from, told in a clause about what they did there: "arrived from
Geneva, where he addressed the Human Rights Council", "flew in from Lima, where she had held
talks with President Boluarte".

Such an earlier stop of the trip told with a past action is a visit that happened. A place the
visitor lives in ("where he lives"), or an airport transit ("where the plane refuelled"), is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import DateMention, PlaceMention, Visit
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAME, WEEKDAY_NAME
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.visit_scope import ORIGIN_CLAUSE

ORIGIN_CLAUSE_END = re.compile(r"[;.]|,\s+(?:and|but|then|before)\b")
"""Where the clause about the place of origin ends: "arrived from Japan, where he attended
the summit, and flies on to Australia" goes back to the trip told."""


_ARRIVAL_DAY = (
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?"
    rf"(?:{WEEKDAY_NAME}|\d{{1,2}}(?:st|nd|rd|th)?\s+{FULL_MONTH_NAME}|{FULL_MONTH_NAME}\s+\d{{1,2}}"
    r"|yesterday|today|last\s+night)(?:\s+(?:morning|afternoon|evening|night))?"
)
"""The day of the arrival, told between the verb and its "from": "arrived on Sunday evening
from", "arrived in Hanoi on 4 March from"."""
_FROM_ORIGIN = re.compile(
    # "arrived in Lisbon on Thursday coming from Madrid": the destination, then the origin
    r"(?:\s+(?:in|to|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'\u2019-]*){0,3})?"
    rf"(?:{_ARRIVAL_DAY})?(?:,?\s+(?:coming|arriving|travel+ing|flying))?"
    r"\s+(?:back\s+)?(?=from\b)",
    re.IGNORECASE,
)
"""The cue's own "from": "arrived from", "flew in from", "flew back from", "arrived in Lisbon
coming from", "landed at Ezeiza from", and the same with the day of arrival before it
("arrived in Hanoi on Monday from Vientiane")."""
_PAST_ACTION = re.compile(
    r"\s+(?:on\s+[A-Z]\w+\s+|earlier\s+|the\s+day\s+before\s+|a\s+day\s+earlier\s+)?"
    r"(?:he|she|they|(?:his|her)\s+(?:majesty|highness|excellency)|(?-i:[A-Z])[\w'\u2019-]+)\s+"
    r"(?!(?:had\s+)?(?:(?:also|earlier|just)\s+)?(?:lived|worked|studied|served|grew|resided|settled|married|"
    r"retired)\b)(?:had\s+)?(?:also\s+|earlier\s+|just\s+)?"
    r"(?:[a-z]+ed|met|held|had|spoke|gave|took|led|made|saw|went|paid|laid|sat|won|told|"
    r"chose|began|sought|brought|wrote|read)\b",
    re.IGNORECASE,
)
"""A clause telling what the visitor did at the earlier stop, in the past: "where he addressed
the council", "where on Monday she had held talks", "where His Majesty concluded a visit". A
present ("where he lives") or a life spent there ("where she had studied", "where he served as
ambassador") is no stop of the trip."""
_PREVIOUS_STOP = re.compile(
    r"from\s+(?:the\s+)?(?P<origin>[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,3}),"
    r"\s+(?:the|his|her|their)\s+(?:previous|last|first|earlier|second|third|fourth)\s+"
    r"(?:stop|leg)\b"
)
"""The place a visitor came from told as an earlier stop of the trip: "landed from Trinidad
and Tobago, the previous stop on a five-nation tour"."""
_TRANSIT = re.compile(
    r"\b(?:refuel\w*|transit\w*|layovers?|stopovers?|changed\s+planes|connecting\s+flights?)\b",
    re.IGNORECASE,
)
"""A stop to change planes or refuel at an airport is a transit, not a visit."""


def named_at(view: SentenceView, at: int) -> tuple[str, PlaceMention | None] | None:
    """The country (and a place in it) named at document offset ``at``, by a country's name or
    a city's."""
    for country in view.countries:
        if country.span.start == at and country.form == "name":
            return country.iso2, next((p for p in view.places if p.country == country.iso2), None)
    return next(((p.country, p) for p in view.places if p.span.start == at and p.country), None)


def origin_stop(view: SentenceView, cue: re.Match[str], visit: Visit) -> list[Visit]:
    """The visit to the place a visitor came from when a clause tells what they did there:
    "arrived from Geneva, where he addressed the Human Rights Council" made a stop in
    Switzerland, on the clause's day if it names one."""
    came = _FROM_ORIGIN.match(view.text, cue.end())
    if came is None:
        return []
    previous = _PREVIOUS_STOP.match(view.text, came.end())
    if previous is not None:  # "landed from Trinidad and Tobago, the previous stop on a tour"
        named = named_at(view, view.start + previous.start("origin"))
        if named is None or named[0] in (visit.host_country, visit.visitor_country):
            return []
        return [_stop(visit, named, None)]
    clause = ORIGIN_CLAUSE.match(view.text, came.end())
    if clause is None:
        return []
    if clause["word"] != "where" or not _PAST_ACTION.match(view.text, clause.end()):
        return []
    end = ORIGIN_CLAUSE_END.search(view.text, clause.end())
    until = end.start() if end is not None else len(view.text)
    if _TRANSIT.search(view.text, clause.end(), until):
        return []
    named = named_at(view, view.start + clause.start("origin"))
    if named is None or named[0] in (visit.host_country, visit.visitor_country):
        return []
    dates = [d for d in view.dates if clause.end() <= view.local(d.span)[0] < until]
    return [_stop(visit, named, dates[0] if dates else None)]


def _stop(visit: Visit, named: tuple[str, PlaceMention | None], day: DateMention | None) -> Visit:
    """The earlier stop of ``visit``'s trip in the country (and place) ``named``, made on the
    ``day`` the clause about it tells ("where he held talks on 3 and 4 March"), if any."""
    return replace(
        visit,
        host_country=named[0],
        place=named[1],
        start=day.start if day else None,
        end=day.end if day else None,
        visit_type="unspecified",
        status="happened",
    )
