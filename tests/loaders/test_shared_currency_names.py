"""Money written with a currency name many countries use and none owns ("pesos", "dinars",
"francs", "shillings", "kronor") is the currency of the country the story is about; when the
story names none of them, or two, the sum is no money figure rather than a guess."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.loaders.reading import read


def money(text: str) -> list[tuple[Decimal, str]]:
    """Each money figure of the text as (value, ISO 4217 code)."""
    return [(f.value, f.unit) for f in read(text).figures if f.unit not in ("percent", "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's exports to Bolivia rose to 850 billion pesos last year, the ministry said.",
            [(Decimal("850e9"), "CLP")],
        ),
        (
            "Senegal's trade with Mali reached 400 billion CFA francs in 2023.",
            [(Decimal("400e9"), "XOF")],
        ),
        (
            "Rwanda's exports to Kenya were worth 90 billion francs in 2022.",
            [(Decimal("90e9"), "RWF")],
        ),
        (
            "Kuwait's imports from Egypt climbed to 300 million dinars last year.",
            [(Decimal("300e6"), "KWD")],
        ),
        (
            "Norway's exports to Chile grew to 4 billion kroner in 2024.",
            [(Decimal("4e9"), "NOK")],
        ),
    ],
)
def test_a_shared_name_is_the_currency_of_the_country_the_sentence_names(
    text: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert money(text) == expected


def test_a_shared_name_takes_the_country_the_story_is_about() -> None:
    text = (
        "The President of Mexico received the Prime Minister of Japan in Mexico City on Monday.\n\n"
        "Bilateral trade grew from 30 billion pesos to 41 billion pesos in five years."
    )
    assert money(text) == [(Decimal("30e9"), "MXN"), (Decimal("41e9"), "MXN")]


@pytest.mark.parametrize(
    "text",
    [
        # two countries of the name in one sentence: whose pesos cannot be told
        "Argentina's trade with Uruguay reached 900 billion pesos in 2023.",
        # no country that uses the name at all
        "France's exports to Germany were worth 5 billion francs in 1990.",
    ],
)
def test_a_shared_name_no_single_country_chooses_is_no_money(text: str) -> None:
    """Counter-examples: with two users, or none, named, the sum states no money figure."""
    assert money(text) == []


def test_a_name_that_says_whose_it_is_keeps_its_currency() -> None:
    """Counter-example: "Swiss francs" in a story about Senegal stay Swiss."""
    text = "Senegal's bonds raised 200 million Swiss francs from investors in Geneva last year."
    assert money(text) == [(Decimal("200e6"), "CHF")]
