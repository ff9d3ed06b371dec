"""People named in a list after one plural title: "the presidents of Argentina, Ana Ruiz; of
Bolivia, Luis Vaca, and of Peru, Rosa Quispe".

A report of a summit or a ceremony often names its guests this way, each country with its
holder in apposition. No title stands before any of the names, so no other people rule reads
them; each holds the singular title for the country written before the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from dkg.loaders.document import CountryMention, Document, Post, Sentence, TextSpan
from dkg.loaders.gazetteer import fold
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import NAME, trim_name
from dkg.loaders.trie import trie_pattern
from dkg.loaders.word_endings import EndingBeforeCapital

_NEXT_ITEM = re.compile(r"\s*[,;]\s*(?:and\s+)?of\s+(?:the\s+)?")
"""What leads to the next country of the list: "; of ", ", and of "."""
_APPOSED = re.compile(r",\s+")
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
_NO_PORTFOLIO = r"(?:The|Both|All|Two|Three|Their|His|Her|Our|Its)\s"
"""Capitalised words before a plural title that are no portfolio of it: "Both presidents A
and B" are presidents, not "both presidents"."""
_AND = re.compile(r"\s+and\s+")
"""What joins a second holder of one office to the first."""
_NEXT_NAME = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
"""What leads to the next name after a plural title: ", ", " and ", ", and "."""


@dataclass(frozen=True)
class _Listing:
    """A sentence as both list readers need it: its text, where it starts in the document, the
    countries it names by their offset in it, and the offsets no name may cover."""

    text: str
    base: int
    countries: dict[int, CountryMention]
    blocked: frozenset[int]
    address: re.Pattern[str]

    def name_at(self, at: int, words: int = 2) -> tuple[TextSpan, str] | None:
        """The name of ``words`` words at least (a full name) that starts at offset ``at``,
        or after a form of address there ("Compañera Rosario Murillo", "H.E. Ana Ruiz")."""
        address = self.address.match(self.text, at)
        name = NAME.match(self.text, address.end() if address else at)
        found = trim_name(name.group(), self.base + name.start(), self.blocked) if name else None
        return found if found is not None and len(found[1].split()) >= words else None


class PluralTitleReader:
    """Reads the holders listed after a plural title ("the foreign ministers of A, X, and of
    B, Y")."""

    def __init__(
        self,
        heads: Iterable[str],
        post: Callable[[str, str | None], Post],
        portfolios: Iterable[str],
        address: re.Pattern[str],
    ) -> None:
        singular = sorted({h.lower() for h in heads if " of " not in h.lower()})
        written = {f"{h.title()}s" for h in singular} | {f"{h}s" for h in singular}
        plurals = trie_pattern(written)
        # "the presidents of Ghana and Togo", and in a title's capitals, "The Foreign
        # Ministers of India and Japan", "The Co-Presidents of the Republic of Nicaragua".
        self._plural = SkipAheadPattern(
            rf"\b[Tt]he\s+(?P<portfolio>(?:[a-z]+\s+){{0,2}}?|(?:[A-Z][a-z]+\s+){{0,2}}?)"
            rf"(?P<title>{plurals})\s+of\s+(?:the\s+)?"
        )
        # "the ministers of foreign affairs, A and B, signed", "the foreign ministers, A and
        # B": the holders in apposition after a plural title that names no country.
        self._apposed = SkipAheadPattern(
            rf"\b[Tt]he\s+(?P<portfolio>(?:[a-z]+\s+){{0,2}}?)"
            rf"(?P<title>{trie_pattern(f'{h}s' for h in singular)})"
            r"(?P<field>\s+(?:of|for)\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3})?,\s+(?=[A-Z])"
        )
        # "Presidents Xi Jinping and Luiz Inacio Lula da Silva", "Prime Ministers A of X and B
        # of Y": the plural title before the names, capitalised as a title before a name is,
        # or in lower case after its capitalised portfolio ("Trade ministers A and B"), as
        # many papers write a plural title.
        self._before_names = re.compile(
            rf"\b(?P<portfolio>(?:(?!{_NO_PORTFOLIO})[A-Z][a-z]+\s+){{0,2}}?)"
            rf"(?P<title>{plurals})\s+(?=[A-Z])"
        )
        # The title alone before a capital: most sentences hold none, and need no scan for the
        # lists. Nearly every letter starts some title, so a scan for the titles themselves
        # starts everywhere; their last letters before a capital are few places to read back.
        self._titled = EndingBeforeCapital(written)
        self._post = post
        # A title in lower case is one only after a portfolio ("Trade ministers A and B"),
        # not after any capitalised word ("Other ministers", "Four ministers").
        self._portfolios = frozenset(fold(p) for p in portfolios)
        self._address = address

    def read(
        self, sentence: Sentence, document: Document, blocked: frozenset[int]
    ) -> Iterator[Candidate]:
        """The people the sentence lists after a plural title, each with that title for the
        country named before them."""
        text = sentence.text
        lists = list(self._plural.finditer(text)) if " of " in text else []
        names = list(self._before_names.finditer(text)) if self._titled.found_in(text) else []
        apposed = list(self._apposed.finditer(text)) if "s, " in text else []
        if not lists and not names and not apposed:
            return  # most sentences: no plural title, so no need to gather their countries
        listing = _listing(sentence, document, blocked, self._address)
        for match in lists:
            yield from self._items(match, listing)
        for match in names:
            yield from self._names(match, listing)
        for match in apposed:
            yield from self._apposed_names(match, listing)

    def possessive_holders(
        self, document: Document, blocked: frozenset[int], titled: re.Pattern[str]
    ) -> Iterator[Candidate]:
        """The people a story names by country after listing only the countries of a plural
        title: after "the prime ministers of Chile, Peru and Ecuador arrived", "Peru's Ana
        Ruiz said" names Peru's prime minister. Each name holds that title for its country; a
        name that holds a title of its own ("Chile's Foreign Minister X") is the title
        reader's."""
        text = document.text
        possessed = [
            (c, after)
            for c in document.countries
            if c.form == "name" and (after := _POSSESSIVE_NAME.match(text, c.span.end))
        ]
        if not possessed:
            return  # most stories: no "Country's Name"
        titles: dict[str, str] = {}
        for sentence in document.sentences:
            if " of " not in sentence.text:
                continue
            listing = _listing(sentence, document, blocked, self._address)
            for match in self._plural.finditer(sentence.text):
                title = (match["portfolio"] + match["title"][:-1]).lower()
                for country in _countries_from(match.end(), listing)[0]:
                    titles.setdefault(country.iso2, title)
        for country, after in possessed:
            name = NAME.match(text, after.end()) if country.iso2 in titles else None
            found = trim_name(name.group(), name.start(), blocked) if name else None
            if found is not None and len(found[1].split()) >= 2 and not titled.search(found[1]):
                yield Candidate(found[0], found[1], self._post(titles[country.iso2], country.iso2))

    def _names(self, match: re.Match[str], listing: _Listing) -> Iterator[Candidate]:
        """The names after a plural title, each with its country when "of X" follows it; at
        least two, as a plural title has ("Presidents Day Sale" names no one). A surname alone
        is one of them when a full name is too ("Presidents Ruiz and Tomas Vel"); surnames
        alone are not ("Foreign Ministers Meeting and Dinner")."""
        if not match["title"][0].isupper() and fold(match["portfolio"]) not in self._portfolios:
            return  # "Other ministers A and B": no title a reader can tell is one
        text, base = listing.text, listing.base
        title = (match["portfolio"] + match["title"][:-1]).lower()
        at = match.end()
        listed: list[Candidate] = []
        while (found := listing.name_at(at, words=1)) is not None:
            end = found[0].end - base
            of = _OF_COUNTRY.match(text, end)
            country = listing.countries.get(of.end()) if of else None
            post = self._post(title, country.iso2 if country else None)
            listed.append(Candidate(found[0], found[1], post))
            if country is not None:
                end = country.span.end - base
            after = _NEXT_NAME.match(text, end)
            if after is None:
                break
            at = after.end()
        if len(listed) >= 2 and any(" " in c.name for c in listed):
            yield from listed

    def _apposed_names(self, match: re.Match[str], listing: _Listing) -> Iterator[Candidate]:
        """The full names in apposition after a plural title ("the ministers of foreign
        affairs, A and B,"), each holding the singular title; two at least, and the list closed
        by a comma or the sentence's end, as an apposition is ("the ministers, some of whom
        ..." names no one)."""
        text, base = listing.text, listing.base
        field = match["field"] or ""
        title = f"{match['portfolio']}{match['title'][:-1]}{field}"
        at = end = match.end()
        listed: list[Candidate] = []
        while (found := listing.name_at(at)) is not None:
            listed.append(Candidate(found[0], found[1], self._post(title, None)))
            end = found[0].end - base
            after = _NEXT_NAME.match(text, end)
            if after is None:
                break
            at = after.end()
        closed = text[end : end + 1] in {",", ".", ""}
        if len(listed) >= 2 and closed:
            yield from listed

    def _items(self, match: re.Match[str], listing: _Listing) -> Iterator[Candidate]:
        """Each country of the list after a plural title with its holder in apposition
        ("the presidents of Chile, A; of Peru, B"); one country may have two holders of a
        shared office ("the co-presidents of Nicaragua, A and B")."""
        text, base = listing.text, listing.base
        # "foreign ministers", "Foreign Ministers": the title with its portfolio
        title = (match["portfolio"] + match["title"][:-1]).lower()
        at = match.end()
        while (country := listing.countries.get(at)) is not None:
            comma = _APPOSED.match(text, country.span.end - base)
            found = listing.name_at(comma.end()) if comma else None
            if found is None:
                if at == match.end():
                    yield from self._respective(title, at, listing)
                return  # "the presidents of Chile and Peru": no names in apposition
            yield Candidate(found[0], found[1], self._post(title, country.iso2))
            after = _NEXT_ITEM.match(text, found[0].end - base)
            if after is None:
                if at == match.end():
                    yield from self._co_holder(title, found[0].end - base, country, listing)
                return
            at = after.end()

    def _co_holder(
        self, title: str, at: int, country: CountryMention, listing: _Listing
    ) -> Iterator[Candidate]:
        """The second holder of one country's office, named after the first ("the
        co-presidents of Nicaragua, A and B"), and closed as an apposition is; a name that
        goes on to a country of its own is not one ("A and B of Peru")."""
        joined = _AND.match(listing.text, at)
        found = listing.name_at(joined.end()) if joined else None
        if found is None:
            return
        end = found[0].end - listing.base
        if listing.text[end : end + 1] in {",", ".", ""}:
            yield Candidate(found[0], found[1], self._post(title, country.iso2))

    def _respective(self, title: str, at: int, listing: _Listing) -> Iterator[Candidate]:
        """The names after the whole list of countries, in its order ("the presidents of
        Ghana and Togo, A and B": A Ghana's, B Togo's); only as many names as countries, as
        "respectively" reads them, else no one can tell whose post is whose."""
        text, base = listing.text, listing.base
        countries, following = _countries_from(at, listing)
        if following is None:
            return
        at = following
        if len(countries) < 2 or not text[countries[-1].span.end - base :].startswith(","):
            return  # "the presidents of Ghana and Togo and their ministers": no list of names
        names: list[tuple[TextSpan, str]] = []
        while len(names) < len(countries) and (found := listing.name_at(at)) is not None:
            names.append(found)
            after = _NEXT_NAME.match(text, found[0].end - base)
            at = after.end() if after else len(text)
        if len(names) != len(countries) or listing.name_at(at) is not None:
            return
        for (span, name), country in zip(names, countries, strict=True):
            yield Candidate(span, name, self._post(title, country.iso2))


_POSSESSIVE_NAME = re.compile(r"['\u2019]s\s+(?=[A-Z])")
"""A country's possessive before a capitalised word: "Peru's Ana Ruiz"."""


def _listing(
    sentence: Sentence, document: Document, blocked: frozenset[int], address: re.Pattern[str]
) -> _Listing:
    """The sentence as the list readers need it, with the countries it names by name."""
    base = sentence.span.start
    countries = {
        c.span.start - base: c
        for c in document.countries
        if c.form == "name" and sentence.span.contains(c.span)
    }
    return _Listing(sentence.text, base, countries, blocked, address)


def _countries_from(at: int, listing: _Listing) -> tuple[list[CountryMention], int | None]:
    """The countries listed from offset ``at`` ("Chile, Peru and Ecuador"), in their order,
    and where what follows the last one's comma or "and" starts (None when nothing does)."""
    countries: list[CountryMention] = []
    following: int | None = at
    while following is not None and (country := listing.countries.get(following)) is not None:
        countries.append(country)
        after = _NEXT_NAME.match(listing.text, country.span.end - listing.base)
        following = after.end() if after is not None else None
    return countries, following
