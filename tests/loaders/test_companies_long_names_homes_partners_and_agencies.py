"""A known company followed by its long name ("the Rosatom State Atomic Energy Corporation"), a
national firm's "of <country>" before its short form, and a country's investment and
development agency, which is no company."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import company_names, read

_TALKS = "President Mbeki held talks with President Halvorsen in Pretoria on Tuesday. "


def _companies(sentence: str) -> list[str]:
    return company_names(read(_TALKS + sentence, datetime.date(2025, 9, 2)))


def test_companies_known_brand_then_its_long_name_is_the_brand() -> None:
    assert _companies("The delegation toured the Rosatom State Atomic Energy Corporation.") == [
        "Rosatom"
    ]


def test_companies_known_brand_then_another_name_is_another_firm() -> None:
    assert _companies("He met executives of Toyota Tsusho Corporation.") == ["Toyota Tsusho"]


def test_companies_national_firm_of_a_country_before_its_short_form() -> None:
    sentence = "He met the chairman of the National Petroleum Company of Antigua and Barbuda (NPC)."
    assert _companies(sentence) == ["National Petroleum Company of Antigua and Barbuda"]


def test_companies_of_a_city_before_a_short_form_stays_out_of_the_name() -> None:
    sentence = "He met the chairman of the National Petroleum Company of Port Louis (NPC)."
    assert _companies(sentence) == ["National Petroleum Company"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Grenada Investment and Development Corporation (GIDC) expects more visitors.",
        "The Belize Investment Development Authority expects more visitors.",
    ],
)
def test_companies_country_investment_agency_is_no_company(sentence: str) -> None:
    assert _companies(sentence) == []


def test_companies_investment_firm_named_by_its_owner_stays() -> None:
    sentence = "The Okafor Investment and Development Corporation expects more visitors."
    assert _companies(sentence) == ["Okafor Investment and Development Corporation"]
