"""Areas news names that are narrower than the concept that used to absorb them (issue 4): the
reader sees the area the text named ("public health", "sanitation"), under its broader one."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


def broader_of(label: str) -> str | None:
    """The preferred label of the concept one step above ``label``'s."""
    by_iri = {c.iri: c for c in sector_concepts()}
    concept = next(c for c in sector_concepts() if c.pref_label == label)
    return by_iri[concept.broader].pref_label if concept.broader else None


@pytest.mark.parametrize(
    ("sentence", "expected", "broader"),
    [
        (
            "Bonn will give 9 million euros for drinking water and sewage treatment in four towns.",
            ["water supply", "sanitation"],
            ["water resources management", "water resources management"],
        ),
        (
            "The ministers discussed cooperation in epidemiology and hospitals.",
            ["public health", "health care"],
            ["health care", None],
        ),
        (
            "The roadmap covers cooperation in artillery shells and warships.",
            ["weapons and ammunition", "defence industry"],
            ["defence industry", "industry"],
        ),
        (
            "They signed an MoU on cross-border payments and fintech.",
            ["digital payments", "fintech"],
            ["fintech", "finance"],
        ),
        (
            "The two leaders spoke mostly about gas deliveries and natural gas production.",
            ["gas supply", "natural gas"],
            ["natural gas", "oil and gas"],
        ),
        (
            "Both sides pledged closer cooperation in people-to-people links and humanitarian aid.",
            ["people-to-people ties", "humanitarian cooperation"],
            ["humanitarian cooperation", None],
        ),
    ],
)
def test_sector_scheme_narrower_areas_keep_the_name_the_text_gives(
    sentence: str, expected: list[str], broader: list[str | None]
) -> None:
    assert labels(sentence) == expected
    assert [broader_of(label) for label in expected] == broader


@pytest.mark.parametrize(
    "sentence",
    [
        # Proper names and figures' products: no area of cooperation.
        "The talks took place at the Drinking Water Authority in Accra.",
        "They spoke about the Ministry of Public Health building.",
        "Cooperation with Sanitation Holdings in Lagos was praised.",
        "The firm's exports of munitions rose 4 percent, the report said.",
        "The Payments Council met in Brussels on Monday.",
    ],
)
def test_sector_scheme_narrower_areas_not_read_from_names_or_figures(sentence: str) -> None:
    assert labels(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The agencies agreed to cooperate in hydrometeorology.", ["meteorology"]),
        (
            "The institutes will cooperate in seismology and oceanography.",
            ["seismology", "ocean science"],
        ),
        ("Both sides discussed Antarctic research.", ["polar research"]),
        (
            "The firms signed an MoU on cloud services and data centers.",
            ["cloud computing", "data centres"],
        ),
    ],
)
def test_sector_scheme_narrower_areas_of_science_and_computing(
    sentence: str, expected: list[str]
) -> None:
    assert labels(sentence) == expected
    assert all(broader_of(label) is not None for label in expected)


def test_sector_scheme_narrower_areas_weather_in_a_name_is_no_area() -> None:
    assert labels("They spoke about the Weather Services Act passed in May.") == []
