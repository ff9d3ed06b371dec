"""A known group's unit named by its trades ("Samsung Engineering and Construction") is a
company under that name, not lost as part of an unknown longer name (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2026, 3, 9)


def _written(text: str) -> list[str]:
    return [c.written_name for c in read(text, _DAY).companies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A desalination plant in Oman will be built by Samsung Engineering and Construction.",
            ["Samsung Engineering and Construction"],
        ),
        ("Samsung Engineering won the tender for a gas plant in Algeria.", ["Samsung Engineering"]),
    ],
)
def test_company_names_group_units_named_by_trades(text: str, expected: list[str]) -> None:
    assert _written(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" joins a minister, not a trade
        (
            "Samsung Engineering and Energy Minister Park toured the site in Oman.",
            ["Samsung Engineering"],
        ),
        # "and" joins another firm
        ("Samsung and Kenya Airways signed a cargo deal.", ["Samsung", "Kenya Airways"]),
        # a word that is no trade follows the group's name: not its unit
        ("Samsung Electronics Chairman Lee visited the plant in Hanoi.", []),
    ],
)
def test_company_names_group_units_need_only_trade_words(text: str, expected: list[str]) -> None:
    assert _written(text) == expected
