"""People of one country counted in the other are figures whatever their trade ("Cuban nurses")
or however the count is told ("numbered about"); a country's own population is none."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figure_paragraphs import find_paragraph_figures
from dkg.loaders.steps.figures import FigureContext, FigureKind


def _figures(text: str) -> list[tuple[FigureKind, Decimal, int | None]]:
    found = find_paragraph_figures([(text, 0)], FigureContext(2024))
    return [(f.kind, f.value, f.year) for f in found]


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Some 700 Cuban nurses work in Angola under the programme.", 700, None),
        ("About 300 Egyptian teachers are working in Kuwait.", 300, None),
        ("Chinese tourists numbered about 150,000 in 2019, the Thai ministry said.", 150000, 2019),
        ("Indian students totalled more than 8,000 last year in Ireland.", 8000, 2023),
        ("Cuban doctors number about 700 in Angola, officials said.", 700, None),
    ],
)
def test_figure_counts_people_of_one_country_in_the_other(
    text: str, value: int, year: int | None
) -> None:
    assert _figures(text) == [(FigureKind.OTHER, Decimal(value), year)]


@pytest.mark.parametrize(
    "text",
    [
        "The president of Samoa flew to New Zealand; the island of some 110,000 people relies "
        "on aid.",
        "Peru, a country of 33 million people, sells copper to China.",
        "The city of 2 million people hosted the leaders of Chile and Peru.",
        # no stay in the other country: goods, not people
        "Exports of 700 Cuban cigars went to Angola last month.",
        "Japanese cars numbered 5,000 in Kenya's ports last year.",
    ],
)
def test_figure_counts_populations_and_goods_are_no_figures(text: str) -> None:
    assert _figures(text) == []


def test_figure_counts_home_to_people_born_elsewhere_is_a_figure() -> None:
    found = _figures("Spain is home to about 400,000 people born in Ecuador.")
    assert found == [(FigureKind.OTHER, Decimal(400000), None)]
