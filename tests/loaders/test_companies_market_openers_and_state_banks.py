"""Company names after a market report's opening ("Shares of Acme Motor Co."), the large listed
firms of a country the gazetteer lists (Australia's), and a state's bank a bank's kind tells
("the state-owned development bank KfW is financing")."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies
from tests.loaders.reading import company_names, read

GAZETTEER = load_gazetteer()
DAY = datetime.date(2025, 3, 4)


def _names(sentence: str) -> list[str]:
    return [m.name for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shares of Korin Motor Co. and Tamaki Foods Corp. were little changed.", 2),
        ("Stocks of Korin Motor Co. rose 2% on Tuesday.", 1),
        ("Volvex Mining Corp. Separately, the ministers met.", 1),
    ],
)
def test_companies_market_openers_are_no_part_of_the_name(sentence: str, expected: int) -> None:
    names = _names(sentence)
    assert len(names) == expected
    assert not any(n.split()[0] in {"Shares", "Stocks", "of", "Separately"} for n in names)


def test_companies_a_small_word_inside_a_name_stays() -> None:
    # the near miss: "of" inside the name, not left over at its start
    assert _names("Shares of Bank of Narvik ASA fell.") == ["Bank of Narvik ASA"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The joint venture is made up of Santos, Chevron and Mitsubishi Corporation.",
            ["Santos", "Chevron", "Mitsubishi Corporation"],
        ),
        ("Woodside Petroleum will supply the gas.", ["Woodside Energy"]),
        ("South32 and Orica signed the supply deal.", ["South32", "Orica"]),
    ],
)
def test_companies_large_australian_firms_need_no_cue(sentence: str, expected: list[str]) -> None:
    assert _names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The ship docked at the port of Santos with 700 passengers on board.",
        "Foreign Minister Ana Santos met her counterpart.",
    ],
)
def test_companies_a_firm_that_is_also_a_place_or_a_surname_needs_support(sentence: str) -> None:
    assert _names(sentence) == []


def test_companies_a_state_bank_told_by_its_kind_is_a_company() -> None:
    text = "BERLIN - The state-owned development bank KfW is financing wind farms in Chile."
    assert company_names(read(text, DAY)) == ["KfW"]


@pytest.mark.parametrize(
    "text",
    [
        # the near misses: a multilateral bank, and a state bank with no bank's kind before it
        "MANILA - The multilateral development bank AIIB is financing wind farms in Chile.",
        "BERLIN - KfW said it would keep financing wind farms in Chile.",
    ],
)
def test_companies_other_development_banks_stay_organisations(text: str) -> None:
    assert company_names(read(text, DAY)) == []
