"""The last day of a visit told by the guest's departure: "Later in the day Scholz toured a
power plant before leaving for Germany", "the president flew home on Sunday".

A guest who leaves for home ends the visit on the day the sentence tells: its own date, or the
day the story was telling when it opens on "later in the day" or "that evening". Only a visit
under way (happened, with a first day and no last one) of someone the sentence names, to a
country other than home, is ended; leaving for a third country is the next leg, not the end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, PartialDate, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.cue_views import views_that_may_hold
from dkg.loaders.steps.visit_days import SAME_DAY

_HOME_BOUND = Prefiltered(
    r"\b(?:(?:before|after)\s+)?(?:leaving|left|leaves|departing|departed|departs|flying|flew|"
    r"flies|heading|headed|returning|returned|returns)\s+(?:back\s+)?"
    # the place left and when, before "for": "left Lima late Sunday for Bogota"
    r"(?:(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:[\w-]+\s+){0,3}?(?=for\s))?(?:for\s+|to\s+)?"
    r"(?:home\b|(?P<country>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}))",
)
"""A departure for home or for a named country or city (checked against the guest's own)."""
_STILL_TO_COME = re.compile(r"\b(?:will|shall|is to|are to|is due to|plans? to|is expected to)\b")
"""A departure announced ("will travel to Ohio on Friday before flying home"): the visit is
still under way, and its last day is a plan, not what happened."""


_LEAVES_TODAY = Prefiltered(
    r"\b(?:will|(?:is|are)\s+(?:due|set|expected)\s+to)\s+(?:leave|depart|fly\s+home)\s+"
    r"(?:this\s+(?:evening|afternoon|morning)|tonight|today|later\s+today)\b",
    re.IGNORECASE,
)
"""A guest's departure on the day the text was filed: "will leave this evening"."""


class VisitDepartures:
    """Ends a visit under way on the day its guest leaves for home."""

    name = "visit-departures"
    requires = frozenset(
        {"sentences", "dates", "people", "person_mentions", "countries", "visits", "meetings"}
    )
    provides = frozenset({"visits"})

    def __call__(self, document: Document) -> Document:
        """Return the document with the last day of each visit whose guest is seen off."""
        visits = list(document.visits)
        if not any(_under_way(v) for v in visits):
            return document  # nothing to end: no sentence needs reading
        ended = False
        for view in views_that_may_hold(_LEAVES_TODAY, _HOME_BOUND, document=document):
            leaving = _LEAVES_TODAY.search(view.text)
            if leaving is not None and document.filed is not None:
                ended |= _end_today(visits, view, leaving, document.filed)
            for match in _HOME_BOUND.finditer(view.text):
                if _STILL_TO_COME.search(view.text, 0, match.start()):
                    continue
                for index, visit in enumerate(visits):
                    if not _seen_off(visit, view, match):
                        continue
                    talks = [m.date for m in document.meetings if m.during_visit == index]
                    day = _day_of(view, visit, [d for d in talks if d is not None])
                    if day is not None and day != visit.start:
                        visits[index] = replace(visit, end=day)
                        ended = True
        # A copy of the Document costs more than most sentences' scans: only when a visit ended.
        return replace(document, visits=tuple(visits)) if ended else document


def _end_today(
    visits: list[Visit], view: SentenceView, leaving: re.Match[str], filed: PartialDate
) -> bool:
    """End on the day the text was filed each visit under way whose guest "will leave this
    evening"; whether any ended."""
    ended = False
    for index, visit in enumerate(visits):
        if _seen_off(visit, view, leaving) and _within(filed, visit) and filed != visit.start:
            visits[index] = replace(visit, end=filed)
            ended = True
    return ended


def _day_of(view: SentenceView, visit: Visit, talks: list[PartialDate]) -> PartialDate | None:
    """The sentence's own day, else, when it opens on "later in the day", the day of the
    visit's last talks (the day the story was telling, whatever clause told another last)."""
    own = [d.start for d in view.dates if d.start.day is not None]
    if own:
        day: PartialDate | None = own[-1]
    elif SAME_DAY.match(view.text):
        days = [d for d in talks if _within(d, visit)]
        day = max(days, key=lambda d: (d.month or 0, d.day or 0)) if days else None
    else:
        return None
    return day if day is not None and _within(day, visit) else None


def _within(day: PartialDate, visit: Visit) -> bool:
    """Whether a day falls on or after the visit's first, in its year."""
    first = visit.start
    if first is None or first.month is None or first.day is None:
        return False
    if day.month is None or day.day is None:
        return False
    if day.year is not None and first.year is not None and day.year != first.year:
        return False
    return (day.month, day.day) >= (first.month, first.day)


def _under_way(visit: Visit) -> bool:
    """Whether a visit happened and has a first day but no last one yet."""
    return visit.status == "happened" and visit.start is not None and visit.end is None


def _seen_off(visit: Visit, view: SentenceView, match: re.Match[str]) -> bool:
    """Whether the departure can end this visit: one under way, whose guest the sentence
    names before the departure, leaving for home."""
    if not _under_way(visit):
        return False
    if not any(
        m.person == visit.visitor and view.local(m.span)[1] <= match.start() for m in view.people
    ):
        return False
    if match.groupdict().get("country"):
        at = match.start("country")
        home = [c.iso2 for c in view.countries if view.local(c.span)[0] == at and c.form == "name"]
        home += [p.country for p in view.places if view.local(p.span)[0] == at]  # "for Bogota"
        return home[:1] == [visit.visitor_country]
    return True
