"""A state's way into a regional bloc is an area partners support and talk about (issue 4,
held-out pattern 4): "a path to EU membership", "Eurasian integration"; and a pledge of
support names what it is for ("pledged support for Moldova's path to EU membership"). A
membership told as a plain fact, or support for a person, a party or a bid, names no area."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read


def _labels(text: str) -> list[str]:
    return [s.label for s in read(text, datetime.date(2024, 5, 2)).sectors]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "The Dutch premier pledged support for Georgia's path to EU membership.",
            ["EU accession and European integration"],
        ),
        (
            "Talks in Skopje focused on a path to membership of the European Union and on "
            "railways.",
            ["EU accession and European integration", "railways and rail transport"],
        ),
        (
            "The presidents of Serbia and Austria discussed European integration and tourism.",
            ["EU accession and European integration", "tourism"],
        ),
        (
            "Armenia and Belarus discussed Eurasian integration and grain supplies.",
            ["regional integration", "food security"],
        ),
        (
            "The Polish president reaffirmed his country's support for Ukraine's reconstruction.",
            ["reconstruction"],
        ),
    ],
)
def test_sectors_bloc_accession_names_areas(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        # membership as a fact of the past, with nothing that makes it a subject of talks
        "The EU membership of Croatia began in 2013, a decade before the visit of Italy.",
        # support for a country's sovereignty or for a bid: no area
        "Poland expressed full support for the sovereignty of Ukraine.",
        "Spain reiterated its support for the bid of Chile for a seat on the Security Council.",
    ],
)
def test_sectors_bloc_accession_lookalikes_name_no_area(sentence: str) -> None:
    assert _labels(sentence) == []
