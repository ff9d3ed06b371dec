"""Growth as texts translated from French tell it: "a progression of 14 percent" is a rise and
"a regression of 8 percent" a fall; "80 percent progress" on works is how far they have come."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _growth(sentence: str) -> list[tuple[Decimal, int | None]]:
    found = find_figures(sentence, 0, FigureContext(2025))
    return [(f.value, f.year) for f in found if f.kind.value == "growth_percent"]


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        (
            "Trade reached 5.1 billion dollars in 2023, a progression of 12 percent.",
            (Decimal(12), 2023),
        ),
        (
            "Exports reached 640 million euros in 2024, that is to say a progression of more "
            "than 40 percent.",
            (Decimal(40), 2024),
        ),
        ("Imports showed a regression of 8 percent in 2023.", (Decimal(-8), 2023)),
    ],
)
def test_figure_percents_progression_is_growth(
    sentence: str, growth: tuple[Decimal, int | None]
) -> None:
    assert _growth(sentence) == [growth]


def test_figure_percents_progress_of_works_is_no_growth() -> None:
    assert _growth("The works on the port show 80 percent progress.") == []
