"""Figures business news states beside stock prices, running periods and job counts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, FigureKind, find_figures

DATED_2024 = FigureContext(document_year=2024)


def figures(sentence: str) -> list[tuple[str, Decimal, int | None]]:
    return [(f.kind.value, f.value, f.year) for f in find_figures(sentence, 0, DATED_2024)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares of Tata Motors rose 4.2 percent in Mumbai on Monday.",
        "The Nikkei index closed 0.8% lower after the talks.",
        "Bank stocks on the Warsaw bourse fell 1.1% on the day.",
        "The main index of the Nairobi exchange added 1.5% during the session.",
        "Petrobras gained 2.3% in trading in Sao Paulo.",
    ],
)
def test_stock_market_moves_are_not_growth_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_growth_of_trade_beside_a_stock_of_investment_is_kept() -> None:
    assert figures("Trade grew 7% in 2023, and the stock of Japanese investment rose 4%.") == [
        ("growth_percent", Decimal("7"), 2023),
        ("growth_percent", Decimal("4"), 2023),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trade reached 43 billion dollars last year, and the ministry said exports to "
            "Oman grew 11.9 percent in January-September.",
            [
                ("trade_turnover", Decimal("43000000000"), 2023),
                ("growth_percent", Decimal("11.9"), 2024),
            ],
        ),
        (
            "Trade with Peru was $2.1 billion in 2022, while exports rose 8% in the first half.",
            [
                ("trade_turnover", Decimal("2100000000"), 2022),
                ("growth_percent", Decimal("8"), 2024),
            ],
        ),
    ],
)
def test_a_period_without_a_year_is_the_running_year_not_another_clauses_year(
    sentence: str, expected: list[tuple[str, Decimal, int | None]]
) -> None:
    assert figures(sentence) == expected


def test_a_period_with_its_own_year_keeps_it() -> None:
    assert figures("In January-June 2023 trade grew 5%.") == [
        ("growth_percent", Decimal("5"), 2023)
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Chinese firms run 1,100 projects that employ about 150,000 Tanzanians.",
            Decimal("150000"),
        ),
        ("Turkish contractors employ more than 20,000 Iraqis.", Decimal("20000")),
        ("Korean factories in the country hire some 700,000 Vietnamese.", Decimal("700000")),
    ],
)
def test_jobs_counted_by_the_people_who_hold_them_are_figures(
    sentence: str, value: Decimal
) -> None:
    found = find_figures(sentence, 0, DATED_2024)
    assert (FigureKind.OTHER, value) in [(f.kind, f.value) for f in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chile and Korea put two-way trade at US$6 billion, or about 8 trillion won, in 2023.",
            [("trade_turnover", Decimal("6000000000"), 2023)],
        ),
        (
            "Ghana said exports to India reached $2.1 billion (25 billion cedis) in 2023.",
            [("exports", Decimal("2100000000"), 2023)],
        ),
        (
            "Under the Minister for Trade and Investment, firms signed 9 deals worth "
            "US$4 billion, or around Rp60 trillion.",
            [],
        ),
    ],
)
def test_figure_restated_in_other_money_is_no_figure_of_its_own(
    sentence: str, expected: list[tuple[str, Decimal, int | None]]
) -> None:
    # A reader sees one trade figure, not a second one in won, and no figure at all where the
    # restated sum prices the deals.
    assert figures(sentence) == expected


def test_figure_two_sums_in_other_money_joined_by_and_stay_two_figures() -> None:
    sentence = "In 2023 exports reached $3 billion and imports totalled 2 billion euros."
    assert figures(sentence) == [
        ("exports", Decimal("3000000000"), 2023),
        ("imports", Decimal("2000000000"), 2023),
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Algeria supplies about 30% of Italy's gas.", Decimal("30")),
        ("More than 60 percent of Nepal's fuel imports come from India.", Decimal("60")),
    ],
)
def test_figure_one_countrys_share_of_anothers_supplies_is_a_figure(
    sentence: str, value: Decimal
) -> None:
    assert figures(sentence) == [("other", value, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cocoa accounts for 60 percent of the total.",
        "About 70% of the delegates were women.",
        "Ghana's exports made up 60% of the region's cocoa trade.",
    ],
)
def test_figure_a_share_of_a_total_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []
