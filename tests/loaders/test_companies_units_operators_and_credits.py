"""Companies that state-owned operators, banks and a known group's units are named as, and the
lookalikes that are none: a region's adjective alone and a wire's closing credit."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read


def _companies(text: str) -> list[str]:
    return sorted(c.name for c in read(text, datetime.date(2025, 4, 2)).companies)


@pytest.mark.parametrize(
    ("sentence", "companies"),
    [
        (
            "Ministers were joined by the national rail operators Kenrail and Malawi Railways "
            "and the port authority Portus.",
            ["Kenrail", "Malawi Railways", "Portus"],
        ),
        (
            "Botswana's Okavango Carbon and Zambia's ZESCO also signed a power deal.",
            ["Okavango Carbon", "ZESCO"],
        ),
        ("The Spanish development bank Fondexa will fund the line.", ["Fondexa"]),
        (
            "Kia Motors Manufacturing Slovakia, whose plant builds 300,000 cars a year, hosted "
            "the minister.",
            ["Kia Motors Manufacturing Slovakia"],
        ),
        ("The president toured the Doosan Skoda Power turbine works.", ["Doosan Skoda Power"]),
    ],
)
def test_companies_units_operators_are_named(sentence: str, companies: list[str]) -> None:
    assert _companies(sentence) == companies


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's President Ruto and Zambia's ZESCO met in Lusaka.",
        "The state bank Governor Njoroge spoke on Monday.",
        "The central bank Governor Njoroge spoke on Monday.",
        "Machine operators Amani and Juma were hurt in the blast.",
        "Samsung Electronics Chairman Lee met the minister.",
        "Firms such as African and Asian exporters took part.",
        "Lenders such as West African and Nordic banks attended.",
        "The minister said trade with Ethiopia would grow (ENA).",
        "The minister said trade with Ethiopia would grow. (ENA)",
    ],
)
def test_companies_units_operators_near_misses(sentence: str) -> None:
    assert [c for c in _companies(sentence) if c not in ("ZESCO", "Samsung Electronics")] == []


def test_companies_units_operators_a_short_form_after_its_name_stays() -> None:
    text = "Power will come from Electric Networks of Armenia (ENA)."
    assert _companies(text) == ["Electric Networks of Armenia"]


@pytest.mark.parametrize(
    ("sentence", "companies"),
    [
        (
            "Partners such as Nestle, ABB and the Swiss Federal Institute of Technology joined.",
            ["ABB", "Nestlé"],
        ),
        ("Executives from Roche and the University of Ghana attended.", ["Roche"]),
        ("Executives from Roche and Tsinghua University attended.", ["Roche"]),
        (
            "Firms such as Serum Institute of India and Kestrel College Supplies took part.",
            ["Kestrel College Supplies", "Serum Institute of India"],
        ),
    ],
)
def test_companies_units_operators_schools_are_no_firms(
    sentence: str, companies: list[str]
) -> None:
    assert _companies(sentence) == companies
