"""Who came to an event or was hurt in one, or travels in a delegation, is counted with the same
nouns as a relationship's figures ("companies", "people"), but is news of the day, not a figure
of the relationship."""

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
        "The trade fair in Accra drew more than 250 companies from 30 countries.",
        "Last year's investment forum attracted some 400 investors from the region.",
        "More than 120 firms from both countries took part in the business forum.",
        "About 80 Korean companies participated in the exhibition in Tashkent.",
        "The expo was attended by 300 businesses and trade bodies.",
        "The landslide killed nearly 60 people in the northern province.",
        "The storm claimed the lives of at least 35 people on the coast.",
        "Some 200 people were injured when the bridge collapsed.",
        "The explosion left 12 workers dead at the port.",
        "The trade delegation, of more than 60 companies, includes two state banks.",
        "He travels with a business delegation made up of some 30 Peruvian firms.",
        "A delegation comprising 45 entrepreneurs joined the minister in Hanoi.",
        "Siemens was among 25 companies travelling with the chancellor.",
        "Some 60 firms accompanying the king signed deals in Manila.",
    ],
)
def test_figure_head_counts_of_an_event_are_no_figure(sentence: str) -> None:
    assert _counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Some 450 Brazilian companies operate in Angola.", Decimal(450)),
        ("The island attracted about 52,000 Japanese tourists last year.", Decimal(52000)),
        ("Chilean firms employ about 9,000 people in Peru.", Decimal(9000)),
        ("Around 3,000 Kenyan students study in Germany.", Decimal(3000)),
        ("The sale of the unit left 30 companies in the group.", Decimal(30)),
        ("The delegation met the heads of some 70 Vietnamese companies in Peru.", Decimal(70)),
        ("Some 400 Peruvian companies, a delegation reported, export to Vietnam.", Decimal(400)),
        ("About 90 Dutch companies have travelled to Ghana since 2020.", Decimal(90)),
    ],
)
def test_figure_head_counts_relationship_counts_stay_figures(sentence: str, value: Decimal) -> None:
    assert _counts(sentence) == [value]
