"""Outbreak diseases that partners fight together are public health, as malaria and polio were
("cooperation in fighting cholera and Ebola", "support for the measles response"); a disease told
outside an area of cooperation is news of the day, not an area."""

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
            "Guinea and Cuba agreed to cooperate in fighting cholera and Ebola.",
            ["public health", "public health"],
        ),
        (
            "Norway pledged support for the measles and dengue response in Haiti.",
            ["public health", "public health"],
        ),
        ("The talks in Lusaka centred on the outbreak response.", ["public health"]),
    ],
)
def test_sector_scheme_diseases_name_areas(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        "An outbreak of cholera killed forty people in the province last week.",
        "The envoy, who survived Ebola as a nurse, arrived in Monrovia.",
    ],
)
def test_sector_scheme_diseases_news_of_a_disease_is_no_area(
    sentence: str,
) -> None:
    assert _labels(sentence) == []
