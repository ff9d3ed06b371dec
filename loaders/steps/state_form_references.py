""" "The Republic", "the Sultanate", "the Principality": a country named by its form of state.

Like "the Kingdom" (kingdom_references.py), news names the country a story is about once and
then by the form of state its official name gives: "the first visit by a Dutch premier to the
Republic in 1968" in a story about Indonesia. Unlike "the Kingdom", most countries are
republics, so such a reference is read only when the story names exactly one country of that
form (by name, by demonym or by one of its cities): with two republics in the story, "the
Republic" could be either, and none is guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import CountryMention, Document, TextSpan
from dkg.loaders.gazetteer import Gazetteer

_FORMS = ("Islamic Emirate", "Republic", "Sultanate", "Principality")
"""Forms of state an official name gives ("Republic of Indonesia", "Sultanate of Oman", "Islamic
Emirate of Afghanistan") that news writes alone for the country; "the Kingdom" has a step of its
own, and "the Emirates" is a short name the gazetteer already reads."""
_REFERENCE = re.compile(
    rf"\b[Tt]he\s+(?P<ref>{'|'.join(_FORMS)})\b(?!\s+of\b)(?!-)",
)
"""A capitalised form of state after "the", not followed by the country's name ("the Republic
of Korea" is a name the gazetteer reads)."""
_OF_BEFORE = re.compile(r"\bof\s+$")
"""An office of the story's own state ("the President of the Republic"): that is whichever
state the speaker serves, the host or the guest, so it is left to the people rules."""


class StateFormReferences:
    """Reads "the Republic" (and the other forms) as the one country of that form the story
    names."""

    name = "state-form-references"
    requires = frozenset({"sentences", "countries", "places"})
    provides = frozenset({"countries"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        # "Islamic Emirate of Afghanistan" is the name its government gives itself, which the
        # gazetteer keeps among the names, as the official name is the one most states know
        self.forms = {
            form: frozenset(
                c.iso2
                for c in gazetteer.countries
                if form in c.official_name or any(a.startswith(f"{form} of ") for a in c.aliases)
            )
            for form in _FORMS
        }

    def __call__(self, document: Document) -> Document:
        """Return the document with a country mention for each form of state it explains."""
        if not any(form in document.text for form in _FORMS):
            return document
        found = self.mentions(document)
        if not found:
            return document
        countries = tuple(sorted((*document.countries, *found), key=lambda c: c.span))
        return replace(document, countries=countries)

    def mentions(self, document: Document) -> list[CountryMention]:
        """A country mention for each "the Republic" whose country is the story's only one of
        that form."""
        named = {c.iso2 for c in document.countries} | {p.country for p in document.places}
        found = []
        text = document.text
        for sentence in document.sentences:
            if sentence.boilerplate:
                continue
            for match in _REFERENCE.finditer(sentence.text):
                start = sentence.span.start + match.start("ref")
                if any(c.span.start <= start < c.span.end for c in document.countries):
                    continue  # part of a name ("the Dominican Republic")
                head = sentence.span.start + match.start()
                bearers = self.forms[match["ref"]]
                if len(bearers) == 1 and " " in match["ref"]:
                    # "the Islamic Emirate": a form of two words one state alone bears names
                    # it, in its own offices too ("Prime Minister of the Islamic Emirate")
                    candidates = bearers
                elif _OF_BEFORE.search(text, max(0, head - 8), head):
                    continue
                else:
                    candidates = bearers & named
                if len(candidates) != 1:
                    continue
                span = TextSpan(start, sentence.span.start + match.end("ref"))
                found.append(CountryMention(span, next(iter(candidates)), "name"))
        return found
