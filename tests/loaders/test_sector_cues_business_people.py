"""The trades of the business people a leader meets on a trip are areas of the relationship:
"he will meet entrepreneurs of mining and tourism", "business leaders in shipbuilding"."""

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
            "In Lima the minister will meet entrepreneurs of mining and tourism.",
            ["mining", "tourism"],
        ),
        (
            "The prime minister later sat down with business leaders in shipbuilding.",
            ["shipbuilding"],
        ),
    ],
)
def test_sector_cues_business_people_name_their_trades(sentence: str, expected: list[str]) -> None:
    assert labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister will meet entrepreneurs from Arequipa and Cusco on Friday.",
        "Entrepreneurs, the minister said, are tired of the health rules.",
    ],
)
def test_sector_cues_business_people_from_places_name_no_trade(sentence: str) -> None:
    """Counter-examples: where the business people come from, or a remark about them."""
    assert labels(sentence) == []
