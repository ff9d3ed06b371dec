"""CompanionCountries: a member of a leader's delegation serves the leader's country.

A report names the ministers who travel with a leader by their post alone ("The Chancellor X,
who accompanies the President in the delegation", "Trade Minister Y, who is travelling with
the Prime Minister on the visit"), leaving their country to the leader's. A person who
accompanies someone *to* a place may be the host's escort ("the Foreign Minister, who
accompanied the visiting President to the memorial"), so only a member told as one of the
delegation or of the trip gets the leader's country.

A report also names them after the leader, "accompanied by" ("President X of Brazil ... He was
accompanied by Foreign Minister Y"): both phrasings are read here, by one rule of whose country
the delegation is (``person_placing.lent_country``) and which posts it places.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Person
from dkg.loaders.gazetteer import Gazetteer
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import sentence_views
from dkg.loaders.steps.person_placing import StateOffices, lent_country, placed

_MEMBER = Prefiltered(
    r",\s+who\s+(?:is\s+|was\s+)?(?:accompan(?:ies|ied|ying)|travel+(?:s|ed|ing)\s+with)\s+"
    r"(?P<leader>(?:(?!visiting\b|guest|\bto\b)[^,;.]){2,60}?)(?:\s+(?:in|on|as\s+part\s+of)\s+"
    r"(?:the|his|her|their)\s+(?:delegation|visit|trip|tour|journey)\b|\s*[,;.])",
    re.IGNORECASE,
)
"""The relative clause after a member's name: ", who accompanies the President in the
delegation", ", who is travelling with the Prime Minister on the trip", or one that ends with
the leader (", who accompanied the King, met ..."): the member goes where the leader goes. Not
one who accompanies the leader *to* a place, nor a "visiting" leader or a guest: the host's
escort does that."""


class CompanionCountries:
    """Gives a delegation member with no known country the country of the leader they
    accompany."""

    name = "companion-countries"
    requires = frozenset({"sentences", "people", "person_mentions"})
    provides = frozenset({"people"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._state_office = StateOffices(gazetteer.titles)

    def __call__(self, document: Document) -> Document:
        """Return the document with its delegation members' countries."""
        people = {p.key: p for p in document.people}
        found: dict[str, str] = {}
        # Most texts hold no such clause anywhere, and one in a sentence that names no one
        # is about no one: neither needs its sentences scanned for it.
        views = sentence_views(document) if _MEMBER.may_match(document.text) else []
        for view in (v for v in views if v.people):
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
                country = lent_country(leader) if leader is not None else None
                if who is None or country is None:
                    continue
                found[who.key] = country
        for key, country in _accompanied(document, people).items():
            found.setdefault(key, country)
        if not found:
            return document
        return replace(
            document,
            people=tuple(
                placed(p, found[p.key], self._state_office) if _placeable(p, found) else p
                for p in document.people
            ),
        )


def _accompanied(document: Document, people: dict[str, Person]) -> dict[str, str]:
    """The people named after "accompanied by" (or "travelled with", or "at the head of a
    delegation that included") in a sentence whose last person before it (the one
    accompanied) has a country: "President X of Brazil ... He was accompanied by Foreign
    Minister Y" gives Y Brazil, as a leader's delegation is his own government's. Only the
    names of that phrase: in "X, accompanied by Y, met Z" Z is the one met. "Accompanying the
    President were A and B" names the one accompanied inside the cue."""
    found: dict[str, str] = {}
    for sentence in document.sentences:
        text = sentence.text
        cue = (
            _ACCOMPANIED_BY.search(text)
            if "accompanied" in text or "travel" in text or "delegation" in text
            else None
        )
        if cue is None and "ccompanying" in text:  # a cheap test before the scan
            cue = _ACCOMPANYING.search(text)
        if cue is None:
            continue
        at = sentence.span.start + cue.start()
        close = _PHRASE_END.search(text, cue.end())
        until = sentence.span.start + (close.start() if close else len(text))
        inside = [m for m in document.person_mentions if sentence.span.contains(m.span)]
        if cue.re is _ACCOMPANYING:
            # "Accompanying the President were A and B": the one accompanied is in the cue.
            lead = sentence.span.start + cue.start("leader")
            before = [m for m in inside if lead <= m.span.start < sentence.span.start + cue.end()]
        else:
            before = [m for m in inside if m.span.end <= at]
        leader = people.get(before[-1].person) if before else None
        if leader is None:
            continue
        country = lent_country(leader)
        if country is None:
            continue
        for mention in inside:
            if (
                mention.via == "name"
                and at < mention.span.start < until
                and mention.person != leader.key
            ):
                found.setdefault(mention.person, country)
    return found


_ACCOMPANIED_BY = re.compile(
    r"\baccompanied\s+by\b|\btravel+(?:s|ed|ing)?\s+with\b"
    r"|\b(?:at\s+the\s+head\s+of|head(?:s|ed|ing)|lead(?:s|ing)?|led)\s+(?:a|an|the|his|her|their)"
    r"\s+(?:[\w-]+\s+){0,3}?delegation,?\s+(?:that\s+|which\s+)?"
    r"(?:included|includes|including|comprising|comprised|made\s+up\s+of)\b"
)
"""The companions after the one they go with: "He was accompanied by Y", "Ms X travelled with
Y", "X arrived at the head of a delegation that included Y", "X led a delegation including Y".
Only a delegation its leader heads: the one who "received a delegation that included Y" is
the host, not Y's leader."""
_ACCOMPANYING = re.compile(
    r"\b[Aa]ccompanying\s+(?P<leader>(?:(?!\s+to\s)[^,;]){2,60}?)"
    r"\s+(?:were|was|are|is|will\s+be)\s+"
)
"""The companions after the one they accompany: "Accompanying the President were ..."; not
those who accompany a guest *to* a place, who may be the host's escort."""
_PHRASE_END = re.compile(r",\s+(?!and\b)(?-i:[a-z])|[;:]")
"""Where the companions end: a comma before a lower-case word (", met Prime Minister X", ", who
...") or a semicolon; the commas of a list of titled names ("A, B and C") do not end it."""


def _placeable(person: Person, found: dict[str, str]) -> bool:
    """Whether the person is a companion the text gives no country of their own: one a post
    places ("Angola's Foreign Minister X") serves that country, whoever they accompany."""
    return (
        person.key in found
        and not person.country
        and not any(post.country for post in person.posts)
    )
