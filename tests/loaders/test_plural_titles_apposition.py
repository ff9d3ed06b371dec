"""Holders in apposition after a plural title that names no country: "the ministers of foreign
affairs, A and B, signed"."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[tuple[str, list[str]]]:
    document = PIPELINE(Document("t", "t", text))
    return [(p.name, [q.title for q in p.posts]) for p in document.people]


def test_plural_titles_apposition_with_a_portfolio_after_the_title() -> None:
    text = "In Vilnius, the ministers of foreign affairs, Ilona Varga and Piet Jansen, signed it."
    assert _people(text) == [
        ("Ilona Varga", ["Minister of Foreign Affairs"]),
        ("Piet Jansen", ["Minister of Foreign Affairs"]),
    ]


def test_plural_titles_apposition_with_a_portfolio_before_the_title() -> None:
    text = "The trade ministers, Ilona Varga and Piet Jansen, opened the fair."
    assert [name for name, _ in _people(text)] == ["Ilona Varga", "Piet Jansen"]


def test_plural_titles_apposition_needs_two_full_names_closed_by_a_comma() -> None:
    assert _people("The ministers, Varga and Jansen, signed it.") == []
    # no comma closes the list: the names may run on into a clause
    assert _people("The ministers, Ilona Varga and Piet Jansen met the press.") == []
