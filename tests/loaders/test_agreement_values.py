"""The value of a package of agreements as news writes it, and totals that are background."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.agreements import find_agreements
from dkg.loaders.steps.figures import FigureContext, find_figures


@pytest.mark.parametrize(
    ("sentence", "count", "value", "currency"),
    [
        (
            "Korean and Saudi firms signed 51 deals worth a combined 15.6 billion dollars.",
            51,
            "15600000000",
            "USD",
        ),
        (
            "Emirati and Indian firms concluded 14 agreements worth a total of 3.2bn dirhams.",
            14,
            "3200000000",
            "AED",
        ),
        (
            "Kenyan and Qatari firms signed nine deals worth a total of $1.1 billion.",
            9,
            "1100000000",
            "USD",
        ),
    ],
)
def test_a_combined_or_total_value_prices_the_package(
    sentence: str, count: int, value: str, currency: str
) -> None:
    found = find_agreements(sentence, 0)
    assert [(a.count, a.value, a.currency) for a in found] == [(count, Decimal(value), currency)]
    # The money prices the package, so it is no investment figure as well.
    assert find_figures(sentence, 0, FigureContext(2024)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish contractors have won contracts worth $12 billion in Russia since 2000.",
        "Chinese banks signed deals worth 30 billion dollars with Angola over the past decade.",
        "Korean builders have won contracts worth about 160 billion dollars there since the 1970s.",
    ],
)
def test_deals_totalled_over_years_are_no_package_of_the_event(sentence: str) -> None:
    assert find_agreements(sentence, 0) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "A declaration of intent on migration and mobility was finalised for signature.",
            "declaration of intent on migration and mobility",
        ),
        (
            "A memorandum on fisheries between Chile and Peru is ready for signature.",
            "memorandum on fisheries between Chile and Peru",
        ),
    ],
)
def test_a_document_ready_for_signature_is_planned(sentence: str, title: str) -> None:
    found = find_agreements(sentence, 0)
    assert [(a.status.value, a.title) for a in found] == [("planned", title)]
