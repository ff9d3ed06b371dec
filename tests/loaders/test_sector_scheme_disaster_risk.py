"""Disaster risk reduction is a field of its own (the UN's Sendai Framework, national DRR
agencies): preventing harm before a disaster, while the response to one stays disaster
management. Users asking for it get its own name back, not the wider concept's."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return list(dict.fromkeys(m.label for m in find_sectors(sentence, 0, sector_concepts())))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Japan and Peru agreed to deepen cooperation in disaster risk reduction.",
            ["disaster risk reduction and management"],
        ),
        (
            "Nepal and Bangladesh will work together on disaster risk management and hydropower.",
            ["disaster risk reduction and management", "hydropower and hydroelectricity"],
        ),
        (
            "The talks covered disaster resilience and flood forecasting.",
            ["disaster risk reduction and management", "disaster management and civil protection"],
        ),
        # the response to an emergency is still disaster management
        (
            "Turkey and Greece discussed disaster relief and civil protection.",
            ["disaster management and civil protection"],
        ),
    ],
)
def test_sector_scheme_disaster_risk_reduction_has_its_own_label(
    sentence: str, expected: list[str]
) -> None:
    assert _labels(sentence) == expected


def test_sector_scheme_disaster_risk_reduction_is_narrower_than_disaster_management() -> None:
    concepts = {c.pref_label: c for c in sector_concepts()}
    assert concepts["disaster risk reduction and management"].iri.endswith(
        "/disaster-risk-reduction"
    )
    assert (
        "disaster risk reduction"
        not in concepts["disaster management and civil protection"].alt_labels
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister called the drought a disaster for the region's farmers.",
        "Reporters asked about the risk of a disaster at the dam.",
    ],
)
def test_sector_scheme_disaster_risk_reduction_not_a_disaster_told(sentence: str) -> None:
    assert _labels(sentence) == []
