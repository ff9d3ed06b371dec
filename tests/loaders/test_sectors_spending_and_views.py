"""Areas listed after verbs other than "cooperation in" (issue 4, held-out pattern 1): what
investors are wanted in, where money is to be spent, what views were exchanged on, and a
trade's leading goods ("sales led by zinc"); and the lookalikes where the same verbs name no
area (a person who goes somewhere, views exchanged at an occasion)."""

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
            "The Egyptian minister told the forum he was looking for investors in fintech and "
            "shipbuilding.",
            ["fintech", "shipbuilding"],
        ),
        (
            "Half of the Korean loan to Uganda will go to irrigation and fisheries.",
            ["irrigation", "fisheries and seafood"],
        ),
        (
            "The French grant is to be spent on tourism and aquaculture in Senegal.",
            ["tourism", "aquaculture"],
        ),
        (
            "Norway and Vietnam exchanged views on shipbuilding and aquaculture.",
            ["shipbuilding", "aquaculture"],
        ),
        (
            "An exchange of opinions about migration and fisheries followed the dinner in Rabat.",
            ["migration", "fisheries and seafood"],
        ),
        (
            "Peru's sales to Korea led by zinc and fishmeal rose in the first quarter.",
            ["mining"],
        ),
    ],
)
def test_sectors_spending_and_views_name_areas(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        # people go places; only money goes to an area
        "The Thai premier went to the mining province of Loei on Friday.",
        "The envoy of Chile will go to the tourism fair in Madrid next week.",
        # wanting to know, not wanting investors
        "Reporters wanted to know whether the fisheries minister of Ghana would resign.",
        # views exchanged at an occasion, not on a subject
        "Ghana and Togo exchanged views on the sidelines of the summit in Lome.",
        # a sales figure told with a comma, not a trade's goods
        "Exports from Chile, the minister said, rose by a tenth in tourism season.",
    ],
)
def test_sectors_spending_and_views_lookalikes_name_no_area(sentence: str) -> None:
    assert _labels(sentence) == []
