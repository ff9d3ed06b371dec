"""A sum told with a year of its own inside a target sentence ("raise trade, which stood at $8
billion in 2024, to $12 billion by 2027") is where trade stands that year, not the target."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2025, 2, 7)


def _figures(text: str) -> list[tuple[int, int | None, bool]]:
    return [(int(f.value), f.year, f.is_target) for f in read(text, FILED).figures]


@pytest.mark.parametrize(
    "text",
    [
        "The sides agreed to raise bilateral trade, which stood at about 8 billion US dollars "
        "in 2024, to 12 billion US dollars by 2027.",
        "The sides agreed to raise bilateral trade from 8 billion US dollars in 2024 to 12 "
        "billion US dollars by 2027.",
    ],
)
def test_figure_years_standing_sums_are_no_target(text: str) -> None:
    assert _figures(text) == [(8_000_000_000, 2024, False), (12_000_000_000, 2027, True)]


def test_figure_years_standing_sums_a_target_word_first_keeps_the_target() -> None:
    text = "The sides aim to raise bilateral trade to 8 billion US dollars in 2026 by 2027."
    assert [t for _, _, t in _figures(text)] == [True]
