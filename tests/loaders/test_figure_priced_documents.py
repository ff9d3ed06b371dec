"""A sum that prices a signed document is the document's value, not a figure of the
relationship, whichever document noun names it (the agreement finder's): a pact, protocols or
a roadmap as much as agreements. A bank's financial instruments are no such document, and a
sum the sentence gives before its document noun is still a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2024 = FigureContext(document_year=2024)


def _figures(sentence: str) -> list[tuple[str, Decimal]]:
    return [(f.kind.value, f.value) for f in find_figures(sentence, 0, DATED_2024)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Korea signed a pact worth $2 billion on lithium investment.",
        "The ministers signed protocols valued at $900 million in investment in ports.",
        "The leaders adopted a roadmap worth $5 billion of investment in rail.",
    ],
)
def test_figure_priced_documents_are_no_figures(sentence: str) -> None:
    assert _figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank sold financial instruments worth $2 billion of Korean investment.",
        "Korean investment in Chile reached $2 billion, the roadmap says.",
    ],
)
def test_figure_priced_documents_other_sums_stay_figures(sentence: str) -> None:
    assert _figures(sentence) == [("investment", Decimal("2000000000"))]
