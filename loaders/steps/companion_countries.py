"""CompanionCountries: a member of a leader's delegation serves the leader's country.

A report names the ministers who travel with a leader by their post alone ("The Chancellor X,
who accompanies the President in the delegation", "Trade Minister Y, who is travelling with
the Prime Minister on the visit"), leaving their country to the leader's. A person who
accompanies someone *to* a place may be the host's escort ("the Foreign Minister, who
accompanied the visiting President to the memorial"), so only a member told as one of the
delegation or of the trip gets the leader's country.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Person, Post
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import sentence_views

_MEMBER = Prefiltered(
    r",\s+who\s+(?:is\s+|was\s+)?(?:accompan(?:ies|ied|ying)|travel+(?:s|ed|ing)\s+with)\s+"
    r"(?P<leader>[^,;.]{2,60}?)\s+(?:in|on|as\s+part\s+of)\s+(?:the|his|her|their)\s+"
    r"(?:delegation|visit|trip|tour|journey)\b",
    re.IGNORECASE,
)
"""The relative clause after a member's name: ", who accompanies the President in the
delegation", ", who is travelling with the Prime Minister on the trip"."""


class CompanionCountries:
    """Gives a delegation member with no known country the country of the leader they
    accompany."""

    name = "companion-countries"
    requires = frozenset({"sentences", "people", "person_mentions"})
    provides = frozenset({"people"})

    def __call__(self, document: Document) -> Document:
        """Return the document with its delegation members' countries."""
        people = {p.key: p for p in document.people}
        found: dict[str, str] = {}
        for view in sentence_views(document):
            for member in _MEMBER.finditer(view.text):
                before = [m for m in view.people if view.local(m.span)[1] <= member.start()]
                leaders = [
                    m.person
                    for m in view.people
                    if member.start("leader") <= view.local(m.span)[0] < member.end("leader")
                ]
                if not before or view.local(before[-1].span)[1] != member.start():
                    continue  # the clause is about no name right before it
                if len(set(leaders)) != 1:
                    continue
                who, leader = people.get(before[-1].person), people.get(leaders[0])
                if who is None or leader is None or who.country or not leader.country:
                    continue
                found[who.key] = leader.country
        if not found:
            return document
        return replace(
            document,
            people=tuple(
                _placed(p, found[p.key]) if p.key in found else p for p in document.people
            ),
        )


def _placed(person: Person, country: str) -> Person:
    """``person`` serving ``country``, on every post that named no country of its own."""
    posts = tuple(Post(p.title, p.country or country) for p in person.posts)
    return replace(person, posts=tuple(dict.fromkeys(posts)), country=country)
