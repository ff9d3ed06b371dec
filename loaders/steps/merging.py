"""Merging the mentions of one visit, told in several sentences, into one Visit.

Several sentences often tell one visit: the arrival, the talks, a background remark. They are
one visit when visitor, host and outcome agree and their dates are compatible ("2024-11" and
"2024-11-08" can be one visit; "2024-04" and "2024-11-08" cannot; days a few apart are one
trip). The merged visit keeps the most precise date, and of two days the earlier (later
sentences tell later days).
"""

from __future__ import annotations

import datetime
from collections.abc import Collection

from dkg.loaders.document import LEAP_YEAR, PartialDate, Visit


def merge_visits(visits: list[Visit], apart: Collection[Visit] = ()) -> list[Visit]:
    """Merge mentions of one visit: same visitor, host and status, compatible years. A visit
    in ``apart`` is a further trip its sentence dates on its own ("visited Rabat in May 2022,
    before returning on May 30, 2022"): it merges with no other date of that sentence."""
    merged: list[Visit] = []
    for visit in visits:
        for index, known in enumerate(merged):
            if visit in apart and _told_apart(known, visit):
                continue
            if _same_visit(known, visit):
                merged[index] = _combine(known, visit)
                break
        else:
            merged.append(visit)
    return merged


def _told_apart(known: Visit, repeat: Visit) -> bool:
    """Whether ``repeat`` is another trip than ``known``, which its own sentence dates
    otherwise."""
    return repeat.evidence[0] in known.evidence and known.start != repeat.start


def _same_visit(a: Visit, b: Visit) -> bool:
    if (a.visitor, a.host_country) != (b.visitor, b.host_country):
        return False
    if (a.status == "happened") != (b.status == "happened"):
        # "On Tuesday he is to travel on to Perth": a further stop of the visit under way.
        statuses = {a.status, b.status}
        if statuses != {"happened", "announced"}:
            return False
        if a.start is None or b.start is None:
            return _stop_of_the_stay(a, b)
        return _days_apart(a.start, b.start) <= _TRIP_DAYS
    if a.start is None or b.start is None:
        return True
    # "2024-11" and "2024-11-08" can be one visit; "2024-04" and "2024-11-08" cannot.
    shorter = min(len(a.start.lexical), len(b.start.lexical))
    if a.start.lexical[:shorter] == b.start.lexical[:shorter]:
        return True
    return _days_apart(a.start, b.start) <= _TRIP_DAYS


def _stop_of_the_stay(a: Visit, b: Visit) -> bool:
    """Whether the undated plan is a later stop of the stay told before it, in the same
    country: "X, who arrived in Prague on Thursday evening, ... On Saturday, X is to travel
    to Brno, where he will tour a factory" is the programme of the visit under way, not a
    trip still to come. The plan names a city and is told after the stay; the stay is
    undated or dated to the day (a visit of the story, not "his visit to Prague in 2019")."""
    stay, plan = (a, b) if a.status == "happened" else (b, a)
    return (
        plan.start is None
        and plan.place is not None
        and plan.place.kind == "city"
        and plan.evidence[0].start > stay.evidence[0].start
        and (stay.start is None or stay.start.day is not None)
    )


_TRIP_DAYS = 7
"""Two days this close are one trip: the arrival on Monday and the talks on Tuesday."""


def _days_apart(a: PartialDate, b: PartialDate) -> int:
    """Days between two days of the same (or an unknown) year; a large number otherwise."""
    if a.month is None or a.day is None or b.month is None or b.day is None:
        return _FAR
    if a.year is not None and b.year is not None and a.year != b.year:
        return _FAR
    year = a.year if a.year is not None and a.year == b.year else LEAP_YEAR
    return abs((datetime.date(year, a.month, a.day) - datetime.date(year, b.month, b.day)).days)


_FAR = 10_000


def most_precise(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    """The date with the longer lexical form (day over month over year), else the first."""
    if a is None or b is None:
        return a or b
    return a if len(a.lexical) >= len(b.lexical) else b


def earliest(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    """The more precise date; of two days, the earlier (later sentences tell later days)."""
    if a is None or b is None or len(a.lexical) != len(b.lexical):
        return most_precise(a, b)
    return min(a, b, key=lambda d: (d.year or 0, d.month or 0, d.day or 0))


def _combine(a: Visit, b: Visit) -> Visit:
    start = earliest(a.start, b.start)
    return Visit(
        visitor=a.visitor,
        visitor_country=a.visitor_country or b.visitor_country,
        host_country=a.host_country,
        place=a.place or b.place,
        start=start,
        end=_end_of(start, a, b),
        visit_type=a.visit_type if a.visit_type != "unspecified" else b.visit_type,
        status="happened" if "happened" in (a.status, b.status) else a.status,
        evidence=tuple(sorted(set(a.evidence) | set(b.evidence))),
    )


def _end_of(start: PartialDate | None, a: Visit, b: Visit) -> PartialDate | None:
    """The last day of the stay that begins on ``start``: the end of the mention whose start
    was kept, else that of the other mention when it begins on the same day ("arrived in X on
    12 March for an official visit from 12 to 14 March" tells the end in its second cue)."""
    kept, other = (a, b) if start is a.start else (b, a)
    if kept.end is None and other.start == start:
        return other.end
    return kept.end
