"""Weekdays joined by "and" in one clause lie on the same side of the filing day: the tense
of the clause's verb holds for both, however far the second lies from it."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document
from dkg.loaders.pipeline import Pipeline
from dkg.loaders.steps.normalize import DateNormalizer
from dkg.loaders.steps.segment import Segmenter

_SATURDAY = datetime.date(2024, 10, 5)


def _days(text: str) -> list[str]:
    document = Document("t", "t", text, date=_SATURDAY)
    return [d.start.lexical for d in Pipeline([Segmenter(), DateNormalizer()])(document).dates]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Her tour continues in Kampala on Tuesday, and Kigali on Thursday.",
            ["2024-10-08", "2024-10-10"],
        ),
        (
            "The delegation will be in the Chilean capital Santiago for talks with ministers "
            "on Monday and in the Bolivian city of Santa Cruz on Thursday.",
            ["2024-10-07", "2024-10-10"],
        ),
        (
            "The foreign minister flew to Riga on Tuesday, and to Vilnius on Thursday.",
            ["2024-10-01", "2024-10-03"],
        ),
    ],
)
def test_normalize_joined_weekdays_share_their_clause_tense(text: str, days: list[str]) -> None:
    assert _days(text) == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # The second weekday has a verb of its own, which tells its own tense.
        (
            "She met the premier in Oslo on Monday and will meet the king on Friday.",
            ["2024-09-30", "2024-10-11"],
        ),
        (
            "The envoy landed in Accra on Monday and leaves for Lome on Thursday.",
            ["2024-09-30", "2024-10-10"],
        ),
        # A new sentence part after a semicolon is no joined weekday.
        (
            "The tour continues in Hanoi on Tuesday; talks in Vientiane ended on Thursday.",
            ["2024-10-08", "2024-10-03"],
        ),
    ],
)
def test_normalize_joined_weekdays_keep_a_verb_of_their_own(text: str, days: list[str]) -> None:
    assert _days(text) == days
