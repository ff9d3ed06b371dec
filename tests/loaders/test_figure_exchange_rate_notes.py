"""Regional outlets convert a local sum for readers abroad ("about US$5 million at current
rates"): the conversion is the same money again, never a second figure, and a conversion into
US dollars is the figure users compare across countries."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2023 = FigureContext(document_year=2023)


def figures(sentence: str) -> list[tuple[str, Decimal, str, int | None]]:
    return [(f.kind.value, f.value, f.unit, f.year) for f in find_figures(sentence, 0, DATED_2023)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Exports to Georgia came to 41 billion tenge (about 88 million US dollars at the "
            "current exchange rate) in 2022.",
            [("exports", Decimal("88000000"), "USD", 2022)],
        ),
        (
            "Turkish investment in the country reached 900 million manats (roughly US$530 "
            "million at today's rate).",
            [("investment", Decimal("530000000"), "USD", None)],
        ),
        (
            "Imports from Chile rose to 3.4 trillion soums, some 280 million dollars at the "
            "official rate, in 2022.",
            [("imports", Decimal("280000000"), "USD", 2022)],
        ),
    ],
)
def test_figure_exchange_rate_note_gives_the_local_sum_in_dollars(
    sentence: str, expected: list[tuple[str, Decimal, str, int | None]]
) -> None:
    assert figures(sentence) == expected


def test_figure_conversion_of_a_sum_in_an_unread_currency_is_still_no_figure() -> None:
    # The first sum is in a sign no table knows; its conversion must not stand in for it.
    sentence = "Brazilian investment reached Z$9 billion (about US$14 million at current rates)."
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Exports grew at a rate of 6% to US$2 billion in 2022.",
            [
                ("growth_percent", Decimal("6"), "percent", 2022),
                ("exports", Decimal("2000000000"), "USD", 2022),
            ],
        ),
        (
            "Trade reached US$4 billion in 2022, rising at the same rate as investment.",
            [("trade_turnover", Decimal("4000000000"), "USD", 2022)],
        ),
        (
            "Investment reached US$3 billion at the end of 2022.",
            [("investment", Decimal("3000000000"), "USD", 2022)],
        ),
    ],
)
def test_figure_other_rates_after_a_sum_keep_it(
    sentence: str, expected: list[tuple[str, Decimal, str, int | None]]
) -> None:
    assert figures(sentence) == expected
