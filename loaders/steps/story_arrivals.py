"""Arrivals told without a destination in a story filed from the place of the visit.

A report filed from the host's capital tells the guest's arrival as its readers there see it:
"Modi arrived on Sunday evening", "Lula flew in on Monday night", "landed at the air base on
Tuesday afternoon". Where the guest arrived goes unsaid because it is where the story comes
from, its dateline ("PORT MORESBY, 22 May 2023 -"). visits.py asks this module whether an
arrival cue is such an arrival, after every other way to find the host has failed.

Nor does a guest land where a tour goes next: "landed at Jomo Kenyatta airport on Sunday, the
first stop of a tour that was to take him on to Tanzania" is a landing in Kenya (the visit the
story tells), not in Tanzania.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.cue_clauses import clause_of
from dkg.loaders.steps.visit_scope import of_this_visit
from dkg.loaders.steps.visit_verbs import WELCOMED

_ARRIVED = re.compile(
    r"(?:arrived|landed|touched\s+down|flew\s+in|flown\s+in|"
    r"stepped\s+off\s+(?:the|his|her|their)\s+(?:plane|aircraft))$",
    re.IGNORECASE,
)
"""Arrivals that happened ("flew in", "had flown in on Sunday"): what is only planned
("arrives on Monday") may be elsewhere."""
_NAMED_DESTINATION = re.compile(r"\s+(?:in|to|into)\s+(?:the\s+)?[A-Z]")
"""A destination the gazetteer did not know ("arrived in Waigani"): no dateline replaces it."""
_FORM_OF_STATE = re.compile(
    r"\s+(?:in|to|into)\s+the\s+(?P<form>Kingdom|Sultanate|Emirate|Principality|Republic|"
    r"Island|Archipelago)\b(?!\s+of\b)"
)
"""A form of state or land alone ("arrived in the Emirate", "in the Kingdom") names no place
of its own: unless a reference step read it as a country, it is the country the story is
filed from, as "arrived in the island" is."""


def _named_destination(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether a capitalised destination follows the cue, other than a form of state that
    no step read as a country."""
    if not _NAMED_DESTINATION.match(view.text, cue.end()):
        return False
    form = _FORM_OF_STATE.match(view.text, cue.end())
    return form is None or any(view.local(c.span)[0] == form.start("form") for c in view.countries)


_FLEW_INTO = re.compile(r"fl(?:ew|own)\s+into$", re.IGNORECASE)
_AIRPORT = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,5}(?:Airport|Air\s+Base|Airfield)\b"
)
"""An airport the gazetteer does not place is the way in, not the destination: "flew into
Jorge Chavez International Airport on Friday" arrives where the story is filed from."""
_AT_PLACE = re.compile(r"\b(?:at|in|to|into)\s+(?:the\s+)?$")
"""What puts a known place after a day or a time of the arrival: "landed on Friday in Quito"."""


def arrives_unplaced(
    view: SentenceView, cue: re.Match[str], hosts: frozenset[str] | None = None
) -> bool:
    """Whether the cue tells an arrival that happened, with no destination after it
    ("arrived on Sunday evening", "landed at the air base on Tuesday"): the guest arrived
    where the story is filed from.

    ``hosts`` are the people (keys) of the host country found from a person the sentence
    names, if it was found so: one of them is the host only when named in the arrival's own
    clause ("arrived and was welcomed by X"); one named in a clause beside it is another guest
    ("X flew in on Monday, and the Indian prime minister landed on Tuesday")."""
    text = view.text
    if _FLEW_INTO.search(cue.group()):
        if not _AIRPORT.match(text, cue.end()):
            return False  # "flew into Lima": the destination is said
    elif _ARRIVED.search(cue.group()) is None or _named_destination(view, cue):
        return False
    start, end = clause_of(text, cue)
    if any(
        cue.end() <= (at := view.local(p.span)[0]) < end
        and _AT_PLACE.search(text, max(0, at - 12), at)
        and of_this_visit(text, view, cue, p.span)  # not "after talks in Lima"
        for p in view.places
    ):
        return False  # "landed on Thursday at Quito airport": the place is said, later on
    if hosts is None:
        return True
    return not any(start <= view.local(m.span)[0] < end and m.person in hosts for m in view.people)


def met_where_filed(view: SentenceView, cue: re.Match[str], host: str, story_country: str) -> bool:
    """Whether an arrival with no destination, whose host was read only from a person the
    sentence names, is an arrival where the story is filed from: in "HARARE - The World Bank
    chief, who arrived from Lusaka, met Malawi's President" the Malawian is a guest met in
    Zimbabwe, not the host, when the story comes from a third country. A host country the
    sentence names other than as a person's ("arrived for talks in Malawi") keeps its visit."""
    if story_country == host or not arrives_unplaced(view, cue):
        return False
    if _WELCOMED_BY.search(view.text, cue.end()):
        return False  # "arrived and was welcomed by Kenyan President X": X is the host
    return not any(
        c.iso2 == host
        and c.form == "name"
        and _POSSESSIVE.match(view.text, view.local(c.span)[1]) is None
        for c in view.countries
    )


_WELCOMED_BY = re.compile(rf"\b{WELCOMED}\s+by\b", re.IGNORECASE)
"""A leader who welcomes the arriving guest is the host, wherever the story is filed from."""
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
"""A country named as a person's ("Malawi's President"), not as a destination."""


_ONWARD = re.compile(r"\bon\s+to\s+(?:the\s+)?$")
"""What names the next leg of a tour: "on to Tanzania"."""


def reached_onward(view: SentenceView, cue: re.Match[str], host: str) -> bool:
    """Whether ``host`` is an arrival's destination only because the sentence names it as the
    next leg of the tour ("on to Tanzania"): the arrival then is not there."""
    if _ARRIVED.search(cue.group()) is None:
        return False
    starts = [view.local(c.span)[0] for c in view.countries if c.iso2 == host]
    starts += [view.local(p.span)[0] for p in view.places if p.country == host]
    return bool(starts) and all(
        _ONWARD.search(view.text, max(0, at - 12), at) is not None for at in starts
    )
