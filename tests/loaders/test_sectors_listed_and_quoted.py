"""Areas told in quoted speech or listed before the part they play (issue 4, held-out pattern
1): "what we can do together in health", 'the statement lists "tourism" as an area of
cooperation', "identified mining as a priority sector". A thing named as something other than
an area gives none."""

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
            '"There is much we can do together in health and education," Lula told Ramaphosa.',
            ["health, healthcare and medicine", "education"],
        ),
        (
            'The communique lists "water management" and "tourism" as areas of cooperation.',
            ["water resources management", "tourism"],
        ),
        (
            "The two ministers identified mining and fisheries as priority sectors.",
            ["mining", "fisheries and seafood"],
        ),
    ],
)
def test_sectors_listed_and_quoted_name_areas(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach named Silva as captain before the energy derby.",
        "The report listed tourism as a source of income for the island.",
        "The two delegations stood together in the rain.",
    ],
)
def test_sectors_listed_and_quoted_other_roles_name_no_area(sentence: str) -> None:
    assert _labels(sentence) == []
