"""People of one country in the other told with a list ("live, work and study in", "doctors,
nurses and technicians serving in"), a two-word demonym ("Antiguan and Barbudan students"), or
as "persons", returnees and commuters, are figures of kind ``other``; a list that counts no
people, an event's head count, a population and the sources of a story stay out."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.figures import FigureContext, find_figures

DATED_2025 = FigureContext(document_year=2025)


def _counts(sentence: str) -> list[Decimal]:
    return [f.value for f in find_figures(sentence, 0, DATED_2025) if f.unit == "count"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("An estimated 2,700 Barbadians live, work and study in the United Kingdom.", 2700),
        ("Some 6,000 Filipinos work, live or study in Ireland today.", 6000),
        ("38 Cuban doctors, nurses and technicians are serving in Belize's hospitals.", 38),
        ("Some 17 Chinese engineers, surveyors and drivers working in Tonga were thanked.", 17),
        ("Some 30 Trinidadian and Tobagonian students are currently studying in Cuba.", 30),
        ("About 12 Bosnian and Herzegovinian nationals live in Malta.", 12),
        ("Around 14,000 persons cross every working day from Slovakia to jobs in Austria.", 14000),
        ("Nearly 5,000 commuters travel from Lesotho to South Africa each day.", 5000),
        ("More than 300,000 Afghan returnees from Pakistan arrived this year.", 300000),
    ],
)
def test_figure_people_listed_and_moving_are_counts(sentence: str, value: int) -> None:
    assert _counts(sentence) == [Decimal(value)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a population, the sources of a story and an event's head count are no figures
        "The island nation of 11,000 persons welcomed the minister.",
        "Two persons familiar with the talks said the deal was close.",
        "Some 400 persons attended the investment forum in Suva.",
        "About 60 persons were killed when the ferry sank.",
        # a list of countries, not of people
        "Trade between Antigua and Barbuda and 5 Nordic states grew.",
    ],
)
def test_figure_people_listed_and_moving_near_misses_are_no_counts(sentence: str) -> None:
    assert _counts(sentence) == []
