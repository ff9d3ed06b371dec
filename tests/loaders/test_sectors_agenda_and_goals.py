"""Areas told as the agenda before or after its cue ("Fisheries and shipping were also
discussed", "Among the topics were"), as a goal the sides set ("agreed to boost trade and
tourism") or as help sought ("help with education"); and the goals that are one party's own
plans or ties whose areas come later."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Fisheries and shipping were also discussed by the ministers of Chile and Norway.",
            [
                "fisheries and seafood",
                "maritime transport, shipping, ports and port infrastructure",
            ],
        ),
        (
            "Mining and tourism were high on the agenda when Peru's president met Spain's king.",
            ["mining", "tourism"],
        ),
        (
            "Fisheries and tourism remain priority sectors of the ties between Peru and Chile.",
            ["fisheries and seafood", "tourism"],
        ),
        (
            "The leaders of Kenya and Italy agreed to boost trade, agriculture and tourism.",
            ["trade", "agriculture", "tourism"],
        ),
        (
            "Kazakhstan and Italy will step up joint work in aerospace and pharmaceuticals.",
            ["aerospace", "pharmaceuticals"],
        ),
        (
            "Among the topics were water management and migration, Egypt and Greece said.",
            ["water resources management", "migration"],
        ),
        (
            "The issues discussed included fisheries and energy, a diplomat from Peru said.",
            ["fisheries and seafood", "energy"],
        ),
        (
            "Vietnam seeks Australian help with education and critical minerals.",
            ["education", "critical minerals and raw materials"],
        ),
    ],
)
def test_sectors_agenda_and_goals_name_areas(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        # one firm's own plan
        "A Korean carmaker said it would expand its research centre in Hanoi.",
        # ties whose areas are not listed after the verb
        "The speakers agreed to strengthen exchanges between their parliaments and to share "
        "experience in lawmaking and state governance.",
        "Both leaders vowed to strengthen our cooperation to fight bias against palm oil.",
        # people, not areas, before "key"
        "The trade ministers of Chile and Peru are key figures in the talks.",
        # issues with no list after them
        "Other issues were left for later, officials from Chile and Peru said.",
    ],
)
def test_sectors_agenda_and_goals_own_plans_name_no_area(sentence: str) -> None:
    assert _labels(sentence) == []
