"""A one-word item of a list beside a one-word label is read with that label's head words
("solar, wind and hydrogen" names wind power as "solar" names solar power); the same word
outside such a list, or beside a label with no head words, names no area."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Morocco and Denmark will cooperate in solar, wind and green hydrogen.",
            [
                "solar energy, solar power and photovoltaics",
                "wind energy and wind power",
                "hydrogen",
            ],
        ),
        (
            "Talks in Rabat covered ports, wind, solar and desalination.",
            [
                "maritime transport, shipping, ports and port infrastructure",
                "wind energy and wind power",
                "solar energy, solar power and photovoltaics",
                "desalination",
            ],
        ),
    ],
)
def test_sectors_kin_items_are_read_with_their_neighbour_s_head(
    sentence: str, expected: list[str]
) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation braved rain and wind at the solar park in Ouarzazate.",
        "Strong wind delayed the signing in Tangier.",
    ],
)
def test_sectors_kin_items_need_a_cue_s_list(sentence: str) -> None:
    assert _labels(sentence) == []


def test_sectors_kin_items_take_no_head_from_a_label_without_one() -> None:
    # "tourism" has no head word: "wind" beside it stays weather, no area
    assert _labels("Cooperation in tourism, wind and mining grew.") == ["tourism", "mining"]
