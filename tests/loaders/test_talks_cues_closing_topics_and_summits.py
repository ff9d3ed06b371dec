"""Talks cues: talks told by their close ("at the end of official talks"), by a topic
"discussed ... with" someone named, by a noun with its own people ("a meeting of A with B"),
and by a bilateral summit the two "took part" in together."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document
from tests.loaders.reading import PIPELINE, dated_meetings

DAY = datetime.date(2025, 3, 4)  # a Tuesday


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return dated_meetings(PIPELINE(Document("t", "t", text, date=DAY)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The President of the Republic, Lorena Vidales, and her Peruvian counterpart, Tomas "
            "Aranda, agreed this Tuesday, in Lima, to raise relations to a comprehensive "
            "partnership, at the end of official talks held at the Government Palace.",
            [(["Lorena Vidales", "Tomas Aranda"], "2025-03-04")],
        ),
        (
            "President Anton Weissler, who arrived in Helsinki on Sunday evening, discussed the "
            "planned rail link with Finnish Prime Minister Kaisa Lehtonen at the palace on "
            "Monday.",
            [(["Anton Weissler", "Kaisa Lehtonen"], "2025-03-03")],
        ),
        (
            "The trigger was a meeting of Foreign Minister Marta Kovac with Japanese Foreign "
            "Minister Kenji Morita at the summit in Bali, Indonesia, on Saturday.",
            [(["Kenji Morita", "Marta Kovac"], "2025-03-01")],
        ),
        (
            "President Luiz Inacio Lula da Silva arrived in Lisbon on Saturday for a state "
            "visit. On Monday he took part, with the Prime Minister, Antonio Costa, in the XIII "
            "Portugal-Brazil Summit, at the Palace of Queluz.",
            [(["Antonio Costa", "Luiz Inacio Lula da Silva"], "2025-03-03")],
        ),
    ],
)
def test_talks_cues_closing_topics_and_summits_tell_talks(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a topic discussed with a group, not with someone named
        "Prime Minister Ana Duarte discussed the budget with lawmakers on Monday, and Finance "
        "Minister Rui Matos presented the figures.",
        # a body's meeting, not one person's with another
        "Foreign Minister Ana Duarte took part in a meeting of the Council of Ministers with "
        "Finance Minister Rui Matos on Monday.",
        # many leaders' summit, not a bilateral table
        "President Ana Duarte took part, with Prime Minister Rui Matos, in the G-20 summit in Rio.",
        # "the end of the day", not of talks
        "At the end of the day, President Ana Duarte thanked Prime Minister Rui Matos for the "
        "report of the working group.",
    ],
)
def test_talks_cues_closing_topics_and_summits_leave_near_misses(text: str) -> None:
    assert _meetings(text) == []
