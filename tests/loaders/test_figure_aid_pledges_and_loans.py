"""Aid told as loans, grants or pledges is a figure of the relationship; one loan that prices
a project, or loans and grants inside a signed document, are not."""

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
            "Seoul has extended loans and grants of about $3 billion to Hanoi since 1993.",
            ("other", Decimal(3_000_000_000), "USD"),
        ),
        (
            "Over two decades Germany gave grants worth some 200 million euros to Namibia.",
            ("other", Decimal(200_000_000), "EUR"),
        ),
        (
            "The relief fund has collected only 40 million dollars in pledges so far.",
            ("other", Decimal(40_000_000), "USD"),
        ),
    ],
)
def test_figure_aid_told_as_loans_grants_or_pledges_is_a_figure(
    sentence: str, figure: tuple[str, Decimal, str]
) -> None:
    assert _figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers exchanged notes on a loan of 25 billion yen for the new bridge.",
        "Under the memorandum, grants of up to $50 million will go to rural clinics.",
        "Tokyo extended a loan of 12 billion yen for the harbour road.",
    ],
)
def test_figure_aid_priced_or_inside_a_document_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []
