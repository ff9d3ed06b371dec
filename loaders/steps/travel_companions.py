"""Travel companions from abroad: a leader who makes a trip "together with" a foreign
counterpart ("arrived in Kyiv by train together with her Italian counterpart X").

The visit reader takes one visitor per cue. A companion from the visitor's own country is part
of the delegation, which the corpus does not count as a visit of its own ("accompanied by
Foreign Minister X"); one from a third country is another state's official who made the same
trip, so it is a visit of theirs, with the same host, day and status.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Person, PersonMention, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView

_WITH = Prefiltered(
    r"\b(?:together\s+with|along\s+with|alongside|accompanied\s+by|joined\s+by)\s+",
    re.IGNORECASE,
)
"""The phrase that brings a companion into the trip."""
_TITLES = re.compile(r"(?:[\w'\u2019.-]+\s+){0,6}(?:[\w'\u2019.-]+,\s+)?")
"""The words between the phrase and the companion's name ("his Lithuanian counterpart",
"German Chancellor"), also a post the name is set after by a comma ("the Prime Minister of
Portugal, X")."""
_JOINED = re.compile(
    r"(?:,?\s+and\s+|,\s+(?!and\b))"
    r"(?!(?:then\s+|later\s+)?(?:[a-z]+ed|met|held|had|said|told|spoke|took|gave|made|"
    r"will|would|is|was|are|were)\b)"
)
"""What joins one more companion to the list ("X and Y", "X, Y and Z"); not the verb of a
next clause ("together with X and met Y": Y is met, not a companion)."""
_CLAUSE_END = re.compile(r"[;:]|\.(?:\s|$)|,\s+(?:where|when|who|which|while|but)\b")
"""Where the trip's clause ends: a companion named after it did something else."""


def travelling_with(
    view: SentenceView,
    after: int,
    visit: Visit,
    people: dict[str, Person],
    before: int | None = None,
) -> list[str]:
    """The people of other countries than the visitor's and the host's that the clause from
    ``after`` (the trip's cue) up to ``before`` (where another trip of the clause is told)
    says travelled with the visitor, in text order."""
    end = _CLAUSE_END.search(view.text, after)
    until = end.start() if end is not None else len(view.text)
    until = min(until, before) if before is not None else until
    found: list[str] = []
    for phrase in _WITH.finditer(view.text, after, until):
        for companion in _listed(view, phrase.end(), until):
            person = people.get(companion.person)
            if person is None or person.key in found or person.key == visit.visitor:
                continue
            if person.country in (None, visit.visitor_country, visit.host_country):
                continue
            found.append(person.key)
    return found


def _listed(view: SentenceView, start: int, until: int) -> list[PersonMention]:
    """The people named from ``start`` on, each after the last one's comma or "and" ("together
    with the Commission President X and the Dutch Prime Minister Y"), up to ``until``."""
    listed: list[PersonMention] = []
    at = start
    while True:
        companion = next(
            (
                m
                for m in view.people
                if view.local(m.span)[0] < until
                and _TITLES.fullmatch(view.text, at, view.local(m.span)[0])
            ),
            None,
        )
        if companion is None:
            return listed
        listed.append(companion)
        joined = _JOINED.match(view.text, view.local(companion.span)[1])
        if joined is None:
            return listed
        at = joined.end()
