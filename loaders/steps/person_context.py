"""Where a person's name may run in a document, and the country written around a name.

A name does not run through a country, place or organization the recognizer has read; a
country right before a title ("French President") or in "of Country" after a name gives the
person's country. PeopleRecognizer (people.py) asks these questions of every title it reads.
"""

from __future__ import annotations

import re
from itertools import chain

from dkg.loaders.document import Document
from dkg.loaders.letters import LOWER, UPPER
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern

OF_PHRASE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
"""The "of (the)" that joins a title or a name to the body or country it belongs to."""
_PATRONYMIC_AFTER = re.compile(
    rf"\s+[{UPPER}][a-z]+(?:ovich|evich|ovych|ich|ovna|evna|ichna|uly|kyzy|qizi|ogly|oglu)\b"
)
"""A patronymic after a place's name makes the place a first name: "Vladimir Vladimirovich
Putin", "Kassym-Jomart Kemeluly Tokayev", as Russian and Central Asian texts write names."""
_FIRST_NAME_BEFORE = SkipAheadPattern(rf"(?<![.!?]\s)\b[{UPPER}][{LOWER}]+\s$")


def covered_offsets(document: Document, *, cities: bool) -> frozenset[int]:
    """Offsets inside a country, place or organization name: no person's name runs there.

    Right after a title, a city's name is a first name ("President Vladimir Putin") and a
    country's name after a first name is a surname, so the title patterns pass ``cities=False``.
    """
    text = document.text
    places = tuple(
        p
        for p in document.places
        if (cities or p.kind != "city") and not _PATRONYMIC_AFTER.match(text, p.span.end)
    )
    countries = document.countries
    if not cities:
        # "Prime Minister Luis Montenegro": a country's name right after a first name is a surname.
        countries = tuple(
            c
            for c in countries
            if not _FIRST_NAME_BEFORE.search(text, max(0, c.span.start - 30), c.span.start)
        )
    spans = [
        *(m.span for m in countries),
        *(m.span for m in places),
        *(m.span for m in document.organizations),
    ]
    return frozenset(chain.from_iterable(range(s.start, s.end) for s in spans))


_FAMILY_NAME_AFTER = re.compile(rf" [{UPPER}][{LOWER}'\u2019-]+\b(?!\s+of\b)")
"""A capitalised word after a country's name that may be a family name ("Israel Katz"), not
the next part of a name ("Israel Defense Forces" is caught by the body recognizer first)."""
_NAMED_AFTER = re.compile(r"\bof\s+(?:the\s+(?:late\s+)?)?$")
"""A body's name that reaches a title through "of" is named after that title's holder."""


def unblocked_offsets(
    blocked: frozenset[int], document: Document, title_start: int, name_start: int
) -> frozenset[int]:
    """Blocked offsets without a body that overlaps the title and runs on into the name: in
    "President of the Senate Ravi Kumar" the chamber may have been read as "Senate Ravi", and
    in "Ministry of Foreign Affairs Spokesperson Lin Jian" the ministry as running on over its
    spokesperson. A title inside a body's name shows where the body really ended, unless the
    body is named after the title's holder ("Mausoleum of President Ho Chi Minh").

    A country's name where the name starts, with a family name after it, is a given name:
    "the Minister of Foreign Affairs of Israel, Israel Katz"."""
    text = document.text
    given = [
        c.span
        for c in document.countries
        if c.span.start == name_start and _FAMILY_NAME_AFTER.match(text, c.span.end)
    ]
    inside = given + [
        o.span
        for o in document.organizations
        if title_start <= o.span.start < name_start
        or (
            o.span.start < title_start < o.span.end
            and not _NAMED_AFTER.search(document.text, o.span.start, title_start)
        )
    ]
    if not inside:
        return blocked
    return blocked - {i for span in inside for i in range(span.start, span.end)}


def country_at_of(document: Document, name_end: int) -> str | None:
    """The country of "of (the) Country" right after a name."""
    of = OF_PHRASE.match(document.text, name_end)
    if of is None:
        return None
    return next(
        (c.iso2 for c in document.countries if c.span.start == of.end() and c.form == "name"),
        None,
    )


def country_ending_at(document: Document, position: int) -> str | None:
    """The country of a demonym or possessive right before a title ("French President").

    Only within a line: a headline ending in a country ("... Visit to Hanoi, Viet Nam") does
    not make the first title of the next paragraph that country's.
    """
    text = document.text
    if position == 0 or text[position - 1] == "\n" or not text[position - 1].isspace():
        return None  # the gap ends in a blank: no title right after a word or a line break
    gap = _POSSESSIVE_BLANK.fullmatch
    ends = (m for m in document.countries if m.span.end < position)
    return next((m.iso2 for m in ends if gap(text, m.span.end, position)), None)


_POSSESSIVE_BLANK = re.compile(
    r"(?:'s|\u2019s)?[^\S\n]+(?:(?:new|(?:newly|recently|re)[\s-](?:appointed|elected|named)"
    r"|incoming|outgoing|current|sitting|interim|acting|caretaker|transitional"
    r"|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)[^\S\n]+){0,2}"
)
"""The gap between a demonym or possessive and its title, which may tell when, how or in what
order the post is held: "Kenya's new Finance Minister", "Chile's 40th President", "Syria's
interim President", "Peru's newly elected President"."""
