"""A narrower area news names on its own keeps its words in the label a reader sees (issue 4,
held-out pattern 3): "police cooperation" is not shown as "law enforcement", "nuclear fuel" not
as "nuclear power and energy", "people smuggling" not as "human trafficking". The broader
area's own words still give the broader concept."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    """One label per area, as the document's graph has one CooperationArea per concept."""
    return list(dict.fromkeys(m.label for m in find_sectors(sentence, 0, sector_concepts())))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Spain and Morocco agreed to deepen police cooperation and fight people smuggling.",
            ["police cooperation and policing", "people and migrant smuggling"],
        ),
        (
            "Talks in Cairo covered nuclear fuel, space research and technology transfer.",
            ["nuclear fuel", "space research and exploration", "technology transfer"],
        ),
        (
            "The sides agreed to cooperate in agricultural technology and rare metals.",
            ["agricultural technology and agritech", "rare metals"],
        ),
        (
            "Chile and Peru will cooperate in search and rescue and ocean conservation.",
            ["search and rescue", "ocean and marine conservation and protection"],
        ),
        ("India wants to cooperate with France on helicopters.", ["helicopters"]),
    ],
)
def test_sector_scheme_news_labels_keep_the_words(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They agreed to cooperate in law enforcement and human trafficking.",
            ["law enforcement and public security", "human trafficking"],
        ),
        (
            "Cooperation in nuclear power, the space industry and rare earths was discussed.",
            [
                "nuclear power and civil nuclear energy",
                "space industry and satellites",
                "rare earths",
            ],
        ),
    ],
)
def test_sector_scheme_news_labels_broader_words_keep_broader_concepts(
    sentence: str, expected: list[str]
) -> None:
    assert _labels(sentence) == expected


def test_sector_scheme_news_labels_names_are_no_areas() -> None:
    assert _labels("Police Commissioner Ortiz met the press in Lima.") == []
