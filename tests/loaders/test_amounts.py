"""Amounts as news writes them: money in many currencies, percentages, counts, ranges."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import Amount, AmountKind, find_amounts
from tests.support import shared_folder

MONEY = [
    ("Bilateral trade reached $5.5 billion last year.", "$5.5 billion", "5500000000", "USD"),
    ("Exports to Japan came to 5.5 billion US dollars.", "5.5 billion US dollars", "5.5e9", "USD"),
    ("The fund holds $ 31 billion in assets.", "$ 31 billion", "31e9", "USD"),
    ("Seoul pledged USD 450 million for the port.", "USD 450 million", "450e6", "USD"),
    ("A loan of US$1.2bn was approved for Ghana.", "US$1.2bn", "1.2e9", "USD"),
    ("Berlin will add €300m to the scheme.", "€300m", "300e6", "EUR"),
    (
        "Turnover was 1 billion 800 million dollars.",
        "1 billion 800 million dollars",
        "1.8e9",
        "USD",
    ),
    ("The budget is 3 trillion tenge.", "3 trillion tenge", "3e12", "KZT"),
    ("Chinese firms put in 20 billion yuan.", "20 billion yuan", "20e9", "CNY"),
    (
        "Grain worth 700 million roubles was shipped to Egypt.",
        "700 million roubles",
        "700e6",
        "RUB",
    ),
    ("The Gulf deal is valued at 2 billion UAE dirhams.", "2 billion UAE dirhams", "2e9", "AED"),
    ("Tokyo offered 100 billion yen in credit.", "100 billion yen", "100e9", "JPY"),
    ("London granted 15 million pounds sterling.", "15 million pounds sterling", "15e6", "GBP"),
    ("Ankara set aside ₺40 million for it.", "₺40 million", "40e6", "TRY"),
    ("Investment hit 45 bln rubles in Tatarstan.", "45 bln rubles", "45e9", "RUB"),
    ("Delhi approved ₹500 crore for the corridor.", "₹500 crore", "5e9", "INR"),
    ("Canberra pledged A$2 million to Fiji.", "A$2 million", "2e6", "AUD"),
    ("The bank lent CNY 8 billion to Laos.", "CNY 8 billion", "8e9", "CNY"),
    ("Brazil sold 3 million tonnes for 2 billion reais.", "2 billion reais", "2e9", "BRL"),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "currency"), MONEY)
def test_amounts_reads_money_in_the_forms_news_uses(
    sentence: str, surface: str, value: str, currency: str
) -> None:
    money = [a for a in find_amounts(sentence) if a.kind is AmountKind.MONEY]
    assert len(money) == 1
    assert sentence[money[0].start : money[0].end] == surface
    assert money[0].value == Decimal(value)
    assert money[0].currency == currency


PERCENTS = [
    ("Trade with Chile rose 40% in a year.", "40", None),
    ("Visitors from Oman grew 40 percent.", "40", None),
    ("Exports fell 30 per cent in March.", "30", None),
    ("Tariffs rose by 2.5 percentage points.", "2.5", "percentage points"),
]


@pytest.mark.parametrize(("sentence", "value", "unit"), PERCENTS)
def test_amounts_reads_percentages(sentence: str, value: str, unit: str | None) -> None:
    (amount,) = find_amounts(sentence)
    assert (amount.kind, amount.value, amount.unit) == (AmountKind.PERCENT, Decimal(value), unit)


COUNTS = [
    ("Over 17,000 students from Vietnam study here.", "17000", "over"),
    ("There are about 20 joint ventures in Serbia.", "20", "about"),
    ("Twenty-one flights a week link Doha and Almaty.", "21", None),
    ("Nearly two hundred Korean firms operate in Uzbekistan.", "200", "nearly"),
    ("A dozen projects were launched in Kenya.", "12", None),
]


@pytest.mark.parametrize(("sentence", "value", "qualifier"), COUNTS)
def test_amounts_reads_counts_in_digits_and_words(
    sentence: str, value: str, qualifier: str | None
) -> None:
    (amount,) = find_amounts(sentence)
    assert amount.kind is AmountKind.COUNT
    assert amount.value == Decimal(value)
    assert amount.qualifier == qualifier
    assert amount.approximate is (qualifier is not None)


RANGES = [
    ("Trade moved between $2.5 billion and $6.5 billion.", "2.5e9", "6.5e9", AmountKind.MONEY),
    ("Imports make up 80-90% of the total.", "80", "90", AmountKind.PERCENT),
    ("The plant will cost $2-3 billion.", "2e9", "3e9", AmountKind.MONEY),
    ("Between 40 and 50 percent of the grain goes to Iran.", "40", "50", AmountKind.PERCENT),
    ("Estimates put it at $5bn-$6bn for Ecuador.", "5e9", "6e9", AmountKind.MONEY),
]


@pytest.mark.parametrize(("sentence", "low", "high", "kind"), RANGES)
def test_amounts_folds_ranges_into_one_amount(
    sentence: str, low: str, high: str, kind: AmountKind
) -> None:
    (amount,) = find_amounts(sentence)
    assert amount.is_range
    assert (amount.value, amount.range_high, amount.kind) == (Decimal(low), Decimal(high), kind)


def test_amounts_bare_billions_take_the_currency_of_the_sentence() -> None:
    sentence = (
        "Turnover hit 9 billion euros (exports \u2013 6.1 billion, imports \u2013 2.9 billion)."
    )
    amounts = find_amounts(sentence)
    assert [(a.value, a.currency) for a in amounts] == [
        (Decimal("9e9"), "EUR"),
        (Decimal("6.1e9"), "EUR"),
        (Decimal("2.9e9"), "EUR"),
    ]
    assert [a.elliptical for a in amounts] == [False, True, True]


def test_amounts_two_scaled_amounts_joined_by_and_stay_two() -> None:
    amounts = find_amounts("Peru got $3 billion and 5 billion dollars more later.")
    assert [a.value for a in amounts] == [Decimal("3e9"), Decimal("5e9")]


def test_amounts_capacity_is_a_quantity_not_money() -> None:
    (amount,) = find_amounts("Wind farms of 1.2GW will be built near Aktau.")
    assert (amount.kind, amount.unit, amount.value) == (AmountKind.QUANTITY, "GW", Decimal("1.2"))


NOT_AMOUNTS = [
    "The G20 summit opened in Rio on May 28, 2025.",
    "He landed on 3 October at 10:30 after the COVID-19 pause.",
    "In Q1 2024 the 1st convoy left; one of the envoys stayed.",
    "No one expected a 300m bridge.",
    "Nearly one-third of the land is desert.",
]


@pytest.mark.parametrize("sentence", NOT_AMOUNTS)
def test_amounts_skips_dates_years_codes_and_pronouns(sentence: str) -> None:
    assert find_amounts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The tender is filed under reference 202403011234567890123456789012.",
        "Exports were worth 1000000000000000000000000000 billion US dollars.",
        "The archive lists $99999999999999999999999999999999 as a test entry.",
    ],
)
def test_amounts_numbers_longer_than_any_sum_are_identifiers(sentence: str) -> None:
    # Read as sums, they needed more digits than decimal holds and stopped the document.
    assert find_amounts(sentence) == []


def test_amounts_offsets_point_into_the_text() -> None:
    text = "Talks in Baku. Azerbaijan will invest AZN 120 million in Georgia."
    (amount,) = find_amounts(text)
    assert amount == Amount(
        start=text.index("AZN"),
        end=text.index(" in Georgia"),
        value=Decimal("120e6"),
        kind=AmountKind.MONEY,
        currency="AZN",
    )


def test_amounts_on_the_shared_samples_finds_every_gold_money_value() -> None:
    shared = shared_folder()
    if shared is None:
        pytest.skip("../shared (or $DKG_SHARED) with corpus/seeds.gold.json is not present")
    gold = json.loads((shared / "corpus" / "seeds.gold.json").read_text(encoding="utf-8"))
    for document in gold["documents"]:
        text = (shared / "corpus" / document["file"]).read_text(encoding="utf-8")
        values = {float(a.value) for a in find_amounts(text)}
        for figure in document["figures"]:
            assert any(abs(v - figure["value"]) <= 0.01 * figure["value"] for v in values), figure
