"""Countries named with a possessive ("Vietnam's Prime Minister") and ambiguous demonyms
before a post ("Polish Foreign Minister") are read as countries; as a name they are not."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _countries(text: str) -> list[tuple[str, str]]:
    document = PIPELINE(Document("t", "t", text))
    return [(c.iso2, text[c.span.start : c.span.end]) for c in document.countries]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam's Prime Minister Pham Minh Chinh spoke first.", [("VN", "Vietnam")]),
        ("Talks with Qatar\u2019s Emir went well.", [("QA", "Qatar")]),
        ("He flew on to Côte d'Ivoire.", [("CI", "Côte d'Ivoire")]),
        ("He met Polish Foreign Minister Radoslaw Sikorski.", [("PL", "Polish")]),
        ("Polish Deputy Prime Minister Krzysztof Gawkowski spoke.", [("PL", "Polish")]),
    ],
)
def test_possessive_and_demonym_before_a_post_are_countries(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _countries(text) == expected


def test_ambiguous_form_before_a_surname_stays_a_name() -> None:
    assert _countries("Jordan Bardella met the press.") == []
