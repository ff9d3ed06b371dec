"""Thousands parted by spaces ("120 000 tourists", "EUR 3 500 000"), as European and African
statistics write them, are one number; a date, a year or a small number next to another is not
glued to it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.amounts import find_amounts
from dkg.loaders.steps.figures import FigureContext, find_figures


def _values(text: str) -> list[tuple[Decimal, str | None]]:
    return [(a.value, a.currency) for a in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 120 000 visitors crossed from Estonia.", [(Decimal(120_000), None)]),
        ("The grant of EUR 3 500 000 went to the port.", [(Decimal(3_500_000), "EUR")]),
        ("The clinic received R 450\u00a0000 from the fund.", [(Decimal(450_000), "ZAR")]),
        ("About 2\u202f300 Slovak students enrolled.", [(Decimal(2_300), None)]),
    ],
)
def test_amounts_spaced_thousands_are_one_number(
    text: str, expected: list[tuple[Decimal, str | None]]
) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year, then a count
        ("In 2022 340 Danish firms opened offices.", [(Decimal(340), None)]),
        # a day after its month, then a count: no number at all rather than 9,250
        ("On October 9 250 guests attended the gala.", []),
        # groups that are not of three digits
        (
            "Flights 12 34 and 56 were delayed.",
            [(Decimal(12), None), (Decimal(34), None), (Decimal(56), None)],
        ),
        # a decimal point after a group of three: two numbers, not 7,125.5
        ("Readings of 7 125.5 were logged.", [(Decimal(7), None), (Decimal("125.5"), None)]),
    ],
)
def test_amounts_spaced_thousands_leave_years_days_and_other_groups_apart(
    text: str, expected: list[tuple[Decimal, str | None]]
) -> None:
    assert _values(text) == expected


def test_amounts_spaced_thousands_count_people_of_one_country_in_the_other() -> None:
    found = find_figures("Around 15 000 Nepali workers live in Qatar.", 0, FigureContext(2024))
    assert [(f.value, f.unit) for f in found] == [(Decimal(15_000), "count")]
