"""A sector is recognised in British and American spelling alike (issue 4, held-out pattern 5):
news from London writes "decarbonisation" and "defence", news from Washington "decarbonization"
and "defense", and a reader must find the same area in both."""

from __future__ import annotations

import re

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts

_WORD_PAIRS = (
    ("defence", "defense"),
    ("labour", "labor"),
    ("centre", "center"),
    ("centres", "centers"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("jewellery", "jewelry"),
    ("tyres", "tires"),
    ("aluminium", "aluminum"),
    ("sulphur", "sulfur"),
    ("harbour", "harbor"),
    ("harbours", "harbors"),
)
"""British and American forms of words that sector labels are made of; each side of a pair
differs from the other in spelling only."""
_SUFFIX = re.compile(r"i([sz])ation(s?)\b")


def _twins(label: str) -> set[str]:
    """The label in the other spelling: "-isation" <-> "-ization", and each word pair."""
    twins = {_SUFFIX.sub(lambda m: f"i{'z' if m[1] == 's' else 's'}ation{m[2]}", label)}
    for british, american in _WORD_PAIRS:
        if re.search(rf"\b{british}\b", label) and re.search(rf"\b{american}\b", label):
            continue  # a preferred label that writes both ("defence") is its own twin
        twins.add(re.sub(rf"\b{british}\b", american, label))
        twins.add(re.sub(rf"\b{american}\b", british, label))
    return twins - {label}


def test_sector_scheme_spellings_every_label_has_its_other_spelling() -> None:
    labels = {
        label.lower()
        for concept in sector_concepts()
        for label in (concept.pref_label, *concept.alt_labels)
    }
    missing = sorted(twin for label in labels for twin in _twins(label) if twin not in labels)
    assert missing == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Chile and Norway agreed to cooperate on decarbonisation.",
            "decarbonisation and decarbonization",
        ),
        (
            "Chile and Norway agreed to cooperate on decarbonization.",
            "decarbonisation and decarbonization",
        ),
        ("Ghana and Canada discussed coastal defenses.", "coastal protection and adaptation"),
        (
            "India and Japan agreed to cooperate in jewelry and gemstones.",
            "jewellery, gems and gemstones",
        ),
    ],
)
def test_sector_scheme_spellings_name_one_area(sentence: str, label: str) -> None:
    assert [m.label for m in find_sectors(sentence, 0, sector_concepts())] == [label]
