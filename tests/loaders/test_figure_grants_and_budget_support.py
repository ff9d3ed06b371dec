"""Sums given as grants or budget support are aid, though no "aid", "agreement" or "trade"
stands near them (issue 4); a grant inside a signed document, one loan pricing a project and
a grant a bank approves for one project stay as they were."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2025 = FigureContext(document_year=2025)


def _figures(sentence: str) -> list[tuple[str, Decimal, str]]:
    return [(f.kind.value, f.value, f.unit) for f in find_figures(sentence, 0, DATED_2025)]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Spain confirmed some 25 million euros in grants for water projects in Morocco.",
            ("other", Decimal(25_000_000), "EUR"),
        ),
        (
            "Germany announced budget support of 20 million euros this year for Moldova.",
            ("other", Decimal(20_000_000), "EUR"),
        ),
        (
            "Korea will provide budget support worth $50 million to Ethiopia.",
            ("other", Decimal(50_000_000), "USD"),
        ),
        (
            "Japan will give Laos a grant of $7 million for school buildings.",
            ("other", Decimal(7_000_000), "USD"),
        ),
    ],
)
def test_figure_grants_and_budget_support_are_aid(
    sentence: str, figure: tuple[str, Decimal, str]
) -> None:
    assert _figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers signed an exchange of notes on a loan of 500 million yen for a clinic.",
        "Ghana and Japan signed a memorandum on grants of $12 million for rural roads.",
        "The bank approved a loan of $40 million for the port.",
        "The development bank approved a grant of $9 million for the hospital.",
    ],
)
def test_figure_a_grant_inside_a_document_or_one_loan_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []
