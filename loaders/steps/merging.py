"""Merging the mentions of one visit, told in several sentences, into one Visit.

Several sentences often tell one visit: the arrival, the talks, a background remark. They are
one visit when visitor, host and outcome agree and their dates are compatible ("2024-11" and
"2024-11-08" can be one visit; "2024-04" and "2024-11-08" cannot). The merged visit keeps the
most precise date, and of two days the earlier (later sentences tell later days).
"""

from __future__ import annotations

from dkg.loaders.document import PartialDate, Visit


def merge_visits(visits: list[Visit]) -> list[Visit]:
    """Merge mentions of one visit: same visitor, host and status, compatible years."""
    merged: list[Visit] = []
    for visit in visits:
        for index, known in enumerate(merged):
            if _same_visit(known, visit):
                merged[index] = _combine(known, visit)
                break
        else:
            merged.append(visit)
    return merged


def _same_visit(a: Visit, b: Visit) -> bool:
    if (a.visitor, a.host_country) != (b.visitor, b.host_country):
        return False
    if (a.status == "happened") != (b.status == "happened"):
        return False
    if a.start is None or b.start is None:
        return True
    # "2024-11" and "2024-11-08" can be one visit; "2024-04" and "2024-11-08" cannot.
    shorter = min(len(a.start.lexical), len(b.start.lexical))
    return a.start.lexical[:shorter] == b.start.lexical[:shorter]


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
        end=a.end if start is a.start else b.end,
        visit_type=a.visit_type if a.visit_type != "unspecified" else b.visit_type,
        status=a.status,
        evidence=tuple(sorted(set(a.evidence) | set(b.evidence))),
    )
