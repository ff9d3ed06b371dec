"""Money written with a sign several countries use, "Sh" (the East African shillings), "Rs"
(the rupees of South Asia and the Indian Ocean) and "kr" (the Nordic crowns), or with a name many
countries use and none owns ("pesos", "dinars", "francs", "kronor"). The country the text is
about chooses the currency; when it cannot choose, the sum is no figure rather than a guess."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import AmountKind, find_amounts
from dkg.loaders.steps.shared_currencies import settle_shared_currencies
from tests.loaders.reading import read


def figures(text: str) -> list[tuple[Decimal, str]]:
    """Each money figure of the text as (value, ISO 4217 code)."""
    return [(f.value, f.unit) for f in read(text).figures if f.unit not in ("percent", "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's exports to Japan climbed to Sh42 billion last year, the Treasury said.",
            [(Decimal("42e9"), "KES")],
        ),
        (
            "Tanzania's imports from India reached Sh 3.1 trillion in 2023.",
            [(Decimal("3.1e12"), "TZS")],
        ),
        (
            "Uganda's exports to South Sudan were worth Shs 900 billion in 2022.",
            [(Decimal("900e9"), "UGX")],
        ),
        (
            "Pakistan's exports to China rose to Rs 500 billion in the last fiscal year.",
            [(Decimal("500e9"), "PKR")],
        ),
        (
            "Sri Lanka's imports from Japan reached Rs. 120 billion in 2023.",
            [(Decimal("120e9"), "LKR")],
        ),
        (
            "Norway's exports to Vietnam grew to 9 billion kr in 2024.",
            [(Decimal("9e9"), "NOK")],
        ),
        (
            "Sweden's exports to Brazil amounted to kr 14 billion last year.",
            [(Decimal("14e9"), "SEK")],
        ),
    ],
)
def test_shared_signs_take_the_currency_of_the_country_the_sentence_names(
    text: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert figures(text) == expected


def test_shared_signs_take_the_currency_of_the_country_named_earlier_in_the_document() -> None:
    text = (
        "Uganda and Egypt held talks in Cairo on Monday.\n\n"
        "Bilateral trade reached Sh1.2 trillion last year, officials said."
    )
    assert figures(text) == [(Decimal("1.2e12"), "UGX")]


def test_shared_signs_the_sentence_chooses_among_the_documents_countries() -> None:
    text = (
        "Kenya and Tanzania agreed to remove trade barriers.\n\n"
        "Tanzania's exports to Egypt rose to Sh 800 billion in 2024."
    )
    assert figures(text) == [(Decimal("800e9"), "TZS")]


@pytest.mark.parametrize(
    "text",
    [
        # two countries of the sign in one sentence: the sign cannot tell whose shilling
        "Kenya's exports to Uganda reached Sh90 billion in 2023.",
        # India and Pakistan both write "Rs"
        "Trade between India and Pakistan fell to Rs 20 billion last year.",
        # no country of the sign anywhere in the text
        "France's exports to Germany reached kr 3 billion, a trader claimed.",
    ],
)
def test_shared_signs_stay_unresolved_when_no_single_country_chooses(text: str) -> None:
    assert figures(text) == []


def test_shared_signs_keep_their_candidates_until_a_country_chooses() -> None:
    [amount] = find_amounts("The budget was Sh 12 billion.")
    assert (amount.kind, amount.currency, amount.value) == (
        AmountKind.MONEY,
        None,
        Decimal("12e9"),
    )
    assert amount.candidates == ("KES", "TZS", "UGX", "SOS")


@pytest.mark.parametrize(
    "text",
    [
        # an honorific and a word, not currency signs
        "Sh. Rajnath Singh met 3 delegations in Delhi.",
        "Rs and Ps were the codes on 2 forms.",
        # state highways in capitals: the signs are read in their own case only
        "Traffic on SH 2 and KR 5 was slow for 3 hours.",
    ],
)
def test_shared_signs_are_read_only_glued_to_a_number(text: str) -> None:
    assert [a for a in find_amounts(text) if a.kind is AmountKind.MONEY] == []


def test_shared_signs_leave_the_countrys_own_signs_alone() -> None:
    # "KSh", "TSh" and "USh" name one currency each, whatever the text is about.
    [amount] = find_amounts("Uganda said the road cost KSh 4 billion.")
    assert amount.currency == "KES"


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
    assert figures(text) == expected


def test_a_shared_name_takes_the_country_the_story_is_about() -> None:
    text = (
        "The President of Mexico received the Prime Minister of Japan in Mexico City on Monday.\n\n"
        "Bilateral trade grew from 30 billion pesos to 41 billion pesos in five years."
    )
    assert figures(text) == [(Decimal("30e9"), "MXN"), (Decimal("41e9"), "MXN")]


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
    assert figures(text) == []


def test_a_name_that_says_whose_it_is_keeps_its_currency() -> None:
    """Counter-example: "Swiss francs" in a story about Senegal stay Swiss."""
    text = "Senegal's bonds raised 200 million Swiss francs from investors in Geneva last year."
    assert figures(text) == [(Decimal("200e6"), "CHF")]


@pytest.mark.parametrize(
    ("home", "currency"),
    [("MU", "MUR"), ("IN", "INR"), ("SC", None), (None, None)],
)
def test_shared_currencies_the_storys_own_country_chooses_between_two_named(
    home: str | None, currency: str | None
) -> None:
    text = "Seychelles sold fish worth Rs 2.1 billion to India and Mauritius."
    amounts = settle_shared_currencies(find_amounts(text), text, [{"IN", "MU"}], home)
    assert [a.currency for a in amounts] == [currency]


def test_shared_currencies_a_port_louis_story_about_india_writes_mauritian_rupees() -> None:
    text = (
        "Port Louis, May 12, 2025\n\nThe Prime Minister of Mauritius received the Indian"
        " commerce minister. Mauritian exports to India reached Rs 4.2 billion in 2024.\n"
    )
    assert figures(text) == [(Decimal("4.2e9"), "MUR")]
