"""Companies news introduces by a country's possessive ("Germany's Voith"), by a cooperative's
kind ("the dairy cooperative X"), as a pair "among" a country's firms, and airlines beyond the
flag carriers; and the lookalikes that are no company."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read


def _companies(text: str) -> list[tuple[str, str | None]]:
    document = read(text, datetime.date(2024, 5, 2))
    return [(c.name, c.country_iso2) for c in document.companies]


@pytest.mark.parametrize(
    ("sentence", "companies"),
    [
        (
            "Firms such as Germany's Voith and Austria's Andritz bid for the dam in Angola.",
            [("Voith", "DE"), ("Andritz", "AT")],
        ),
        (
            "Executives from South Korea's Hanwha Ocean joined the visit to Poland.",
            [("Hanwha Ocean", "KR")],
        ),
        (
            "The Uruguayan dairy cooperative Conaprole signed a deal with Algeria.",
            [("Conaprole", "UY")],
        ),
        (
            "Hitachi Zosen and Kikkoman are among the Japanese firms investing in the Netherlands.",
            [("Hitachi Zosen", "JP"), ("Kikkoman", "JP")],
        ),
        (
            "Bimbo, Cemex and Femsa are among the Mexican companies with plants in Spain.",
            [("Bimbo", "MX"), ("Cemex", "MX"), ("Femsa", "MX")],
        ),
        (
            "Air Europa and Iberia fly daily between Madrid and Bogota.",
            [("Air Europa", "ES"), ("Iberia", "ES")],
        ),
        (
            "Wizz Air and IndiGo opened routes to Tashkent from Budapest and Delhi.",
            [("Wizz Air", "HU"), ("IndiGo", "IN")],
        ),
    ],
)
def test_companies_owners_pairs_airlines_are_named(
    sentence: str, companies: list[tuple[str, str | None]]
) -> None:
    assert sorted(_companies(sentence)) == sorted(companies)


@pytest.mark.parametrize(
    "sentence",
    [
        # people and countries among others, not firms
        "President Boric and Minister Valdes are among the Chilean officials visiting Japan.",
        "Chile and Peru are among the largest producers of copper.",
        # "cooperative" as an adjective before a country
        "Officials in Oman said a cooperative Iran would help the talks.",
        # the colour, not the airline
        "Indigo dyes from India were shown at the fair in Paris.",
    ],
)
def test_companies_owners_pairs_airlines_lookalikes_are_no_companies(sentence: str) -> None:
    assert _companies(sentence) == []
