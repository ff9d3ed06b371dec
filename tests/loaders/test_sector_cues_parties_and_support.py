"""Cues whose areas follow a party or a supporter (issue s29s): "an agreement was signed between
the two central banks on local currency settlement" names its subject after the parties, and
"thanked Vienna for its continued support for the European integration of Serbia" names the area
supported. A bare "support for" stays no cue, and a date or occasion after the parties is no
subject."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts

_EU = "EU enlargement, accession and European integration"


def _labels(sentence: str) -> list[str]:
    return list(dict.fromkeys(m.label for m in find_sectors(sentence, 0, sector_concepts())))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "An agreement was signed between the central banks of Laos and Thailand on local "
            "currency settlement.",
            ["local currency trade and settlements"],
        ),
        (
            "Memoranda between the two chambers of commerce on tourism were signed.",
            ["tourism"],
        ),
        (
            "A deal was also concluded with a Korean shipyard on fisheries.",
            ["fisheries and seafood"],
        ),
        (
            "Vucic thanked Vienna for its continued support for the European integration of "
            "Serbia.",
            [_EU],
        ),
        ("Norway's support for the EU integration of Moldova is firm.", [_EU]),
        # "instruments", the word of treaty-drafting English for the documents signed
        (
            "Five legal instruments were signed in fisheries and tourism.",
            ["fisheries and seafood", "tourism"],
        ),
        ("Instruments were also signed on education.", ["education"]),
        # the one helped between "help" and the area
        (
            "Valletta will help Tripoli with healthcare and ports.",
            [
                "health, healthcare and medicine",
                "maritime transport, shipping, ports and port infrastructure",
            ],
        ),
        # a list told before its place among the priorities
        (
            "The envoy listed mining and health among the priority sectors.",
            ["mining", "health, healthcare and medicine"],
        ),
    ],
)
def test_sector_cues_parties_and_support_give_the_area(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("An agreement was signed between the two countries on 12 March.", []),
        ("A deal between the firms on the sidelines of the summit was signed.", []),
        ("The speaker voted against support for the energy bill.", []),
        ("There is broad support for the new tourism minister.", []),
        ("The orchestra played instruments on loan from the museum.", []),
        ("Volunteers helped the families with their luggage.", []),
    ],
)
def test_sector_cues_parties_and_support_near_misses(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected
