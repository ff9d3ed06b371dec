"""Retrospectives and obituaries date an office before its lower-case title: "then prime
minister Shinzo Abe", "former foreign minister X", "then-president X"."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, set[str]]:
    document = PIPELINE(Document("t", "t", text))
    return {p.name: {post.title for post in p.posts} for p in document.people}


@pytest.mark.parametrize(
    "text",
    [
        "In 2011 President Ana Ruiz held talks with then prime minister Kenji Morita in Tokyo.",
        "President Ana Ruiz later met former prime minister Kenji Morita in Osaka.",
        "President Ana Ruiz also received then-prime minister Kenji Morita in Lima.",
    ],
)
def test_person_lower_titles_time_of_office_opens_a_title(text: str) -> None:
    assert _people(text).get("Kenji Morita") == {"Prime Minister"}


def test_person_lower_titles_time_of_office_without_a_name_names_nobody() -> None:
    assert _people("The former prime minister said the talks had been useful.") == {}


def test_person_lower_titles_time_of_office_a_word_of_time_elsewhere_opens_nothing() -> None:
    text = "It was then that prime ministers from the region met in Lima."
    assert _people(text) == {}
