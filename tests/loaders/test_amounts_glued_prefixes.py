"""Currencies written with letters glued before the number or before a "$": Vanuatu's vatu
("VT6.3 billion", "Vt 500 million", only in a story of Vanuatu), the wire services' "Can$" and
"Aus$", and the Pacific and Caribbean papers' "F$", "SBD$", "SAT$", "BDS$", "B$". A known sign
inside longer letters ("BD$" in "BBD$", "T$" in "WST$", "n$" in "Can$") is no reading of that
sign: a wrong currency, or a currency code made of the letters, is worse than none."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import AmountKind, find_amounts
from tests.loaders.reading import read


def _money(text: str) -> list[tuple[Decimal, str | None, tuple[str, ...]]]:
    return [
        (a.value, a.currency, a.candidates)
        for a in find_amounts(text)
        if a.kind is AmountKind.MONEY
    ]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Ottawa set aside Can$45 million for the program.", (Decimal("45e6"), "CAD", ())),
        ("Canberra pledged Aus$3 billion over a decade.", (Decimal("3e9"), "AUD", ())),
        ("Suva budgeted F$12 million for the wharf.", (Decimal("12e6"), "FJD", ())),
        ("Honiara received SBD$30 million in budget support.", (Decimal("30e6"), "SBD", ())),
        ("Apia spent SAT$9 million on the seawall.", (Decimal("9e6"), "WST", ())),
        ("The levy raised BDS$14 million.", (Decimal("14e6"), "BBD", ())),
        ("Port Vila spent VT6.3 billion on roads.", (Decimal("6.3e9"), None, ("VUV",))),
        ("Port Vila spent Vt 650 million on roads.", (Decimal("650e6"), None, ("VUV",))),
        ("The sultanate gave B$2 million.", (Decimal("2e6"), None, ("BND", "BSD"))),
        ("Nuku'alofa received T$7 million.", (Decimal("7e6"), "TOP", ())),
        ("Castries collected EC$18 million.", (Decimal("18e6"), "XCD", ())),
    ],
)
def test_amounts_glued_prefixes_name_their_currency(
    text: str, money: tuple[Decimal, str | None, tuple[str, ...]]
) -> None:
    assert _money(text) == [money]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry allotted BBD$40 million to the new port.",
        "The ministry allotted WST$40 million to the new port.",
        "The ministry allotted CAN$40 million to the new port.",
        "The ministry allotted XCD$40 million to the new port.",
    ],
)
def test_amounts_glued_prefixes_a_sign_inside_longer_letters_names_no_currency(
    text: str,
) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PORT VILA, 14 March 2025 - Vanuatu's imports from Japan rose to VT3.9 billion in "
            "2024, the statistics office said.",
            [("imports", Decimal("3.9e9"), "VUV", 2024)],
        ),
        # Vermont's "VT" before a number names no money in a story of no Vanuatu.
        (
            "WASHINGTON, 14 March 2025 - The senator flew home to Montpelier, VT 05602, where "
            "Canada's exports to the state reached $4 billion in 2024.",
            [("exports", Decimal("4e9"), "USD", 2024)],
        ),
    ],
)
def test_amounts_glued_prefixes_vatu_only_in_a_story_of_vanuatu(
    text: str, expected: list[tuple[str, Decimal, str, int]]
) -> None:
    assert [(f.kind, f.value, f.unit, f.year) for f in read(text).figures] == expected
