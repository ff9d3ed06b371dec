"""People named in a list after one plural title: "the presidents of Argentina, Ana Ruiz; of
Bolivia, Luis Vaca, and of Peru, Rosa Quispe".

A report of a summit or a ceremony often names its guests this way, each country with its
holder in apposition. No title stands before any of the names, so no other people rule reads
them; each holds the singular title for the country written before the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from dkg.loaders.document import CountryMention, Document, Post, Sentence
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import NAME, trim_name
from dkg.loaders.trie import trie_pattern

_NEXT_ITEM = re.compile(r"\s*[,;]\s*(?:and\s+)?of\s+(?:the\s+)?")
"""What leads to the next country of the list: "; of ", ", and of "."""
_APPOSED = re.compile(r",\s+")
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
_NEXT_NAME = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
"""What leads to the next name after a plural title: ", ", " and ", ", and "."""


class PluralTitleReader:
    """Reads the holders listed after a plural title ("the foreign ministers of A, X, and of
    B, Y")."""

    def __init__(self, heads: Iterable[str], post: Callable[[str, str | None], Post]) -> None:
        singular = sorted({h.lower() for h in heads if " of " not in h.lower()})
        self._plural = re.compile(
            rf"\b[Tt]he\s+(?P<portfolio>(?:[a-z]+\s+){{0,2}}?)"
            rf"(?P<title>{trie_pattern(f'{h}s' for h in singular)})\s+of\s+(?:the\s+)?"
        )
        # "Presidents Xi Jinping and Luiz Inacio Lula da Silva", "Prime Ministers A of X and B
        # of Y": the plural title before the names, capitalised as a title before a name is.
        self._before_names = re.compile(
            rf"\b(?P<portfolio>(?:[A-Z][a-z]+\s+){{0,2}}?)"
            rf"(?P<title>{trie_pattern(f'{h.title()}s' for h in singular)})\s+(?=[A-Z])"
        )
        self._post = post

    def read(
        self, sentence: Sentence, document: Document, blocked: frozenset[int]
    ) -> Iterator[Candidate]:
        """The people the sentence lists after a plural title, each with that title for the
        country named before them."""
        text, base = sentence.text, sentence.span.start
        countries = {
            c.span.start - base: c
            for c in document.countries
            if c.form == "name" and sentence.span.contains(c.span)
        }
        if " of " in text:
            for match in self._plural.finditer(text):
                yield from self._items(match, text, base, countries, blocked)
        for match in self._before_names.finditer(text):
            yield from self._names(match, text, base, countries, blocked)

    def _names(
        self,
        match: re.Match[str],
        text: str,
        base: int,
        countries: dict[int, CountryMention],
        blocked: frozenset[int],
    ) -> Iterator[Candidate]:
        """The names after a plural title, each with its country when "of X" follows it; at
        least two, as a plural title has ("Presidents Day Sale" names no one)."""
        title = (match["portfolio"] + match["title"][:-1]).lower()
        at = match.end()
        listed: list[Candidate] = []
        while (name := NAME.match(text, at)) is not None:
            found = trim_name(name.group(), base + name.start(), blocked)
            if found is None or len(found[1].split()) < 2:
                break
            end = found[0].end - base
            of = _OF_COUNTRY.match(text, end)
            country = countries.get(of.end()) if of else None
            post = self._post(title, country.iso2 if country else None)
            listed.append(Candidate(found[0], found[1], post))
            if country is not None:
                end = country.span.end - base
            after = _NEXT_NAME.match(text, end)
            if after is None:
                break
            at = after.end()
        if len(listed) >= 2:
            yield from listed

    def _items(
        self,
        match: re.Match[str],
        text: str,
        base: int,
        countries: dict[int, CountryMention],
        blocked: frozenset[int],
    ) -> Iterator[Candidate]:
        title = match["portfolio"] + match["title"][:-1]  # "foreign ministers": its portfolio
        at = match.end()
        while (country := countries.get(at)) is not None:
            comma = _APPOSED.match(text, country.span.end - base)
            name = NAME.match(text, comma.end()) if comma else None
            found = trim_name(name.group(), base + name.start(), blocked) if name else None
            if found is None or len(found[1].split()) < 2:
                return  # "the presidents of Chile and Peru": no names in apposition
            yield Candidate(found[0], found[1], self._post(title, country.iso2))
            after = _NEXT_ITEM.match(text, found[0].end - base)
            if after is None:
                return
            at = after.end()
