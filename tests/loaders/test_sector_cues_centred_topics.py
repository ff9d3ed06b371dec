"""Talks "centered on" (the American spelling) or "centred largely on" a topic name areas as
"centred on" does: the spelling and an adverb between the verb and its preposition change
nothing for the reader; a verb without the adverb's "-ly" or a place it is centred in does not
open a list."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("Talks in Hanoi centered on shipbuilding and aviation.", ["shipbuilding", "aviation"]),
        ("The Chilean visit, centred largely on copper, ended in Beijing.", ["copper"]),
        ("Much of the evening revolved mainly around tourism.", ["tourism"]),
        ("Talks centring on fisheries began in Suva.", ["fisheries and seafood"]),
        ("A session centering chiefly on banking followed the lunch.", ["banking"]),
    ],
)
def test_sector_cues_centred_topics_in_either_spelling_name_areas(
    sentence: str, labels: list[str]
) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        # where a thing stands, not what talks were about
        "The embassy is centered near the old harbour on land once used for tobacco.",
        "Their estate, centred in the valley, lies on ground good for coffee.",
    ],
)
def test_sector_cues_centred_topics_a_place_opens_no_list(sentence: str) -> None:
    assert _labels(sentence) == []
