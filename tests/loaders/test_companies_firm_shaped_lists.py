"""A list led by a known company whose other names are mostly firm-shaped ("Hanil E&C",
"Kestrel Foods") lists companies, so its unknown names are firms too."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies


def _names(sentence: str) -> list[str]:
    return [m.name for m in find_companies(sentence, 0, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The contract went to Siemens, Tecnicas Reunidas and Hanil E&C.",
            ["Siemens", "Tecnicas Reunidas", "Hanil E&C"],
        ),
        (
            "Bids came from Gazprom, Verona Minerali and Marks & Spencer.",
            ["Gazprom", "Verona Minerali", "Marks & Spencer"],
        ),
    ],
)
def test_companies_firm_shaped_lists_name_every_firm(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # people beside a known firm, with no firm-shaped name: not a list of companies
        ("Siemens, Olaf Scholz and Angela Merkel attended the opening.", ["Siemens"]),
        # a city or a country joined with an ampersand is still a place
        ("Siemens, Berlin and Hanil E&C were named.", ["Siemens", "Hanil E&C"]),
        ("Siemens, Trinidad & Tobago and Hanil E&C were named.", ["Siemens", "Hanil E&C"]),
    ],
)
def test_companies_firm_shaped_lists_counter_examples(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names
