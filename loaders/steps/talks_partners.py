"""TalksPartnerRecognizer: a name without a title that holds talks with someone introduced.

Features and analyses introduce a leader by name alone ("When Narendra Modi stood before
Congress ...") and then write "Biden and Modi held talks". PeopleRecognizer reads only names
the text says something about (a post, an honorific, a visit's maker), so such a leader was no
person at all, and every visit and meeting of theirs was lost. A capitalised name joined by
"and" to a person the text has introduced, as the subject of talks ("held talks", "met",
"spoke"), is the other party of those talks: a person, when the text also writes its full
name ("Narendra Modi" for "Modi"), which names it; ReferenceResolver then finds its other
mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from dkg.loaders.document import Document, Person, PersonMention
from dkg.loaders.gazetteer import Gazetteer, fold, load_gazetteer
from dkg.loaders.mint import person_key
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_names import (
    NAME,
    NAME_WORD,
    short_names,
    surname,
    trim_name,
    without_initial,
)

_AND_TALKS = (
    rf"\s+and\s+(?P<b>{NAME.pattern})\s+(?:then\s+|also\s+|later\s+|first\s+)?"
    r"(?:held|hold|holds|holding|met|meet|meets|spoke|speak|speaks|talked|conferred)\b"
)
_PAIR = Prefiltered(rf"(?P<a>{NAME.pattern}){_AND_TALKS}")
"""Two names joined by "and" as the subject of talks: "Biden and Modi then held talks"."""
_SECOND_SIDE = Prefiltered(_AND_TALKS)
"""What every match of ``_PAIR`` holds after its first name: "and Modi then held". ``_PAIR``
tries a name at every capital of the sentence, ``_SECOND_SIDE`` only after an "and"; a
sentence without it (some 99 in 100) needs no scan for the pair."""
_Side = tuple[int, str]
"""One side of talks: its offset in the sentence and its name."""
_SUBJECT = Prefiltered(
    rf"^(?P<a>{NAME.pattern})(?:,\s+who\s+[^,;]{{1,120}},)?\s+(?:then\s+|also\s+|later\s+|first\s+)?"
    r"(?:held\s+(?:[\w-]+\s+){0,3}?talks\s+with|met(?:\s+with)?|received|hosted|spoke\s+with|"
    r"talked\s+with)\s"
)
"""A name opening a sentence as the subject of talks with someone ("Vladimir Putin, who is in
Viet Nam on a state visit, held talks with President To Lam"): sites that name their own head
of state without a title write so."""


_INSIDE_NAME = re.compile(r"(?:\b(?:of|for|the)|[A-Z][\w'\u2019.-]*)\s+$")
"""What makes the words after it part of a longer name or title, not a person's own name:
"Minister of Foreign Affairs", "the Foreign Affairs"."""


class TalksPartnerRecognizer:
    """Adds the untitled partner of talks with a known person as a person of the document."""

    name = "recognize-talks-partners"
    requires = frozenset(
        {"sentences", "people", "person_mentions", "countries", "places", "organizations"}
    )
    provides = frozenset({"people", "person_mentions"})

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        titles = (gazetteer or load_gazetteer()).titles
        # "Lyonpo met X", "Sheikh met X": a form of address written alone stands for someone
        # the text has titled (honorific_references.py), and is no name of a new person; nor
        # is a style that stands for one country's leader ("Te Beretitenti met X").
        self._addresses = frozenset(fold(h) for h in titles.honorifics) | frozenset(
            titles.style_countries
        )

    def __call__(self, document: Document) -> Document:
        """Return the document with the talks partners it names as people."""
        # The names known and the offsets blocked are read from the whole document, and only
        # a few stories name talks between two names at all (23 pairs in 60 samples): they
        # are built on the first pair found, not for every document.
        known_names: set[str] | None = None
        blocked: frozenset[int] = frozenset()
        added: dict[str, Person] = {}
        mentions: list[PersonMention] = []
        for sentence in document.sentences:
            if sentence.boilerplate:
                continue
            base = sentence.span.start
            for pair in _sides(sentence.text, base, document):
                if known_names is None:
                    known_names, blocked = _known_names(document), _named_offsets(document)
                sides = [(at + base, name) for at, name in pair]
                # A side is known by its surname too: "López Obrador", "Presidents Ilham Aliyev",
                # "Marcos Jr." (the surname before the generation), "U.Khurelsukh" (after the
                # father's initial).
                known = [
                    bool(
                        {person_key(name), person_key(without_initial(surname(name.split())))}
                        & known_names
                    )
                    for _, name in sides
                ]
                if sum(known) != 1:
                    continue  # neither side, or both, already a person: nothing to learn
                start, name = sides[known.index(False)]
                if fold(name) in self._addresses:
                    continue
                if start > base and _INSIDE_NAME.search(document.text, max(0, start - 40), start):
                    continue  # "Minister of Foreign Affairs and Trade X met": part of a title
                found = trim_name(name, start, blocked)
                if found is None or found[1] != name or person_key(name) in added:
                    continue
                full = _fullest_form(document.text, name, blocked)
                key = person_key(full)
                if len(full.split()) < 2 or any(p.key == key for p in document.people):
                    continue  # a lone word ("Congress") may be a body: a person has a full name
                added[key] = Person(key, full, (), (), None)
                mentions.append(PersonMention(found[0], key, "name"))
        if not added:
            return document
        people = tuple(
            replace(p, mentions=tuple(m.span for m in mentions if m.person == p.key))
            for p in added.values()
        )
        return replace(
            document,
            people=(*document.people, *people),
            person_mentions=tuple(
                sorted((*document.person_mentions, *mentions), key=lambda m: m.span)
            ),
        )


def _known_names(document: Document) -> set[str]:
    """The keys under which the people the document knows may be named: their keys, their
    surnames, their short names and the very words of their mentions."""
    return (
        {p.key for p in document.people}
        # "Xi" of "Xi Jinping" too: a family name written first is a known person's short name.
        | {person_key(p.name.split()[-1]) for p in document.people}
        | set(short_names(list(document.people)))
        # "Jokowi", introduced for Joko Widodo: a name the text already read as someone's
        | {person_key(document.text[m.span.start : m.span.end]) for m in document.person_mentions}
    )


def _sides(text: str, base: int, document: Document) -> Iterator[tuple[_Side, _Side]]:
    """The two sides of talks a sentence (``text`` at ``base``) names, each as its offset in
    the sentence and its name: two names joined by "and", or the sentence's subject and the
    first person the text knows after its verb."""
    if _SECOND_SIDE.search(text):
        for match in _PAIR.finditer(text):
            yield (match.start("a"), match["a"]), (match.start("b"), match["b"])
    subject = _SUBJECT.match(text)
    if subject is None:
        return
    end = base + len(text)
    after = (
        m.span.start - base
        for m in document.person_mentions
        if m.via == "name" and base + subject.end() <= m.span.start and m.span.end <= end
    )
    at = next(after, None)
    other = NAME.match(text, at) if at is not None else None
    if other is not None:
        yield (subject.start("a"), subject["a"]), (other.start(), other.group())


def _fullest_form(text: str, name: str, blocked: frozenset[int]) -> str:
    """The name with the given name the text writes before it elsewhere ("Narendra Modi")."""
    if len(name.split()) > 1:
        return name
    for match in re.finditer(rf"(?<![\w'\u2019-])({NAME_WORD})\s+{re.escape(name)}\b", text):
        found = trim_name(match.group(), match.start(), blocked)
        if found is not None and found[1] == match.group():
            return match.group()
    return name


def _named_offsets(document: Document) -> frozenset[int]:
    """Offsets inside a country, place or organization name: no talks partner runs there."""
    spans = chain(
        (m.span for m in document.countries),
        (m.span for m in document.places),
        (m.span for m in document.organizations),
    )
    return frozenset(chain.from_iterable(range(s.start, s.end) for s in spans))
