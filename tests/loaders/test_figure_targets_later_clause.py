"""A target told in a later clause joined by ", and" ("..., and agreed to strive to lift it to $3
billion by 2026") is not what the growth before it is about: "up 7.2%" is the growth of the
year the sentence reports, not of the target's year."""

from __future__ import annotations

from decimal import Decimal

from dkg.loaders.steps.figures import FigureContext, find_figures


def _figures(sentence: str) -> list[tuple[Decimal, int | None, bool]]:
    return [(f.value, f.year, f.is_target) for f in find_figures(sentence, 0, FigureContext())]


def test_growth_before_a_later_target_clause_keeps_its_year() -> None:
    sentence = (
        "Trade between Peru and Korea reached $2.4 billion in 2023, up 6.5% year-on-year, and "
        "agreed to strive to lift the figure to $4 billion by 2027."
    )
    assert _figures(sentence) == [
        (Decimal("2400000000"), 2023, False),
        (Decimal("6.5"), 2023, False),
        (Decimal("4000000000"), 2027, True),
    ]


def test_a_second_target_joined_by_and_stays_a_target() -> None:
    """Counter-example: ", and to $9 billion by 2030" is the same verb's second target."""
    sentence = "The two sides aim to raise trade to $5 billion by 2027, and to $9 billion by 2030."
    assert [(v, y, t) for v, y, t in _figures(sentence)] == [
        (Decimal("5000000000"), 2027, True),
        (Decimal("9000000000"), 2030, True),
    ]
