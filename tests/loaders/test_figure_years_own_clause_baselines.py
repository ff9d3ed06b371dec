"""A baseline sum keeps the year and period of its own words, not those of the clause it
compares with."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2024 = FigureContext(document_year=2024)


def figures(sentence: str) -> list[tuple[Decimal, int | None, str | None]]:
    return [(f.value, f.year, f.period) for f in find_figures(sentence, 0, DATED_2024)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Exports from Chile to Peru fell to $400 million last year, down from a peak of "
            "$900 million in 2015.",
            [(Decimal("400000000"), 2023, None), (Decimal("900000000"), 2015, None)],
        ),
        (
            "Trade between Vietnam and Japan reached $30 billion in the first nine months of "
            "2023, up from $2 billion in all of 2022.",
            [
                (Decimal("30000000000"), 2023, "first nine months"),
                (Decimal("2000000000"), 2022, None),
            ],
        ),
        (
            "Kenyan imports from Egypt rose to $600 million in 2023 from a record low of "
            "$150 million in 2019.",
            [(Decimal("600000000"), 2023, None), (Decimal("150000000"), 2019, None)],
        ),
    ],
)
def test_figure_years_a_baseline_sum_takes_its_own_year_and_period(
    sentence: str, expected: list[tuple[Decimal, int | None, str | None]]
) -> None:
    assert figures(sentence) == expected


def test_figure_years_a_baseline_sum_after_its_period_shares_it() -> None:
    # The period is told after both sums, so it is the comparison's common period.
    sentence = "Exports rose to $3 billion from $2 billion in the first half of 2023."
    assert figures(sentence) == [
        (Decimal("3000000000"), 2023, "first half"),
        (Decimal("2000000000"), 2023, "first half"),
    ]
