"""Whom a sentence is about is its subject, not a name a preposition governs: "After talks
with President X in Lima, Y flew on to Quito" is Y's trip, and a later "received him" is Y."""

from __future__ import annotations

from dkg.loaders.document import Document
from tests.loaders.reading import read

_TOUR = (
    "date 2024-03-08\nAfter his stop in Santiago, where he held talks with President Gabriel "
    "Boric on 5 March, Colombian President Gustavo Petro flew on Thursday, 7 March, to Quito "
    "for a one-day visit. "
    "President Daniel Noboa received him at Carondelet Palace. The Ecuadorian leader later "
    "told reporters that Petro had offered help with border security.\n"
)


def _mentioned_as(document: Document, words: str) -> str:
    at = document.text.index(words)
    mention = next(m for m in document.person_mentions if m.span.start == at)
    return next(p.name for p in document.people if p.key == mention.person)


def test_sentence_subjects_trip_after_a_subordinate_clause_is_the_subjects() -> None:
    document = read(_TOUR)
    names = {p.key: p.name for p in document.people}
    visits = {(names[v.visitor], v.host_country) for v in document.visits}
    assert ("Gustavo Petro", "EC") in visits
    assert all(name != "Gabriel Boric" for name, _ in visits)


def test_sentence_subjects_object_pronoun_is_whom_the_last_sentence_was_about() -> None:
    assert _mentioned_as(read(_TOUR), "him at Carondelet") == "Gustavo Petro"


def test_sentence_subjects_demonym_role_is_the_last_named_who_fits() -> None:
    assert _mentioned_as(read(_TOUR), "The Ecuadorian leader") == "Daniel Noboa"
