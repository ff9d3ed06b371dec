"""A nickname in quotes inside a name is skipped and the name goes on after it: 'Minister
Pedro "Pete" Alvarez' is Pedro Alvarez, not Pedro (issue 4)."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _names(text: str) -> set[str]:
    return {p.name for p in PIPELINE(Document("t", "t", text)).people}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Energy Minister Tomasz "Tom" Nowak toured the plant.', "Tomasz Nowak"),
        ("Prime Minister Tran \u2018Danny\u2019 Quoc Bao landed in Manila.", "Tran Quoc Bao"),
        (
            "President Abimbola \u201cBimbo\u201d Adeyemi Okafor greeted the crowd.",
            "Abimbola Adeyemi Okafor",
        ),
        (
            "Stefan 'Steve' Lindqvist, Sweden's defence minister, arrived in Riga.",
            "Stefan Lindqvist",
        ),
    ],
)
def test_people_quoted_nicknames_are_skipped_inside_names(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A quoted word after the name that no name word follows is no nickname.
        ('Trade Minister Rosa Lima called the deal "Historic" on Friday.', "Rosa Lima"),
        ('Foreign Minister Rosa Lima, nicknamed "The Hawk", flew to Quito.', "Rosa Lima"),
        ("President Rosa Lima told them 'Enough' and left.", "Rosa Lima"),
    ],
)
def test_people_quoted_words_after_a_name_are_not_part_of_it(text: str, name: str) -> None:
    assert _names(text) == {name}
