"""Which kind a sum of money takes when a sentence names several, or names its kind only in
an earlier sentence: each sum takes the kind of its own clause, and "it" the kind of the sum
it stands for."""

from __future__ import annotations

from decimal import Decimal

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext, FigureKind


def _kinds(*sentences: str) -> list[tuple[FigureKind, Decimal]]:
    read = find_paragraph_figures([(s, 0) for s in sentences], FigureContext(2024))
    return [(f.kind, f.value) for f in read]


def test_figure_clause_kinds_each_sum_takes_the_kind_of_its_own_clause() -> None:
    text = "Exports climbed to $7 billion in 2022 and investment to $3 billion."
    assert _kinds(text) == [
        (FigureKind.EXPORTS, Decimal(7_000_000_000)),
        (FigureKind.INVESTMENT, Decimal(3_000_000_000)),
    ]


def test_figure_clause_kinds_a_kind_named_after_the_sum_still_counts() -> None:
    assert _kinds("Canada put $2 billion of fresh investment into the mines.") == [
        (FigureKind.INVESTMENT, Decimal(2_000_000_000))
    ]


def test_figure_clause_kinds_it_takes_the_kind_of_the_sum_before() -> None:
    assert _kinds(
        "Two-way trade came to $11 billion last year.",
        "The ministers hope to lift it to $20 billion by 2030.",
    ) == [
        (FigureKind.TRADE_TURNOVER, Decimal(11_000_000_000)),
        (FigureKind.TRADE_TURNOVER, Decimal(20_000_000_000)),
    ]


def test_figure_clause_kinds_it_without_a_sum_before_names_no_kind() -> None:
    assert _kinds("The ministers hope to lift it to $20 billion by 2030.") == []


def test_figure_clause_kinds_money_given_to_it_is_no_figure() -> None:
    assert _kinds(
        "Investment reached $4 billion in 2023.",
        "A bank then lent $600 million to it.",
    ) == [(FigureKind.INVESTMENT, Decimal(4_000_000_000))]


def test_figure_clause_kinds_a_rate_between_cue_and_sum_keeps_the_clause_kind() -> None:
    text = (
        "Sales abroad grew: exports rose 3.2% to $40 billion in 2023, while imports "
        "fell 2.5% to $31 billion."
    )
    money = [(k, v) for k, v in _kinds(text) if k is not FigureKind.GROWTH_PERCENT]
    assert money == [
        (FigureKind.EXPORTS, Decimal(40_000_000_000)),
        (FigureKind.IMPORTS, Decimal(31_000_000_000)),
    ]


def test_figure_clause_kinds_export_credit_lending_is_not_exports() -> None:
    text = "The export credit agency signed credit lines of up to $2 billion for local suppliers."
    assert all(k is not FigureKind.EXPORTS for k, _ in _kinds(text))


def test_figure_clause_kinds_exports_still_read_beside_credit() -> None:
    text = "Exports of machinery reached $2 billion in 2023."
    assert _kinds(text) == [(FigureKind.EXPORTS, Decimal(2_000_000_000))]


def test_figure_clause_kinds_a_breakdown_in_brackets_does_not_lend_its_kind() -> None:
    text = (
        "Trade came to $6.1 billion in 2023 (exports $4 billion, imports $2.1 billion), "
        "9% more than in 2022 ($5.6 billion)."
    )
    money = [(k, v) for k, v in _kinds(text) if k is not FigureKind.GROWTH_PERCENT]
    assert money[-1] == (FigureKind.TRADE_TURNOVER, Decimal("5.6E9"))
