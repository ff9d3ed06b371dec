"""CountryReferences: "the country" a visit sentence names without saying which, as that country.

Presidencies and state agencies name the visitor's country and then write the host's as "the
country" or "our country" ("hosted the President of Iran, X, who is in the country for a State
Visit", "Y, who is in our country on an official visit"). Without a mention of the host, the
only country in the sentence is the visitor's, and the visit was read the wrong way round (the
host visiting the visitor's country). The phrase means the country the story is set in, so it
is read as the country of the first city or venue the story names (its dateline, "State House,
Nairobi"): the last place named before it may be where the visitor flew in from ("flying in
from the summit in Johannesburg for his first trip to the country"). Only sentences that tell a
stay are read: "firms operating in the country" is left to the figure readers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import CountryMention, Document, TextSpan
from dkg.loaders.prefilter import Prefiltered

_COUNTRY = Prefiltered(r"\b(?:in|to)\s+(?P<ref>(?:the|our)\s+country)\b(?!['\u2019]s|\s+of\b)")
"""'in the country', 'to our country' (not 'the country of X', which names it)."""
_STAY = re.compile(r"\b(?:visit|trip|tour|stay|arriv)", re.IGNORECASE)
"""A word that makes the sentence tell a stay, read only where the phrase is."""


class CountryReferences:
    """Adds a country mention for each "the country" of a stay, after the story's first place."""

    name = "country-references"
    requires = frozenset({"sentences", "places", "countries"})
    provides = frozenset({"countries"})

    def __call__(self, document: Document) -> Document:
        """Return the document with "the country" of a stay read as its first place's country."""
        told = [
            s
            for s in document.sentences
            if not s.boilerplate
            and not s.dateline
            and _COUNTRY.may_match(s.text)
            and _STAY.search(s.text)
        ]
        if not told:
            return document
        setting = min(document.places, key=lambda p: p.span, default=None)
        if setting is None:
            return document
        added: list[CountryMention] = []
        for sentence in told:
            for match in _COUNTRY.finditer(sentence.text):
                start = sentence.span.start + match.start("ref")
                if setting.span.end <= start:
                    span = TextSpan(start, sentence.span.start + match.end("ref"))
                    added.append(CountryMention(span, setting.country, "name"))
        if not added:
            return document
        countries = sorted((*document.countries, *added), key=lambda c: c.span)
        return replace(document, countries=tuple(countries))
