"""Names written with "St." for Saint ("St. Lucia", "St. George's") are names of their own: the
dot of the abbreviation ended the run of capitalised words, so no dotted form was ever read."""

from __future__ import annotations

import pytest

from dkg.loaders import Document
from dkg.loaders.steps.recognize import EntityRecognizer
from dkg.loaders.steps.segment import Segmenter


def _recognize(text: str) -> Document:
    return EntityRecognizer()(Segmenter()(Document("t", "t", text)))


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("The envoy flew to St. Lucia on Monday.", "LC"),
        ("The envoy flew to St. Kitts and Nevis on Monday.", "KN"),
        ("The envoy flew to St. Vincent and the Grenadines on Monday.", "VC"),
    ],
)
def test_recognize_saint_abbreviations_name_countries(text: str, iso2: str) -> None:
    document = _recognize(text)
    assert [c.iso2 for c in document.countries] == [iso2]


def test_recognize_saint_abbreviations_name_cities() -> None:
    document = _recognize("The envoy landed in St. George's, Grenada, and then in St. John's.")
    assert [p.city for p in document.places] == ["St. George's", "St. John's"]


def test_recognize_saint_abbreviations_join_only_saint() -> None:
    """Counter-examples: another abbreviated title before a name ("Gen. Lucia Ortiz") does
    not join it, and a saint that names no place ("St. Paul's") stays no place."""
    document = _recognize("The envoy met Gen. Lucia Ortiz at St. Paul's in London.")
    assert [c.iso2 for c in document.countries] == []
    assert [p.city for p in document.places] == ["London"]
