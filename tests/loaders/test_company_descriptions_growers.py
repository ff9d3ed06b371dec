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
