"""A sum "in food aid" or "in reconstruction assistance" is aid like one "in humanitarian aid":
the word that says what the aid is for does not hide it."""

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
            "Japan gave Kenya $5 million in food aid last year.",
            ("other", Decimal(5_000_000), "USD"),
        ),
        (
            "Canada sent Haiti CAD 20 million in disaster relief assistance.",
            ("other", Decimal(20_000_000), "CAD"),
        ),
        (
            "Australia pledged A$40 million in reconstruction aid to Ukraine.",
            ("other", Decimal(40_000_000), "AUD"),
        ),
    ],
)
def test_figure_aid_of_any_purpose_is_a_figure(
    sentence: str, figure: tuple[str, Decimal, str]
) -> None:
    assert _figures(sentence) == [figure]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers said the hotel cost $5 million in food and fittings.",
        "A retailer in Lima spent $3 million in health insurance premiums.",
    ],
)
def test_figure_a_purpose_word_without_aid_is_no_aid(sentence: str) -> None:
    """Counter-examples: "food" or "health" with no word of aid after it gives no aid figure."""
    found = find_figures(sentence, 0, DATED_2025)
    assert not [f for f in found if f.description.startswith("aid")]
