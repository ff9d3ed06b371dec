"""Signs and names news writes for currencies of smaller states ("KM 2.3 billion" convertible
marks, "M312 million" maloti, "E85 million" emalangeni, "9 billion Djibouti francs"), and the
decimal comma translated French keeps ("1,4 billion euros"). The letters "M" and "E" name a
currency only glued to a sum with a scale word in a story of the country that uses it; "KM"
only before a scale word; a comma before three digits still parts thousands."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts
from dkg.loaders.steps.shared_currencies import settle_shared_currencies


def _money(text: str) -> list[tuple[Decimal, str | None]]:
    return [(a.value, a.currency) for a in find_amounts(text) if a.kind.value == "money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to Serbia came to KM 1.7 billion last year.", (Decimal("1.7e9"), "BAM")),
        ("The fund holds KM 450 million.", (Decimal("450e6"), "BAM")),
        ("Paris holds a stake of 9 billion Djibouti francs.", (Decimal("9e9"), "DJF")),
        ("The port earned 4 billion Djiboutian francs.", (Decimal("4e9"), "DJF")),
        ("Sales reached 2,7 billion euros in 2023.", (Decimal("2.7e9"), "EUR")),
        ("The stock stood at 3,45 million euros.", (Decimal("3.45e6"), "EUR")),
        ("Imports were 2,700 million euros.", (Decimal("2.7e9"), "EUR")),
        ("Imports were 1,250,000 euros.", (Decimal("1250000"), "EUR")),
    ],
)
def test_amounts_marks_letters_and_decimal_commas_are_read(
    text: str, expected: tuple[Decimal, str]
) -> None:
    assert _money(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The crash happened at KM 42 on the motorway.",
        "The convoy stopped at KM 7.",
    ],
)
def test_amounts_marks_letters_and_decimal_commas_km_without_a_scale_is_no_money(
    text: str,
) -> None:
    assert _money(text) == []


def test_amounts_marks_letters_and_decimal_commas_a_listed_comma_is_no_decimal() -> None:
    assert [a.value for a in find_amounts("Rooms 4,5 and 6 were booked.")] != [Decimal("4.5")]


@pytest.mark.parametrize(
    "text",
    [
        "Sugar exports earned E2.4 billion in 2024.",
        "Trade with South Africa reached M640 million in 2023.",
    ],
)
def test_amounts_marks_letters_and_decimal_commas_m_and_e_elsewhere_name_no_currency(
    text: str,
) -> None:
    amounts = settle_shared_currencies(find_amounts(text), text, [(), ("KE", "FR")])
    assert [a.currency for a in amounts] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The M5 motorway was closed for 3 days.",
        "The E3 ministers met in Geneva.",
        "Vitamin E supplements were sent to 12 clinics.",
        "Route M4 links the two towns.",
    ],
)
def test_amounts_marks_letters_and_decimal_commas_m_and_e_without_a_scale_are_no_money(
    text: str,
) -> None:
    amounts = settle_shared_currencies(find_amounts(text), text, [("LS", "SZ")])
    assert [a for a in amounts if a.kind.value == "money"] == []
