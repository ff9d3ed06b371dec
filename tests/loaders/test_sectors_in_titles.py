"""Areas named in a document's title-case name ("Memorandum of Understanding on Cooperation in
Health and Medicine") and after "opportunities in", as releases and business reports write them."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, sector_labels


def _labels(text: str) -> set[str]:
    return sector_labels(read(text, datetime.date(2024, 1, 1)))


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The ministers signed a Memorandum of Understanding on Cooperation in Health and "
            "Medicine.",
            {"health, healthcare and medicine"},
        ),
        (
            "The leaders welcomed a Memorandum of Understanding on Railway Connectivity; and an "
            "Agreement on Maritime Cooperation.",
            {"railways and rail transport", "maritime cooperation"},
        ),
        (
            "The two sides exchanged an Agreement on Agriculture and a Memorandum on Tourism.",
            {"agriculture", "tourism"},
        ),
    ],
)
def test_sectors_title_case_document_names_give_their_areas(text: str, labels: set[str]) -> None:
    assert _labels(text) >= labels


def test_sectors_opportunities_in_list_areas() -> None:
    text = "The President urged investors to seize opportunities in mining and pharmaceuticals."
    assert _labels(text) >= {"mining", "pharmaceuticals"}


@pytest.mark.parametrize(
    "text",
    [
        "A delegation from the Ministry of Energy and Mining met the Agriculture Minister.",
        "The envoys discussed cooperation with the Tourism Authority of the capital.",
    ],
)
def test_sectors_title_case_bodies_after_no_title_cue_are_no_areas(text: str) -> None:
    assert _labels(text) == set()
