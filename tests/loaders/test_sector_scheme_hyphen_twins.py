"""A two-word area is the same area whether news joins its words by a hyphen or a space
("intelligence-sharing", "metro-rail", "health-care", "e commerce"); a hyphen that joins an area
to a word making no label with it leaves the area as it was read alone."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _read(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "Ghana and Togo agreed to deepen cooperation in intelligence-sharing.",
            [("intelligence-sharing", "security")],
        ),
        (
            "Egypt and India discussed cooperation in metro-rail and health-care.",
            [
                ("metro-rail", "urban rail transport, metro and light rail"),
                ("health-care", "health, healthcare and medicine"),
            ],
        ),
        (
            "Laos and Thailand agreed to cooperate in e commerce.",
            [("e commerce", "e-commerce")],
        ),
    ],
)
def test_sector_scheme_hyphen_twins_either_writing_names_the_area(
    sentence: str, read: list[tuple[str, str]]
) -> None:
    assert _read(sentence) == read


def test_sector_scheme_hyphen_twins_an_area_before_a_hyphened_word_stays_itself() -> None:
    # "oil-rich" is no area of its own: oil, read alone, stays crude oil, over "oil" only
    assert _read("Qatar and Chad discussed cooperation in the oil-rich south.") == [
        ("oil", "crude oil, petroleum and oil exports")
    ]
