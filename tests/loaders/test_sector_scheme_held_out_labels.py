"""Labels news uses for areas the scheme already had, or now has (issue 4, held-out pattern 3):
money for the climate, seabed mining, power for villages, the fishery named by its trade
("aquatic products"), the crews of ships, road corridors, and sports venues. Each is found only
where a cue presents it as an area of cooperation; one food sold ("fish products") stays goods,
and "economic and technical cooperation", the kind of aid agreement, is no area."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    """One label per area, as the document's graph has one CooperationArea per concept."""
    return list(dict.fromkeys(m.label for m in find_sectors(sentence, 0, sector_concepts())))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Norway and Fiji will cooperate on climate financing and sea-level rise.",
            ["climate", "coastal protection and adaptation"],
        ),
        (
            "Tonga wants to work with Japan on seabed mining and tourism.",
            ["deep-sea mining", "tourism"],
        ),
        (
            "The Cook Islands and Belgium discussed deep-sea mining and polymetallic nodules.",
            ["deep-sea mining"],
        ),
        (
            "The two governments agreed to cooperate in rural electrification and irrigation.",
            ["electricity and power grids", "irrigation"],
        ),
        (
            "Vietnam hopes to expand cooperation with Chile in aquatic products and fruit.",
            ["fisheries and seafood"],
        ),
        (
            "Manila and Athens signed a memorandum on seafarers and shipbuilding.",
            ["seafarers and maritime labour", "shipbuilding"],
        ),
        (
            "Kyrgyzstan and Pakistan discussed road corridors and energy links.",
            ["roads, road links, highways, motorways and rural roads"],
        ),
        (
            "Qatar offered help with sports facilities and youth exchanges.",
            ["sport"],
        ),
    ],
)
def test_sector_scheme_held_out_labels_give_their_concept(
    sentence: str, expected: list[str]
) -> None:
    assert _labels(sentence)[: len(expected)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The seafarers were welcomed at the port by the mayor.",
        "Police said the sports facilities were closed after the storm.",
        "Electrification reached the village in 1998, the minister recalled.",
        "Korea will open its market to Peruvian mangoes, avocados and fish products.",
        # the kind of aid agreement, no area (held-out pattern s28s)
        "China and Nepal signed an agreement on economic and technical cooperation.",
    ],
)
def test_sector_scheme_held_out_labels_need_a_cue(sentence: str) -> None:
    assert _labels(sentence) == []
