"""Visits a retrospective tells as repeats of the one just named: "He returned to Tokyo in
December 1999, and again in June 2008", "visited Paris in 2010 and again in 2015", "paid
visits to Korea in March 2021 and in October 2021", "visited Rabat in May, before returning
on May 30".

The repeat has no verb of its own: "and again" followed by a date is the same visitor's trip to
the same place on that date, a visit of its own (one trip per date). "again" without a date
("met again later") tells no second trip, and a date joined without "again" ("in 2010 and
2015") is left to the dates of the first, unless the cue itself counts several trips ("paid
visits to"). "before returning on" a date is a trip back there, with the companions the clause
names after that date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Visit
from dkg.loaders.steps.context import SentenceView

_AGAIN = re.compile(r",?\s+and\s+(?:then\s+)?again(?:\s+(?:in|on))?\s+$")
"""What joins a repeat's date to the sentence before it: ", and again in "; a bare year's
mention holds its own "in" ("and again in 1960")."""


_LISTED = re.compile(r",?\s+and\s+(?:in|on)\s+$")
"""What joins a further date to a cue that counts several trips: "visits to X in March 2021
and in October 2021" (the "in" said again, so "in March and October" stays one date's)."""
_PLURAL = re.compile(r"visits\s*$|trips\s*$", re.IGNORECASE)
"""A cue that counts several trips ("paid visits to", "made two trips to")."""
_RETURNING = re.compile(
    r",?\s+(?:before|and(?:\s+then)?|then)\s+return(?:ing|ed)(?:\s+there)?(?:\s+(?:in|on))?\s+$",
    re.IGNORECASE,
)
"""A trip back to the same place told with its date: "visited Rabat in May 2022, before
returning on May 30, 2022"."""
_JOIN_REACH = 32


def repeated_visits(
    view: SentenceView, cue: re.Match[str], visit: Visit
) -> list[tuple[Visit, int, bool]]:
    """The repeats of ``visit`` the sentence dates after the visit's own date ("and again in
    ...", "before returning on ...", "and in ..." after a plural cue), each with the offset in
    the sentence where its date ends and whether it is a return (whose companions the clause
    names after that date)."""
    if visit.start is None:
        return []
    plural = _PLURAL.search(cue.group()) is not None
    repeats = []
    for date in view.dates:
        start, end = view.local(date.span)
        if date.start == visit.start:
            continue
        before = max(0, start - _JOIN_REACH)
        returning = _RETURNING.search(view.text, before, start) is not None
        listed = plural and start > cue.end() and _LISTED.search(view.text, before, start)
        if returning or listed or _AGAIN.search(view.text, before, start):
            repeats.append((replace(visit, start=date.start, end=None), end, returning))
    return repeats


def joined_at(view: SentenceView, repeats: list[tuple[Visit, int, bool]]) -> int | None:
    """Where the first return among ``repeats`` is joined to the sentence: the companions
    named after it travelled on that trip back, not on the first."""
    for repeat, end, returning in repeats:
        if returning and repeat.start is not None:
            at = view.text.rfind("return", 0, end)
            return at if at >= 0 else None
    return None


_RETURNED_IN = re.compile(r"(?:returned|returns|(?P<came>came(?:\s+here)?))\s+in$", re.IGNORECASE)
"""A trip back told with its date where its destination would stand: "She returned in 1979",
"He last came in May 2016" (where the story's visit is, however long ago it was told)."""
_NO_TRIP_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:as\s|to\s+(?:power|office|politics|government|the\s+(?:cabinet|"
    r"presidency|premiership)))",
    re.IGNORECASE,
)
"""A return to a post, not to a place: "returned in 1980 as prime minister", "to power"."""
_TOLD_JUST_BEFORE = 400
"""How far back (in characters, about two sentences) the trip returned from may have been told:
further back, "returned" may as well be the way home."""


def returned_to(
    view: SentenceView, cue: re.Match[str], told: list[Visit], visitor: str
) -> str | None:
    """The country of a trip back told without its destination ("Indira Gandhi visited Sri
    Lanka in 1973. She returned in 1979"; "X is on a visit to Chile. X last came in 2016"):
    the one the visitor's visit told just before went to. None when the cue names no date
    where its destination would be, the return is to a post ("returned in 1980 as prime
    minister"), or no visit of the visitor was just told."""
    back = _RETURNED_IN.search(cue.group())
    if back is None:
        return None
    # the date's span begins at the cue's "in" ("in 1979") or after it ("in May 1979")
    after = len(view.text) - len(view.text[cue.end() :].lstrip())
    dated = [d for d in view.dates if view.local(d.span)[0] in (cue.end() - 2, after)]
    if not dated or _NO_TRIP_AFTER.match(view.text, view.local(dated[0].span)[1]):
        return None
    trips = [
        v
        for v in told
        if v.visitor == visitor
        and v.status == "happened"
        and (back["came"] or view.start - v.evidence[-1].end <= _TOLD_JUST_BEFORE)
    ]
    return trips[-1].host_country if trips else None
