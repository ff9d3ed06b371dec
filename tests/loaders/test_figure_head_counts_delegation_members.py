"""The firms a delegation is made of, told by what the delegation includes or by what they are
part of, are its size, not a figure of the relationship (issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2025 = FigureContext(document_year=2025)


def _counts(sentence: str) -> list[Decimal]:
    return [f.value for f in find_figures(sentence, 0, DATED_2025) if f.unit == "count"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Malaysian delegation included 45 companies from the palm oil trade.",
        "The delegation, which also included executives of some 20 firms, landed in Quito.",
        "Bosses of more than 35 Swiss companies were part of the delegation to Jakarta.",
        "Roughly 50 Egyptian businesses made up the trade delegation.",
        "Around 15 Danish firms are also on the minister's delegation.",
    ],
)
def test_figure_head_counts_delegation_members_are_no_figure(sentence: str) -> None:
    assert _counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # what the delegation talks about, or where firms are, is still counted
        ("The delegation noted that 300 Swiss companies operate in Ecuador.", Decimal(300)),
        ("About 40 Egyptian firms are in Jordan's free zones.", Decimal(40)),
        ("The delegation heard that 120 Danish firms have invested in Ghana.", Decimal(120)),
    ],
)
def test_figure_head_counts_delegation_beside_a_relationship_count_keeps_it(
    sentence: str, value: Decimal
) -> None:
    assert _counts(sentence) == [value]
