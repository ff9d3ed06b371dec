"""Currency signs the English-language press of Asia and Africa writes before a sum ("Tk.",
"Br", "LE", "৳", "₾"), also with a dot that must not end the sentence, and ISO codes of
currencies the code table lacked ("XOF", "KHR")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import AmountKind, find_amounts
from dkg.loaders.steps.segment import split_sentences


def _money(text: str) -> list[tuple[Decimal, str | None]]:
    return [(a.value, a.currency) for a in find_amounts(text) if a.kind is AmountKind.MONEY]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Dhaka set aside ৳ 800 crore for the dredging.", (Decimal(8_000_000_000), "BDT")),
        ("The coffee board earned Br 9 billion.", (Decimal(9_000_000_000), "ETB")),
        ("The canal authority collected LE 40 billion.", (Decimal(40_000_000_000), "EGP")),
        ("Tbilisi budgeted ₾ 60 million for the tunnel.", (Decimal(60_000_000), "GEL")),
        ("The hydropower sales brought Nu 15 billion.", (Decimal(15_000_000_000), "BTN")),
        ("The airport tender is worth Rf 2 billion.", (Decimal(2_000_000_000), "MVR")),
        ("Vientiane owes ₭ 3 trillion to suppliers.", (Decimal(3_000_000_000_000), "LAK")),
        ("Dakar raised 150 billion XOF in bonds.", (Decimal(150_000_000_000), "XOF")),
        ("Phnom Penh spent KHR 400 billion on roads.", (Decimal(400_000_000_000), "KHR")),
    ],
)
def test_amounts_currency_signs_of_asia_and_africa_name_their_currency(
    text: str, money: tuple[Decimal, str]
) -> None:
    assert _money(text) == [money]


def test_amounts_currency_signs_a_tongan_code_lookalike_is_no_currency() -> None:
    assert [a.currency for a in find_amounts("The TOP 10 exporters met in Accra.")] == [None]


def test_amounts_currency_signs_with_a_dot_do_not_end_the_sentence() -> None:
    text = "Dhaka will spend Tk. 12 billion (about $110 million) on the bridge. Work starts soon."
    assert [s.text for s in split_sentences(text)] == [
        "Dhaka will spend Tk. 12 billion (about $110 million) on the bridge.",
        "Work starts soon.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The prize went to the firm of Ms Tk. Nobody expected it.",
        "The delegates flew in from Br. Then the talks began.",
    ],
)
def test_amounts_currency_signs_with_a_dot_before_a_word_may_end_a_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2
