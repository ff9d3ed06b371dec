"""Areas listed as noun phrases after "addressed", "reviewed", "touched on" and "projects,
including" (issue 4); and the lookalikes where those verbs take an audience or an object that
is no area of cooperation."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

DATED = datetime.date(2024, 5, 2)


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "President Petro of Colombia and President Boric of Chile addressed irregular "
            "migration, border security and the fight against arms smuggling.",
            ["migration", "border security, management and control"],
        ),
        (
            "The presidents of Mexico and Guatemala addressed the fight against drug "
            "trafficking and the flow of migrants.",
            ["counter-narcotics and drug trafficking", "migration"],
        ),
        (
            "The ministers of Ghana and Togo reviewed joint projects, including the power grid "
            "link and the gas pipeline.",
            ["electricity and power grids", "pipelines and gas interconnectors"],
        ),
        (
            "The two foreign ministers touched on fishing quotas and regional stability.",
            ["fisheries and seafood"],
        ),
    ],
)
def test_sectors_noun_phrase_items_after_addressed_give_their_areas(
    sentence: str, labels: list[str]
) -> None:
    assert [s.label for s in read(sentence, DATED).sectors] == labels


@pytest.mark.parametrize(
    "sentence",
    [
        "The Thai premier addressed the regional energy forum in Bangkok.",
        "She addressed students of agriculture at the university in Accra.",
        "President Macron addressed the Senegalese parliament on Tuesday.",
        "The Kenyan president reviewed a guard of honour before the talks.",
        "Her plane touched down in Hanoi on Monday morning.",
    ],
)
def test_sectors_audience_addressed_is_no_area(sentence: str) -> None:
    assert read(sentence, DATED).sectors == ()
