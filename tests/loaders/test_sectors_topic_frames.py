"""Frames in which news names the topics of a meeting or of money (issue 4, held-out pattern 1):
"met X on A and B", a round table or forum on A, "with A and B at the top of the agenda", "A
and B topped the agenda", money or a line of credit for A, "the file of A" (French "le dossier
de"). Each frame keeps to its own words: a day, an occasion or a trip after "met ... on" is no
topic, and neither is a word that only looks like the cue."""

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
            "The Dutch minister met her Ghanaian counterpart on policing and climate finance.",
            ["police cooperation and policing", "climate"],
        ),
        ("President Boric meets Mr Luxon about mining and tourism.", ["mining", "tourism"]),
        (
            "He flew to Seoul with shipbuilding and batteries at the top of the agenda.",
            ["shipbuilding", "battery industry, electric batteries and energy storage"],
        ),
        (
            "With fisheries and migration high on the agenda, the envoys sat down in Rabat.",
            ["fisheries and seafood", "migration"],
        ),
        ("Aviation and tourism topped the agenda in Muscat.", ["aviation", "tourism"]),
        (
            "The embassy hosted a round table on renewable energy and manufacturing.",
            ["renewable and green energy", "industry"],
        ),
        ("A business forum in Hanoi on logistics and textiles followed.", ["logistics"]),
        (
            "The governor sought money for roads, a tramway and water supply.",
            ["roads, road links, highways, motorways and rural roads"],
        ),
        (
            "Turkey opened a line of credit for housing and sanitation in Senegal.",
            ["housing", "sanitation"],
        ),
        ("The ministers made progress on the file of illegal migration.", ["migration"]),
    ],
)
def test_sectors_topic_frames_name_the_topics(sentence: str, expected: list[str]) -> None:
    assert _labels(sentence)[: len(expected)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Sunak will meet President Lula on Thursday at the energy ministry.",
        "She met him on a visit to the tourism board in Lisbon.",
        "The two leaders met on board a fishing vessel off the coast.",
        "The prime minister met reporters on arrival at the mining town.",
        "The leaders met for about an hour at a hotel near the tourism office.",
        "The governor met them on the tarmac, and a navy band played.",
        "The ministers held talks on the phone, and the defence chiefs listened in.",
        "The energy minister arrived with his wife, who was at the top of the guest list.",
        "The tourism minister took credit for the mining boom.",
        "Engineers measured the metro tunnels on foot.",
        "The police opened a file of complaints about the fishing trip.",
    ],
)
def test_sectors_topic_frames_need_their_own_words(sentence: str) -> None:
    assert _labels(sentence) == []
