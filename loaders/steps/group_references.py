"""A group of leaders referred to by one plural title and their countries: "The prime
ministers of Chile, Peru and Ecuador arrived in Lisbon", "talks with the foreign ministers from
Kenya and Ghana".

News of a joint trip or a summit names the group this way and each leader elsewhere ("Peru's
Ana Ruiz said"). The phrase refers to each of them, so it becomes a mention of every listed
country's one titled person: the visit and talks readers then see who arrived and who met.
A country whose story names no one, or two people with a post, adds no one.
"""

from __future__ import annotations

import re

from dkg.loaders.document import CountryMention, Document, Person, PersonMention, TextSpan
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern

_GROUP_HEAD = SkipAheadPattern(
    r"\b[Tt]he\s+(?:(?:two|three|four|five|six)\s+)?(?P<noun>(?:[a-z]+\s+){0,2}?[a-z]+s)"
    r"\s+(?:of|from)\s+(?:the\s+)?$"
)
"""The plural title before the first country: "the prime ministers of", "The three leaders
from"; a lower-case plural, as news writes a title that names no one person."""
_NEXT_COUNTRY = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_HEAD_REACH = 60
_NOT_PEOPLE = frozenset(
    {"peoples", "citizens", "nationals", "governments", "parliaments", "economies", "markets"}
)
"""Plural nouns before a list of countries that name no leaders: "the citizens of A and B"."""


def group_mentions(document: Document, people: list[Person]) -> list[PersonMention]:
    """A mention of each listed country's one titled person for every plural-title group."""
    found: list[PersonMention] = []
    countries = sorted((c for c in document.countries if c.form == "name"), key=lambda c: c.span)
    at = 0
    while at < len(countries):
        first = countries[at]
        head = _GROUP_HEAD.search(
            document.text, max(0, first.span.start - _HEAD_REACH), first.span.start
        )
        listed = _listed(document.text, countries, at) if head is not None else [first]
        at += len(listed)
        if head is None or len(listed) < 2 or head["noun"].split()[-1] in _NOT_PEOPLE:
            continue
        span = TextSpan(head.start(), listed[-1].span.end)
        for country in dict.fromkeys(c.iso2 for c in listed):
            titled = [p for p in people if p.country == country and p.posts]
            if len(titled) == 1:
                found.append(PersonMention(span, titled[0].key, "role"))
    return found


def _listed(text: str, countries: list[CountryMention], at: int) -> list[CountryMention]:
    """The countries written one after another from ``countries[at]``: "Chile, Peru and
    Ecuador"."""
    listed = [countries[at]]
    for country in countries[at + 1 :]:
        joined = _NEXT_COUNTRY.fullmatch(text, listed[-1].span.end, country.span.start)
        if joined is None:
            break
        listed.append(country)
    return listed
