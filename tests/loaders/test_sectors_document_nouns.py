"""The sectors read the subjects of signed documents by the agreement finder's document nouns:
contracts, roadmaps, conventions and letters of intent list their subjects as agreements do,
while plain letters and a bank's financial instruments list none."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read


def _labels(text: str) -> list[str]:
    return [s.label for s in read(text, datetime.date(2025, 3, 4)).sectors]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Brazil and Angola signed six contracts, mainly on shipbuilding and ports.",
            ["shipbuilding", "maritime transport, shipping, ports and port infrastructure"],
        ),
        (
            "The delegations signed two roadmaps, including on forestry and health.",
            ["forestry, forests, reforestation and timber", "health, healthcare and medicine"],
        ),
        (
            "The ministers exchanged letters of intent, notably on fisheries and mining.",
            ["fisheries and seafood", "mining"],
        ),
        (
            "Three conventions were signed, among them on tourism and fisheries.",
            ["tourism", "fisheries and seafood"],
        ),
    ],
)
def test_sectors_document_nouns_subjects_listed(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        # letters signed by people are no documents of the two states
        "The pupils signed letters, notably on tourism and fisheries, to the minister.",
        # a bank's instruments are securities, not agreements with subjects
        "The two banks concluded financial instruments, including on fisheries and mining.",
    ],
)
def test_sectors_document_nouns_not_areas(sentence: str) -> None:
    assert _labels(sentence) == []
