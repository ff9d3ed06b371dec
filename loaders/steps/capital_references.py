"""CapitalReferences: "the capital" a story names without saying whose, as that city.

"The chancellor, who arrived in the capital on Thursday evening, ..." tells an arrival in the
city the story is set in; without a place the sentence has no host and the visit's first day is
lost. News writes "the capital" for the capital of the country it has just placed the story in,
so the phrase is read as the capital of the country of the last city or venue named before it.
"The Kenyan capital" is the recognizer's (a demonym says whose), and "the capital of X" names
its country; money ("capital markets", "capital flows") is no place.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from dkg.loaders.document import Document, PlaceMention, TextSpan
from dkg.loaders.gazetteer import Gazetteer
from dkg.loaders.prefilter import Prefiltered

_BARE_CAPITAL = Prefiltered(
    r"\b[Tt]he\s+capital(?:\s+city)?\b(?!['\u2019]s\s+(?:markets?|region)\b)"
    r"(?!\s+(?:of|markets?|gains?|flows?|goods|expenditure|spending|investments?|account|"
    r"controls?|punishment|injection|base|requirements?|increase|ratio)\b)"
)
"""'the capital' or 'the capital city' that names a place, not money or 'the capital of X'.
Prefiltered: it starts with ``\b``, so ``re`` would try it at every position of every sentence,
while most sentences lack the word "capital" that a substring test rejects at C speed."""


class CapitalReferences:
    """Adds a city mention for each "the capital" after a city or venue the story names."""

    name = "capital-references"
    requires = frozenset({"sentences", "places"})
    provides = frozenset({"places"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer

    def __call__(self, document: Document) -> Document:
        """Return the document with "the capital" read as the capital of the last place's
        country."""
        told = [
            s
            for s in document.sentences
            if not s.boilerplate and not s.dateline and _BARE_CAPITAL.may_match(s.text)
        ]
        if not told:
            return document  # most stories never write "capital": no need to sort the places
        places = sorted(document.places, key=lambda p: p.span)
        starts = [p.span.start for p in places]
        added: list[PlaceMention] = []
        for sentence in told:
            for match in _BARE_CAPITAL.finditer(sentence.text):
                start = sentence.span.start + match.start()
                span = TextSpan(start, sentence.span.start + match.end())
                at = bisect.bisect_left(starts, start)
                prior = places[at - 1] if at else None
                named = at < len(places) and places[at].span.start < span.end
                if prior is None or prior.span.end > start or named:
                    continue  # no place told yet, or "the capital" is part of a named one
                country = self._gazetteer.country(prior.country)
                if country is None:
                    continue
                city = country.capital
                added.append(
                    PlaceMention(span, "city", city.name, city.country, city.name, city.wikidata)
                )
        if not added:
            return document
        return replace(document, places=tuple(sorted((*places, *added), key=lambda p: p.span)))
