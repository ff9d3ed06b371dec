"""Aid told as loans, grants or pledges, and the forces one country sends to another, are
figures of the relationship; the same words inside a signed document or a casualty report are
not."""

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
        (
            "Rwanda will deploy 350 more troops to Mozambique's northern province.",
            ("other", Decimal(350), "count"),
        ),
        (
            "Chad has kept some 1,200 soldiers in the region since the accord.",
            ("other", Decimal(1200), "count"),
        ),
    ],
)
def test_figure_aid_and_forces_sent_are_figures(
    sentence: str, figure: tuple[str, Decimal, str]
) -> None:
    assert _figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers exchanged notes on a loan of 25 billion yen for the new bridge.",
        "Under the memorandum, grants of up to $50 million will go to rural clinics.",
        "Tokyo extended a loan of 12 billion yen for the harbour road.",
        "About 60 army officers visited the naval academy in March.",
        "The ambush killed 14 soldiers near the frontier.",
        "More than 90 officers attended the passing-out parade.",
    ],
)
def test_figure_aid_and_forces_in_documents_or_events_are_no_figures(sentence: str) -> None:
    assert _figures(sentence) == []
