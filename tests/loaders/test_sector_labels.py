"""The sector labels' index: one concept for every writing of its labels."""

from __future__ import annotations

from dkg.loaders.steps.sector_labels import SectorLabels
from tests.loaders.test_sectors import CONCEPTS


def test_sector_labels_fold_case_and_find_a_concept_by_any_label() -> None:
    labels = SectorLabels(CONCEPTS)
    assert labels.concept("Nuclear Power") == labels.concept("nuclear")
    assert labels.concept("Nuclear Power") is not None


def test_sector_labels_read_a_two_word_label_hyphened_too() -> None:
    labels = SectorLabels(CONCEPTS)
    assert labels.concept("machine-building") == labels.concept("machine building")
    assert labels.concept("machine-building") is not None
