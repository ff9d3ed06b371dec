"""People of one country living, working or studying in the other are a figure of the
relationship, however the verb is written; "half a billion" is money; export banks lend, they do
not export."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext, FigureKind


def _figures(text: str) -> list[tuple[FigureKind, Decimal]]:
    return [(f.kind, f.value) for f in find_paragraph_figures([(text, 0)], FigureContext(2024))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("More than 7,500 Filipinos are studying or working in Canada.", 7500),
        ("Over 20,000 Nepali nationals live in Qatar.", 20000),
        ("Some 3,000 Ghanaians are training in Cuba this year.", 3000),
    ],
)
def test_figures_people_abroad_are_counted(text: str, value: int) -> None:
    assert _figures(text) == [(FigureKind.OTHER, Decimal(value))]


def test_figures_people_not_abroad_are_no_figure() -> None:
    assert _figures("The 2,000 Filipinos are waiting for the ferry to Cebu.") == []


def test_figures_half_a_billion_is_aid() -> None:
    found = _figures("Norway pledged a further half a billion dollars in assistance to Kenya.")
    assert found == [(FigureKind.OTHER, Decimal(500_000_000))]


def test_figures_half_a_century_is_no_amount() -> None:
    assert _figures("The two nations marked half a century of ties with $3 billion in trade.") == [
        (FigureKind.TRADE_TURNOVER, Decimal(3_000_000_000))
    ]


def test_figures_export_banks_lend_not_export() -> None:
    kinds = [k for k, _ in _figures("Their export banks will lend $2 billion to small firms.")]
    assert FigureKind.EXPORTS not in kinds
    assert _figures("Exports to Chile reached $2 billion.") == [
        (FigureKind.EXPORTS, Decimal(2_000_000_000))
    ]
