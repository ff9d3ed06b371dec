"""A document's title ends before the day, the city or the occasion of its signing: "signed a
memorandum on farming on Thursday" names the "memorandum on farming"."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_agreements(sentence, 0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tunisia and Italy signed an accord on migration on Friday.",
        "Tunisia and Italy signed an accord on migration on 14 March.",
        "Tunisia and Italy signed an accord on migration on March 14.",
        "Tunisia and Italy signed an accord on migration in Rome.",
        "Tunisia and Italy signed an accord on migration in Rome on Friday.",
        "Tunisia and Italy signed an accord on migration last week.",
        "Tunisia and Italy signed an accord on migration during the visit.",
        "Tunisia and Italy signed an accord on migration on the sidelines of the summit.",
        "Tunisia and Italy signed an accord on migration in the presence of both leaders.",
        "Tunisia and Italy signed an accord on migration in May 2024.",
    ],
)
def test_agreement_title_ends_before_a_day_city_or_occasion(sentence: str) -> None:
    assert _titles(sentence) == ["accord on migration"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Tunisia and Italy signed an accord on cooperation on water resources.",
            "accord on cooperation on water resources",
        ),
        (
            "Tunisia and Italy signed an accord on investment in Africa.",
            "accord on investment in Africa",
        ),
        (
            "Tunisia and Italy signed an accord on the reconstruction of Libya.",
            "accord on the reconstruction of Libya",
        ),
    ],
)
def test_agreement_title_ends_keep_a_topic(sentence: str, title: str) -> None:
    """Counter-examples: an "on" or "in" that goes on with the subject stays in the title."""
    assert _titles(sentence) == [title]
