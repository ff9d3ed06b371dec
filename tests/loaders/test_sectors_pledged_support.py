"""A pledge of support names what it is for (issue 4, held-out pattern 4): "reaffirmed its
support for Ukraine's reconstruction and energy security"; while support for a person, a
party, a country's sovereignty or a bid names no area."""

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
            "The Polish president reaffirmed his country's support for Ukraine's reconstruction.",
            ["reconstruction"],
        ),
        (
            "Japan pledged support for irrigation and fisheries in Timor-Leste.",
            ["irrigation", "fisheries and seafood"],
        ),
        (
            "The Irish premier expressed strong support for vocational training in Malawi.",
            ["vocational education and training"],
        ),
    ],
)
def test_sectors_pledged_support_names_areas(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland expressed full support for the sovereignty of Ukraine.",
        "Spain reiterated its support for the bid of Chile for a seat on the Security Council.",
        "The envoy of Peru voiced support for the ruling party of Bolivia.",
    ],
)
def test_sectors_pledged_support_lookalikes_name_no_area(sentence: str) -> None:
    assert _labels(sentence) == []
