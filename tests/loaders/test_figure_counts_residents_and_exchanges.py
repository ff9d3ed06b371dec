"""People of one country in the other are a figure however the sentence places them: living
there "already", "health professionals" of two words, seafarers working "on" the other's
vessels, young people taking part in exchange programmes. A forum's participants, people on a
project and people merely "in place" stay as they were."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext


def _figures(text: str) -> list[tuple[str, Decimal]]:
    found = find_paragraph_figures([(text, 0)], FigureContext(2025))
    return [(f.kind.value, f.value) for f in found]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Around 9,000 Senegalese already live in Spain.", 9000),
        ("64 Cuban health professionals are serving in the country's hospitals.", 64),
        ("Around 70 Kiribati seafarers currently work on Taiwanese fishing vessels.", 70),
        ("Some 300 Fijian workers serve aboard Japanese ships.", 300),
        ("More than 35 Fijian students are currently studying in Japan.", 35),
        ("Some 240 Samoans are currently employed in New Zealand under the scheme.", 240),
        (
            "More than 1,500 young people from the region took part in exchange programmes "
            "last year.",
            1500,
        ),
    ],
)
def test_figure_counts_people_of_the_relationship_are_counted(text: str, value: int) -> None:
    assert _figures(text) == [("other", Decimal(value))]


@pytest.mark.parametrize(
    "text",
    [
        "More than 1,500 young people from the region took part in the forum last year.",
        "The 40 Cuban health brigades are already in place.",
        "Some 300 Fijian dancers performed on the stage of the theatre.",
        "Some 240 Samoan dancers employed a new style in the opening show.",
    ],
)
def test_figure_counts_attendance_and_presence_stay_out(text: str) -> None:
    assert _figures(text) == []
