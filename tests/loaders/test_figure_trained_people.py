"""People trained are a figure of the relationship, as students are: "to train 5,000 Chilean
engineers", "some 900 officials trained since 1990"; officials who only travel with a
delegation or attend an event are a head count, not a figure."""

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
        ("The chip maker will train 5,000 Chilean engineers over five years.", 5000),
        ("Some 900 Peruvian officials have been trained in Japan since 1990.", 900),
        ("- Training for 300 Bolivian trainees in India every year.", 300),
    ],
)
def test_figure_trained_people_are_counted(text: str, value: int) -> None:
    assert _figures(text) == [(FigureKind.OTHER, Decimal(value))]


@pytest.mark.parametrize(
    "text",
    [
        "The minister arrived with a delegation of 40 officials.",
        "The forum was attended by 250 officials from both countries.",
    ],
)
def test_figure_trained_people_officials_in_attendance_are_no_figure(text: str) -> None:
    assert _figures(text) == []
