"""Deals told with their price before their sectors ("agreements worth six billion euros in
energy and mining") name those sectors; a year, a total or a period after the price does not
open a list."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Firms of the two countries concluded agreements worth two billion euros in mining "
            "and tourism.",
            ["mining", "tourism"],
        ),
        ("They signed deals valued at $800 million in shipbuilding.", ["shipbuilding"]),
    ],
)
def test_sector_cues_a_priced_deal_names_its_sectors(sentence: str, expected: list[str]) -> None:
    assert labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "They signed deals worth $2 billion in 2023, the minister of mining said.",
        "Deals worth 5 billion dollars in total were signed by the tourism board.",
        "Contracts worth 3 billion euros in the next five years went to a mining firm.",
    ],
)
def test_sector_cues_a_year_or_total_after_the_price_opens_no_list(sentence: str) -> None:
    assert labels(sentence) == []
