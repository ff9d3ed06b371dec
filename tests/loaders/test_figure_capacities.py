"""What a place or programme could take in is a capacity, no count of the relationship;
how many people there are stays a figure (issue 4)."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures


def _counts(text: str) -> list[int]:
    return [int(f.value) for f in find_figures(text, 0, FigureContext(2024)) if f.unit == "count"]


@pytest.mark.parametrize(
    "text",
    [
        "The two reception centres could handle up to 28,000 people a year.",
        "The new campus will be able to host 4,000 students from Laos.",
        "The terminal has a capacity of 3 million passengers a year.",
        "The hall seats 1,500 visitors.",
    ],
)
def test_figure_capacities_are_no_counts(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Jordan hosts some 650,000 refugees from Syria.", 650_000),
        ("About 12,000 Nepali students are studying in Japan.", 12_000),
        ("The consulate handled visas for 9,000 Turkish workers in Qatar.", 9_000),
    ],
)
def test_figure_capacities_leave_counts_of_people_there(text: str, count: int) -> None:
    assert _counts(text) == [count]
