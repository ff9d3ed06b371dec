"""ICT is an area of its own, named as news and readers name it ("information and communication
technology", "ICT"), narrower than digital transformation: a reader asking for ICT finds it under
that name, while "information technology" and "digitalisation" stay the broader area."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts

_ICT = "ICT, information and communication technology"
_DIGITAL = (
    "digitalisation and digitalization, digital transformation, information technology"
    " and technologies"
)


def _labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Rwanda and Estonia agreed to cooperate in information and communications technology.",
            [_ICT],
        ),
        ("The talks in Kigali covered ICT and digitalisation.", [_ICT, _DIGITAL]),
        ("India offered training in information technology.", [_DIGITAL]),
    ],
)
def test_sector_scheme_ict_is_named_as_readers_name_it(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels


def test_sector_scheme_ict_is_narrower_than_digital_transformation() -> None:
    by_label = {c.pref_label: c for c in sector_concepts()}
    assert by_label[_ICT].broader == by_label[_DIGITAL].iri
