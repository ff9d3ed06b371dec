"""A company list may give its items their article ("companies, among them the Bank of Kigali
and the Rwanda Stock Exchange"): each item is still a company, and the article is no part of
its name; a body a list strips to a fragment ("the Ministry of Trade") is none."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

GAZETTEER = load_gazetteer()


def _names(sentence: str) -> list[str]:
    return [m.name for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The forum drew firms, among them the Bank of Tirana and the Adriatic Stock "
            "Exchange, whose subsidiary Durres Clearing signed a deal.",
            ["Bank of Tirana", "Adriatic Stock Exchange", "Durres Clearing"],
        ),
        (
            "Lenders such as the Andean Savings Bank, Cusco Credit and the Lima Trust joined.",
            ["Andean Savings Bank", "Cusco Credit", "Lima Trust"],
        ),
        (
            "Carmakers, among them Karosa Works and the Bratislava-based supplier Matador "
            "Group, showed prototypes.",
            ["Karosa Works", "Matador Group"],
        ),
        (
            "Miners such as the state-owned Zambia Copper Holdings and First Quantum Minerals bid.",
            ["Zambia Copper Holdings", "First Quantum Minerals"],
        ),
    ],
)
def test_companies_listed_with_articles_each_item_is_a_company(
    sentence: str, expected: list[str]
) -> None:
    assert _names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Firms including the Ministry of Trade met on Monday.",
        "Investors such as the United States and the Netherlands were named.",
        "The ministers, among them the Minister of Energy, signed the accord.",
        "Lenders such as the Accra-based banks met the governor.",
    ],
)
def test_companies_listed_with_articles_bodies_and_states_are_none(sentence: str) -> None:
    assert _names(sentence) == []
