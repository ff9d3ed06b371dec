"""Sectors that trade news names often: cosmetics, agrifood, medical devices, and health and
medicine read as health care (each in its own concept, found as news writes it)."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Korea and Thailand agreed to cooperate in cosmetics.", "cosmetics"),
        ("France and Vietnam discussed projects in beauty products and perfumes.", "cosmetics"),
        ("Canada and Morocco expanded cooperation in the agri-food sector.", "agrifood"),
        ("Spain and Peru will cooperate in agrifood.", "agrifood"),
        (
            "Ireland and Mexico discussed cooperation in medical devices.",
            "medical products, devices and equipment",
        ),
        (
            "Cuba and Laos agreed to cooperate in medical supplies.",
            "medical products, devices and equipment",
        ),
        (
            "India and Ghana agreed to cooperate in health and medicine.",
            "health, healthcare and medicine",
        ),
        ("Egypt and Jordan expanded cooperation in pharmaceutical products.", "pharmaceuticals"),
    ],
)
def test_sector_trade_wordings_are_found(sentence: str, label: str) -> None:
    assert label in labels(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Australia and Korea agreed to cooperate in clean ammonia.", "ammonia"),
        (
            "Germany and Ecuador signed a deal on debt-for-nature swaps.",
            "debt relief and debt conversion",
        ),
        ("Chile and Japan expanded cooperation in copper and iron ore.", "mining"),
        ("Brazil and India will cooperate in biofuels.", "biofuels and bioenergy"),
        ("Ghana and Belgium discussed cooperation in cocoa and coffee.", "cocoa"),
        ("Peru and Spain agreed to cooperate in the fight against piracy.", "maritime cooperation"),
        (
            "Vietnam and Korea agreed to cooperate in metro rail projects.",
            "urban rail transport, metro and light rail",
        ),
        (
            "Norway and Chile expanded cooperation in polar research.",
            "polar and antarctic research",
        ),
    ],
)
def test_sector_trade_wordings_common_news_words_lead_to_their_concept(
    sentence: str, label: str
) -> None:
    assert label in labels(sentence)


def test_sector_trade_wordings_need_an_area_of_cooperation() -> None:
    assert labels("The minister's visit was a cosmetic gesture, critics said.") == []
    assert labels("Both sides called for a ban on weapons of mass destruction.") == []
