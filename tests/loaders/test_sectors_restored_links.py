"""Links a rupture had cut, restored by two sides: "agreed to restore road and rail links"."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sector_matcher import SectorMatcher
from dkg.ontology.vocabulary import sector_concepts

MATCHER = SectorMatcher(sector_concepts())


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Kenya and Ethiopia agreed to restore road, rail and postal links.",
            [
                "roads, road links, highways, motorways and rural roads",
                "railways and rail transport",
                "postal services",
            ],
        ),
        (
            "Georgia and Russia pledged to restore air and rail connections cut in 2008.",
            ["aviation", "railways and rail transport"],
        ),
        (
            "Armenia and Turkey will reopen road and sea links across the border.",
            [
                "roads, road links, highways, motorways and rural roads",
                "maritime transport, shipping, ports and port infrastructure",
            ],
        ),
        (
            "Qatar and Bahrain resolved to re-establish postal and telecommunications services.",
            ["postal services", "telecommunications and communications"],
        ),
        (
            "The ministers agreed to resume direct flights and shipping between the two countries.",
            ["aviation", "maritime transport, shipping, ports and port infrastructure"],
        ),
    ],
)
def test_sectors_restored_links_name_each_mode(sentence: str, labels: list[str]) -> None:
    assert [m.label for m in MATCHER.find(sentence, 0)] == labels


@pytest.mark.parametrize(
    "sentence",
    [
        # one party's own service or site, restored after a storm or a closure
        "The utility will restore electricity supplies to the northern districts by Friday.",
        "The museum hopes to reopen the mining gallery next spring.",
        "Police were sent to restore order in the port after the riots.",
        # links that no cue presents as an area of cooperation
        "The village has good road and rail links to the capital.",
        "He denied any family or business links to the smugglers.",
    ],
)
def test_sectors_restored_links_not_a_utility_repair_or_a_description(sentence: str) -> None:
    assert MATCHER.find(sentence, 0) == []


def test_sectors_restored_links_keep_the_words_as_written() -> None:
    sentence = "Both sides agreed to reopen road, rail and postal links."
    found = MATCHER.find(sentence, 100)
    assert [(m.text, sentence[m.start - 100 : m.end - 100]) for m in found] == [
        ("road", "road"),
        ("rail", "rail"),
        ("postal", "postal"),
    ]
