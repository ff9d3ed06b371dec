"""A firm named and then described by its size as a farmer or grower ("X, the country's largest
shrimp farmer") is a company; a person described as a farmer is not (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2025, 8, 4)


def _companies(text: str) -> list[str]:
    return [c.text for c in read(text, _DAY).companies]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sales abroad were led by Camarones del Golfo, the country's largest shrimp "
            "farmer, which shipped 12,000 tonnes.",
            "Camarones del Golfo",
        ),
        (
            "Tea exports rose, according to Kericho Highlands, the biggest tea grower in "
            "the region.",
            "Kericho Highlands",
        ),
    ],
)
def test_company_descriptions_growers_a_large_farmer_is_a_company(text: str, name: str) -> None:
    assert _companies(text) == [name]


def test_company_descriptions_growers_a_farmer_without_size_is_a_person() -> None:
    """Counter-example: "a cocoa farmer" describes a person, not a firm."""
    assert _companies("Yaw Boateng, a cocoa farmer in Ashanti, said prices doubled.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Peter Mwale, a leading maize farmer near Lilongwe, said the rains came late.",
        "Rosa Quispe, a major potato grower in the valley, welcomed the new road.",
        "Ahmed Saleh, one of the top date farmers of the oasis, spoke to the delegation.",
    ],
)
def test_company_descriptions_growers_a_prominent_farmer_is_a_person(text: str) -> None:
    """Counter-example: news calls a person "a leading farmer"; only the largest or biggest
    producer of a country or region is told of as a firm."""
    assert _companies(text) == []
