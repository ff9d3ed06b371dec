"""The subjects of talks are areas of cooperation ("a meeting with X on fisheries and
tourism", "closer together in health and defence"); the day or occasion after "on" is not."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


def test_sectors_talks_on_a_meeting_with_someone_on_areas() -> None:
    assert _labels(
        "The minister also had a meeting with President Hage Geingob of Namibia on fisheries "
        "and tourism."
    ) == ["fisheries and seafood", "tourism"]


def test_sectors_talks_on_closer_together_in_areas() -> None:
    assert _labels(
        "The plan will bring the two countries closer together in shipbuilding and aviation."
    ) == ["shipbuilding", "aviation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He held talks with President Xi Jinping on 15 January, and a state oil company signed "
        "a refinery deal.",
        "The leaders had a meeting on the sidelines of the fisheries and tourism forum.",
        "The meeting on Friday ran late, aides from the tourism ministry said.",
    ],
)
def test_sectors_talks_on_a_day_or_occasion_is_no_area(sentence: str) -> None:
    assert _labels(sentence) == []
