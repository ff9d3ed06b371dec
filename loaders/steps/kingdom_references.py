""" "The Kingdom": the monarchy a text is about, named without its name.

Gulf and other royal news names its country once ("the Kingdom of Saudi Arabia", "Bahrain")
and then writes "the Kingdom" ("arrived in the Kingdom", "the Kingdom's investment plans").
Such a reference is a mention of the kingdom named last before it (by name: a demonym is
someone's country), else of the kingdom the text names most; its royals whose country the
text never wrote (a "Crown Prince" in a story from the Kingdom) are that kingdom's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from dkg.loaders.document import CountryMention, Document, Person, TextSpan
from dkg.loaders.gazetteer import Gazetteer, fold
from dkg.loaders.steps.visit_datelines import opening_city

_KINGDOM = re.compile(r"\b[Tt]he\s+(?P<ref>Kingdom)\b(?!\s+of\b)(?!-)")
"""A capitalised "the Kingdom" not followed by its name ("the Kingdom of Bahrain" is a name
the gazetteer reads)."""
_POST_COUNTRY = re.compile(r"[A-Z][\w'\u2019-]*\s+of\s+(?:the\s+)?$")
"""A capitalised word and "of" before a country: the country of a post or body ("Minister of
Defence of the Kingdom of ...", "Crown Prince of ..."), not a place the story goes to ("visit
to the Kingdom of ...")."""
_ATTRIBUTE = re.compile(r"[ \t]+[A-Z]")
"""A capitalised word right after a country's name: the country is said of what follows
("Saudi Crown Prince"), the person's own, not the kingdom the story is set in."""
ROYAL_POSTS = frozenset(
    {"king", "queen", "crown prince", "crown princess", "prince", "princess", "emir", "sultan"}
)


class KingdomReferences:
    """Reads each "the Kingdom" as the kingdom the text means, before people are read.

    A post "of the Kingdom" names its holder's country ("the Minister of Energy of the Kingdom
    X", "Crown Prince and Prime Minister of the Kingdom Y") only where "the Kingdom" is already
    a country when the titles are read: read later, the holder was found under no title, or
    the title went to a royal named elsewhere in the sentence.
    """

    name = "kingdom-references"
    requires = frozenset({"sentences", "countries", "places"})
    provides = frozenset({"countries"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.kingdoms = kingdom_codes(gazetteer)

    def __call__(self, document: Document) -> Document:
        """Return the document with a country mention for each "the Kingdom" it explains."""
        found = kingdom_mentions(document, self.kingdoms)
        if not found:
            return document
        countries = tuple(sorted((*document.countries, *found), key=lambda c: c.span))
        return replace(document, countries=countries)


def kingdom_references(document: Document) -> list[CountryMention]:
    """The mentions KingdomReferences added: a country read from "the Kingdom" alone."""
    text = document.text
    return [c for c in document.countries if text[c.span.start : c.span.end] == "Kingdom"]


def kingdom_codes(gazetteer: Gazetteer) -> frozenset[str]:
    """The countries whose official name makes them a kingdom."""
    return frozenset(c.iso2 for c in gazetteer.countries if "Kingdom" in c.official_name)


def kingdom_mentions(document: Document, kingdoms: frozenset[str]) -> list[CountryMention]:
    """A country mention for each "the Kingdom" whose kingdom the text has named.

    A kingdom named as the country a post serves ("Minister of Defence of the Kingdom of Saudi
    Arabia", "Saudi Crown Prince") is that person's, not the one the story is set in: a
    visitor from it "arrived in the Kingdom" of the host. When no other kingdom is named
    before, the kingdom of the city the story opens with (its dateline, "Amman, ...") is the
    one meant (also when the text never names it: "Riyadh, ... SPA -- ... arrived in the
    Kingdom"), else the one named most; a text that names no kingdom and has no dateline
    means the one kingdom whose cities it names.
    """
    every = [c for c in document.countries if c.iso2 in kingdoms]
    city = opening_city(document)
    opening = city.country if city is not None and city.country in kingdoms else None
    if not every and opening is None:
        # no kingdom named, nor a dateline: the one kingdom whose cities the story names
        # ("arrived in Amman ... to visit the Kingdom")
        by_city = {p.country for p in document.places if p.country in kingdoms}
        if len(by_city) != 1:
            return []
        opening = by_city.pop()
    text = document.text
    named = [
        c
        for c in every
        if not _POST_COUNTRY.search(text, max(0, c.span.start - 40), c.span.start)
        and not _ATTRIBUTE.match(text, c.span.end)
    ]
    most = opening or Counter(c.iso2 for c in named or every).most_common(1)[0][0]
    found = []
    for sentence in document.sentences:
        if sentence.boilerplate or "Kingdom" not in sentence.text:
            continue
        for match in _KINGDOM.finditer(sentence.text):
            start = sentence.span.start + match.start("ref")
            if any(c.span.start <= start < c.span.end for c in document.countries):
                continue  # part of a name ("the United Kingdom")
            # "Spanish" before it is a person's country, not the kingdom spoken of
            before = [c.iso2 for c in named if c.span.end <= start and c.form == "name"]
            iso2 = before[-1] if before else most
            span = TextSpan(start, sentence.span.start + match.end("ref"))
            found.append(CountryMention(span, iso2, "name"))
    return found


def royals_of_the_kingdom(people: list[Person], references: list[CountryMention]) -> list[Person]:
    """People with a royal post and no country, placed in the one kingdom the text calls
    "the Kingdom"; unchanged when it calls none, or more than one, so, and when someone of
    that kingdom already holds their post. The royal post is that kingdom's too: the country a
    person serves is what /api/people shows and filters by."""
    kingdoms = {c.iso2 for c in references}
    if len(kingdoms) != 1:
        return people
    (iso2,) = kingdoms
    # One King per kingdom: a second one the text names is a visiting monarch's.
    held = {fold(post.title) for p in people if p.country == iso2 for post in p.posts}
    royal = ROYAL_POSTS - held
    return [
        replace(
            p,
            country=iso2,
            posts=tuple(
                replace(post, country=iso2)
                if post.country is None and fold(post.title) in royal
                else post
                for post in p.posts
            ),
        )
        if p.country is None and any(fold(post.title) in royal for post in p.posts)
        else p
        for p in people
    ]
