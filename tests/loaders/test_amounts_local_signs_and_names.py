"""Every current ISO 4217 currency is read by its code, the name its news writes and the local
sign its papers put before (or after) the sum: "41.5 billion FCFA" is a CFA franc the story's
country settles, "TL 75 billion" a Turkish lira, "150 million yuan" a renminbi. Signs that are
also words ("TOP 10", "Le 14 juillet") name money only with a scale word."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts
from dkg.loaders.steps.shared_currencies import settle_shared_currencies


def _money(text: str, country: str = "") -> list[tuple[Decimal, str | None]]:
    amounts = settle_shared_currencies(
        find_amounts(text), text, [(), (country,) if country else ()]
    )
    return [(a.value, a.currency) for a in amounts if a.kind.value == "money"]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Trade with Mali reached 41.5 billion FCFA in 2023.", "SN", (Decimal("41.5e9"), "XOF")),
        ("Gabon received FCFA 12 billion from the fund.", "GA", (Decimal("12e9"), "XAF")),
        ("Exports reached 8 billion F CFA last year.", "CI", (Decimal("8e9"), "XOF")),
        ("The budget holds CFA 300 billion for roads.", "CM", (Decimal("300e9"), "XAF")),
        ("Niger paid CFAF 20 billion in arrears.", "NE", (Decimal("20e9"), "XOF")),
        ("Copper earned the treasury K4.6 billion in 2023.", "ZM", (Decimal("4.6e9"), "ZMW")),
        ("Tobacco sales reached K350 billion.", "MW", (Decimal("350e9"), "MWK")),
        ("Sucre needs Bs 5 billion for the line.", "BO", (Decimal("5e9"), "BOB")),
    ],
)
def test_amounts_shared_signs_take_the_story_countrys_currency(
    text: str, country: str, expected: tuple[Decimal, str]
) -> None:
    assert _money(text, country) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hydropower brought Nu 128 billion in 2023.", (Decimal("128e9"), "BTN")),
        ("Trade hit BD 45 million last year.", (Decimal("45e6"), "BHD")),
        ("China gave 150 million yuan of aid.", (Decimal("150e6"), "CNY")),
        ("Turkish firms put TL 75 billion into Libya.", (Decimal("75e9"), "TRY")),
        ("Warsaw added 1.5 billion zł for Kyiv.", (Decimal("1.5e9"), "PLN")),
        ("The Czech share is 2 billion Kč.", (Decimal("2e9"), "CZK")),
        ("Chilean firms invested S/ 4 billion in Peru.", (Decimal("4e9"), "PEN")),
        ("Amman set aside JD 1.2 billion for water.", (Decimal("1.2e9"), "JOD")),
        ("The plan costs 100 billion DA.", (Decimal("100e9"), "DZD")),
        ("Kigali raised Rwf 50 billion.", (Decimal("50e9"), "RWF")),
        ("Kigali raised 50 billion Rwf.", (Decimal("50e9"), "RWF")),
        ("Luanda owes Kz 500 billion.", (Decimal("500e9"), "AOA")),
        ("Freetown budgeted Le 500 million for clinics.", (Decimal("500e6"), "SLE")),
        ("Tirana spent ALL 5 billion on roads.", (Decimal("5e9"), "ALL")),
        ("Tirana spent 5 billion lek on roads.", (Decimal("5e9"), "ALL")),
        ("Managua spent 3 billion cordobas.", (Decimal("3e9"), "NIO")),
        ("La Paz spent 3 billion bolivianos.", (Decimal("3e9"), "BOB")),
        ("Tonga got 20 million pa'anga in aid.", (Decimal("20e6"), "TOP")),
        ("Macau spent 8 billion patacas.", (Decimal("8e9"), "MOP")),
        ("Moroni received 4 billion Comorian francs.", (Decimal("4e9"), "KMF")),
        ("Harare printed ZiG 2 billion.", (Decimal("2e9"), "ZWG")),
        ("Pyongyang claims 5 billion North Korean won.", (Decimal("5e9"), "KPW")),
        ("The island paid STN 300 million.", (Decimal("300e6"), "STN")),
    ],
)
def test_amounts_local_signs_names_and_codes_are_read(
    text: str, expected: tuple[Decimal, str]
) -> None:
    assert _money(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "THE TOP 10 PARTNERS OF CHINA",
        "ALL 5 MEMBERS BACKED THE PLAN",
        "Le 14 juillet est la fête nationale.",
        "The DA 5 office filed charges.",
        "Document S/2024/123 was circulated.",
        # a shared sign no country of the story settles names no currency
        "Exports reached 41.5 billion FCFA.",
        "Copper earned K4.6 billion.",
    ],
)
def test_amounts_local_signs_that_are_words_or_unsettled_name_no_currency(text: str) -> None:
    assert [c for _, c in _money(text) if c is not None] == []
