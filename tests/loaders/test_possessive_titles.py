"""An office opened by its country's possessive ("Japan's foreign minister") names its holder
and country, and so does a title whose holder is set off by commas."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, set[str | None]]:
    document = PIPELINE(Document("t", "t", text))
    return {p.name: {post.country for post in p.posts} for p in document.people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Chile's foreign minister Alberto Varela met the press.", "Alberto Varela", "CL"),
        ("Norway's trade minister Jan Vestre opened the fair.", "Jan Vestre", "NO"),
        ("Ghana's foreign minister, Samuel Ablakwa, signed the note.", "Samuel Ablakwa", "GH"),
        ("The Danish foreign minister, Lars Rasmussen, signed it.", "Lars Rasmussen", "DK"),
    ],
)
def test_possessive_titles_name_the_holder_and_the_country(
    text: str, name: str, country: str
) -> None:
    assert _people(text).get(name) == {country}


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign minister said the talks went well.",
        "Chile's foreign minister, who arrived on Monday, said the talks went well.",
        "Chile's foreign ministry, Santiago's mayor and the press attended.",
    ],
)
def test_possessive_titles_without_a_name_are_no_person(text: str) -> None:
    assert _people(text) == {}
