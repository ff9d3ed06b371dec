"""The subjects of signed documents as news lists them: each with its own "on", after a verb of
signing, after "pacts" or "concerning", or after "including on" with the document noun left
out; and the sentences where those words list no area of cooperation."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read


def _labels(text: str) -> list[str]:
    return [s.label for s in read(text, datetime.date(2025, 3, 4)).sectors]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Ghana and Vietnam signed nine documents, including on fisheries and tourism.",
            ["fisheries and seafood", "tourism"],
        ),
        (
            # one document of several, by "one": "including one on"
            "Oman and Chad signed four memoranda, including one on desalination.",
            ["desalination"],
        ),
        (
            "Eleven agreements were exchanged between Peru and Turkey, notably on mining, on "
            "tourism and on fisheries.",
            ["mining", "tourism", "fisheries and seafood"],
        ),
        (
            "Memoranda were also signed on tourism and mining when the Chilean minister was in "
            "Seoul.",
            ["tourism", "mining"],
        ),
        (
            "Oman and India concluded pacts on fisheries and tourism.",
            ["fisheries and seafood", "tourism"],
        ),
        (
            "The two ministers signed accords concerning mining and tourism in Accra.",
            ["mining", "tourism"],
        ),
        (
            "Egyptian officials said separate memoranda dealt with tourism and fisheries.",
            ["tourism", "fisheries and seafood"],
        ),
        (
            "Kenya and Japan signed memorandums related to fisheries and mining.",
            ["fisheries and seafood", "mining"],
        ),
        (
            "Peru and Vietnam signed three agreements \u2013 on mining, tourism and fisheries.",
            ["mining", "tourism", "fisheries and seafood"],
        ),
        (
            "The ministers signed two memoranda (on tourism and fisheries) in Hanoi.",
            ["tourism", "fisheries and seafood"],
        ),
        (
            "The documents signed in Accra included ones on mining and tourism.",
            ["mining", "tourism"],
        ),
        ("The new accords relate to fisheries and tourism.", ["fisheries and seafood", "tourism"]),
        # a date between the signing and the subjects
        (
            "Memoranda were signed on Tuesday on fisheries and mining in Dakar.",
            ["fisheries and seafood", "mining"],
        ),
        # a subject whose name starts with a number is no date
        ("Vietnam and Korea held talks on 5G networks.", ["telecommunications and communications"]),
    ],
)
def test_sectors_signed_subjects_listed(sentence: str, labels: list[str]) -> None:
    assert _labels(sentence) == labels


@pytest.mark.parametrize(
    "sentence",
    [
        # a signature that is not a document's
        "The Argentine striker signed autographs, mainly on shirts sold at the tourism office.",
        # documents shown, not what they are about
        "The documents signed were on display at the tourism fair in Lima.",
        # the title of an old treaty told as background names no area of the visit
        "Both states signed the Treaty on the Non-Proliferation of Nuclear Weapons long ago.",
    ],
)
def test_sectors_signed_subjects_not_areas(sentence: str) -> None:
    assert _labels(sentence) == []
