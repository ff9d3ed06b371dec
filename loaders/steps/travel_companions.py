"""Travel companions from abroad: a leader who makes a trip "together with" a foreign
counterpart ("arrived in Kyiv by train together with her Italian counterpart X").

The visit reader takes one visitor per cue. A companion from the visitor's own country is part
of the delegation, which the corpus does not count as a visit of its own ("accompanied by
Foreign Minister X"); one from a third country is another state's official who made the same
trip, so it is a visit of theirs, with the same host, day and status.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Person, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView

_WITH = Prefiltered(
    r"\b(?:together\s+with|along\s+with|alongside|accompanied\s+by|joined\s+by)\s+",
    re.IGNORECASE,
)
"""The phrase that brings a companion into the trip."""
_TITLES = re.compile(r"(?:[\w'\u2019.-]+\s+){0,6}")
"""The words between the phrase and the companion's name ("his Lithuanian counterpart",
"German Chancellor")."""
_CLAUSE_END = re.compile(r"[;:]|\.(?:\s|$)|,\s+(?:where|when|who|which|while|but)\b")
"""Where the trip's clause ends: a companion named after it did something else."""


def travelling_with(
    view: SentenceView, after: int, visit: Visit, people: dict[str, Person]
) -> list[str]:
    """The people of other countries than the visitor's and the host's that the clause from
    ``after`` (the trip's cue) says travelled with the visitor, in text order."""
    end = _CLAUSE_END.search(view.text, after)
    until = end.start() if end is not None else len(view.text)
    found: list[str] = []
    for phrase in _WITH.finditer(view.text, after, until):
        companion = next(
            (
                m
                for m in view.people
                if _TITLES.fullmatch(view.text, phrase.end(), view.local(m.span)[0])
            ),
            None,
        )
        person = people.get(companion.person) if companion is not None else None
        if person is None or person.key in found or person.key == visit.visitor:
            continue
        if person.country in (None, visit.visitor_country, visit.host_country):
            continue
        found.append(person.key)
    return found
