"""A company named after its stock market ("Toronto-listed Barrick Mining") or after a trade
that only firms practise ("the winery Vina Tarapaca", "the brewery Cerveceria Nacional")."""

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
        ("Toronto-listed Kinross Tasiast briefed the minister on its mine.", ["Kinross Tasiast"]),
        ("Shares of Sydney-listed Lynas Rare Earths rose after the talks.", ["Lynas Rare Earths"]),
        ("The delegation includes the winery Vina Tarapaca and two banks.", ["Vina Tarapaca"]),
        ("The brewery Cerveceria Nacional will export to Korea.", ["Cerveceria Nacional"]),
    ],
)
def test_companies_listed_and_wineries_are_read(sentence: str, expected: list[str]) -> None:
    assert _names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "London-listed shares of miners fell on Tuesday.",
        "The items listed Monday include a port upgrade.",
        "The winery tour in Mendoza was the last stop of the day.",
    ],
)
def test_companies_listed_and_wineries_need_a_name(sentence: str) -> None:
    """Counter-examples: no capitalised name right after the word, or a list of items."""
    assert _names(sentence) == []
