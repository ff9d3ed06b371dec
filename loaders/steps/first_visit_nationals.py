"""FirstVisitNationals: a visitor's country from "the first visit by a British foreign secretary".

News marks a visit as the first of its kind by naming the kind of visitor who made it: "the
first visit to Mongolia by a serving Irish Taoiseach", "the first of a Peruvian President in
twenty years", "the first trip there by a sitting US president since 2016". When the visitor of
the visit that sentence tells holds that very title and the text gives them no country
elsewhere, the phrase is the text's statement of their country. Without it the post is a
"Foreign Secretary" of nowhere: /api/people cannot filter by it, ``dkg link`` cannot check a
Wikidata candidate against it, and talks the visitor held on an earlier leg abroad tell no
visit (a visit read from talks needs its visitor's country).

The step runs after the visits are read (it needs to know whose visit the sentence tells) and
before the meetings, which read visits from talks abroad.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Person, Post
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView, sentence_views

_FIRST_BY = Prefiltered(
    r"\bfirst\b[^.;:]{0,80}?\b(?:by|of)\s+an?\s+"
    r"(?:(?:serving|sitting|incumbent|reigning)\s+)?$",
    re.IGNORECASE,
)
"""What comes right before the visitor's country in "the first visit to X by a serving UK
Foreign Secretary", "the first of a Chilean President"."""
_REACH = 120
"""How far before the country the words "the first ... by a" may start."""


class FirstVisitNationals:
    """Gives a visitor with no known country the one "the first visit by a <country> <title>"
    states, when the visitor holds that title."""

    name = "first-visit-nationals"
    requires = frozenset({"sentences", "countries", "people", "visits"})
    provides = frozenset({"people", "visits"})

    def __call__(self, document: Document) -> Document:
        """Return the document with the countries the "first visit by a ..." phrases state."""
        people = {p.key: p for p in document.people}
        found: dict[str, Person] = {}
        for view in sentence_views(document):
            for visit in document.visits:
                visitor = found.get(visit.visitor) or people.get(visit.visitor)
                if visitor is None or visitor.country is not None:
                    continue
                if not any(e.contains(view.sentence.span) for e in visit.evidence):
                    continue
                placed = _placed(view, visitor)
                if placed is not None:
                    found[visitor.key] = placed
        if not found:
            return document
        return replace(
            document,
            people=tuple(found.get(p.key, p) for p in document.people),
            visits=tuple(
                replace(v, visitor_country=found[v.visitor].country)
                if v.visitor in found and v.visitor_country is None
                else v
                for v in document.visits
            ),
        )


def _placed(view: SentenceView, visitor: Person) -> Person | None:
    """The visitor with the country of the first phrase of the sentence that names one of
    their titles ("by a serving UK Foreign Secretary"), else None."""
    for country in view.countries:
        start, end = view.local(country.span)
        if not _FIRST_BY.search(view.text, max(0, start - _REACH), start):
            continue
        rest = view.text[end:].lstrip().casefold()
        titled = [p for p in visitor.posts if _opens(rest, p.title.casefold())]
        if titled:
            posts = tuple(Post(p.title, country.iso2) if p in titled else p for p in visitor.posts)
            return replace(visitor, posts=tuple(dict.fromkeys(posts)), country=country.iso2)
    return None


def _opens(text: str, title: str) -> bool:
    """Whether ``text`` opens with the whole title: "president" opens "president in fifteen
    years" but not "presidential"."""
    return text.startswith(title) and not text[len(title) : len(title) + 1].isalnum()
