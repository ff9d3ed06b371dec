"""CountryReferences: "the country" a visit sentence names without saying which, as that country.

Presidencies and state agencies name the visitor's country and then write the host's as "the
country" or "our country" ("hosted the President of Iran, X, who is in the country for a State
Visit", "Y, who is in our country on an official visit"). Without a mention of the host, the
only country in the sentence is the visitor's, and the visit was read the wrong way round (the
host visiting the visitor's country). The phrase means the country the story is set in, so it
is read as the country of the city or venue its dateline starts with ("State House, Nairobi"):
another place named before it may be where the visitor flew in from ("flying in from the
summit in Johannesburg for his first trip to the country"). Without a dateline "the country"
is left unread, while "our country" is the publisher's: the one country the story names beside
the guest's. Only sentences that tell a stay are read: "firms operating in the country" is
left to the figure readers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import CountryMention, Document, PlaceMention, TextSpan
from dkg.loaders.prefilter import Prefiltered

_COUNTRY = Prefiltered(r"\b(?:in|to)\s+(?P<ref>(?:the|our)\s+country)\b(?!['\u2019]s|\s+of\b)")
"""'in the country', 'to our country' (not 'the country of X', which names it)."""
_STAY = re.compile(r"\b(?:visit|trip|tour|stay|arriv)", re.IGNORECASE)
"""A word that makes the sentence tell a stay, read only where the phrase is."""
_OPENING_SENTENCES = 5
"""A dateline comes after at most a masthead, a service line, a headline and a byline."""


class CountryReferences:
    """Adds a country mention for each "the country" of a stay, after the story's first place."""

    name = "country-references"
    requires = frozenset({"sentences", "places", "countries"})
    provides = frozenset({"countries"})

    def __call__(self, document: Document) -> Document:
        """Return the document with "the country" of a stay read as its first place's country."""
        if not _COUNTRY.may_match(document.text):
            return document  # no "the country" anywhere: no sentence of it needs a test
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
        setting = story_setting(document)
        added: list[CountryMention] = []
        for sentence in told:
            for match in _COUNTRY.finditer(sentence.text):
                start = sentence.span.start + match.start("ref")
                span = TextSpan(start, sentence.span.start + match.end("ref"))
                if setting is not None and setting.span.end <= start:
                    added.append(CountryMention(span, setting.country, "name"))
                elif setting is None and match["ref"].startswith("our"):
                    ours = _publisher_country(document, span)
                    if ours is not None:
                        added.append(CountryMention(span, ours, "name"))
        if not added:
            return document
        countries = sorted((*document.countries, *added), key=lambda c: c.span)
        return replace(document, countries=tuple(countries))


def story_setting(document: Document) -> PlaceMention | None:
    """The city or venue a line at the top starts with: the dateline ("State House, Nairobi,
    12th July 2023", "ASTANA, June 3 -"), not a place the story names on the way ("flying in from
    the summit in Johannesburg")."""
    starts = {p.span.start: p for p in document.places}
    for sentence in document.sentences[:_OPENING_SENTENCES]:
        place = starts.get(sentence.span.start)
        if place is not None:
            return place
    return None


def _publisher_country(document: Document, ours: TextSpan) -> str | None:
    """The country "our country" is, in a story without a dateline: the publisher's, which the
    story names (by name, demonym or city) beside the country of the guest named before the
    phrase ("X, who arrives in our country with a state visit"). Only when the story names
    exactly one other country: with a third, "our" could be any of them."""
    named = {c.iso2 for c in document.countries} | {p.country for p in document.places}
    people = {p.key: p.country for p in document.people}
    sentence = document.sentence_at(ours.start)
    guests = {
        people.get(m.person)
        for m in document.person_mentions
        if sentence is not None and sentence.span.start <= m.span.start and m.span.end <= ours.start
    } - {None}
    others = named - guests
    return next(iter(others)) if guests and len(others) == 1 else None
