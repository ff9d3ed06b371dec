"""The last sum of a list closed by "as well as" or "plus" is of the list's kind, even when
only the first sum says what the money is; a sum that is not part of the list is not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(text: str) -> list[tuple[str, Decimal, str]]:
    return [(f.kind.value, f.value, f.unit) for f in find_figures(text, 0, FigureContext(2024))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway gave NOK 400 million in development aid, as well as NOK 50 million for "
            "clean water.",
            [("other", Decimal("400e6"), "NOK"), ("other", Decimal("50e6"), "NOK")],
        ),
        (
            "Seoul pledged $30 million in humanitarian assistance plus $8 million for landmine "
            "clearance.",
            [("other", Decimal("30e6"), "USD"), ("other", Decimal("8e6"), "USD")],
        ),
    ],
)
def test_figure_list_closings_the_last_sum_takes_the_lists_kind(
    text: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a loan after the list word is a price, not one more sum of aid
        "Norway gave NOK 400 million in development aid, as well as a NOK 50 million loan.",
        # in another currency it is no item of the same list
        "Norway gave NOK 400 million in development aid, as well as $5 million for a bridge.",
    ],
)
def test_figure_list_closings_other_sums_after_a_figure_stay_out(text: str) -> None:
    assert _figures(text) == [("other", Decimal("400e6"), "NOK")]
