"""Sentence views: each sentence with the mentions inside it, never stale ones."""

from __future__ import annotations

from dataclasses import replace

from dkg.loaders.document import CountryMention, Document, Sentence, TextSpan
from dkg.loaders.steps.context import sentence_views

TEXT = "Chile hosted Peru. Brazil stayed away."


def _document() -> Document:
    return Document(
        name="views",
        source="memory",
        text=TEXT,
        sentences=(
            Sentence(TextSpan(0, 18), TEXT[0:18], 0),
            Sentence(TextSpan(19, 38), TEXT[19:38], 0),
        ),
        countries=(
            CountryMention(TextSpan(0, 5), "CL", "name"),
            CountryMention(TextSpan(13, 17), "PE", "name"),
        ),
    )


def test_context_views_hold_the_mentions_of_their_sentence() -> None:
    views = sentence_views(_document())
    assert [[c.iso2 for c in v.countries] for v in views] == [["CL", "PE"], []]


def test_context_views_follow_new_mentions_of_the_same_sentences() -> None:
    document = _document()
    sentence_views(document)
    brazil = CountryMention(TextSpan(19, 25), "BR", "name")
    changed = replace(document, countries=(*document.countries, brazil))
    assert [[c.iso2 for c in v.countries] for v in sentence_views(changed)] == [
        ["CL", "PE"],
        ["BR"],
    ]


def test_context_views_are_a_fresh_list_each_time() -> None:
    document = _document()
    sentence_views(document).clear()
    assert len(sentence_views(document)) == 2
