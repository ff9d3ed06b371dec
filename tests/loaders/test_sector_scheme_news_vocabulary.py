"""Areas news names that no concept held (issue 4, held-out pattern 2): sanctions, arms
deliveries, coastal protection, trade in the partners' own currencies, development projects,
and the plural or Russian-style forms of areas already held ("infrastructures", "renewable
energies", "the fuel and energy complex"). Outside a cue the same words name no area."""

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
            "The envoys discussed sanctions enforcement and weapons deliveries to Kyiv.",
            ["sanctions", "arms deliveries, supplies and military supply"],
        ),
        (
            "Fiji and New Zealand will cooperate in coastal protection and maritime security.",
            ["coastal protection and adaptation", "maritime cooperation"],
        ),
        (
            "Russia and Iran agreed to expand trade in national currencies.",
            ["local currency trade and settlements"],
        ),
        (
            "Cooperation in the fuel and energy complex and in infrastructures was discussed.",
            ["energy", "infrastructure"],
        ),
        (
            "Both sides want closer cooperation in renewable energies and development projects.",
            ["renewable and green energy", "development projects"],
        ),
        (
            "Mexico will open its market to farm products from Uruguay.",
            ["agriculture"],
        ),
    ],
)
def test_sector_scheme_news_vocabulary_names_areas(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanctions hit the rouble hard last year, the bank said.",  # no cue: news, no area
        "The regulator sanctions three lenders a year for fraud.",  # the verb
        "National currencies fell against the dollar on Monday.",  # no cue
        "The Coastal Protection Agency of Fiji issued a warning.",  # a proper name
    ],
)
def test_sector_scheme_news_vocabulary_other_senses_name_no_area(sentence: str) -> None:
    assert _labels(sentence) == []
