"""A leader who joins talks already under way ("A and B were joined at the White House by C for
a three-way summit") takes part in them, as three-way summits are reported."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _meetings(text: str) -> list[set[str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 4, 11)))
    return [set(m.participants) for m in document.meetings]


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday President Jorge Ruiz and Prime Minister Ana Silva were joined at the "
        "palace by President Li Wei for a three-way summit.",
        "President Jorge Ruiz and Prime Minister Ana Silva were joined by President Li Wei "
        "on Thursday.",
    ],
)
def test_meetings_a_leader_who_joins_the_talks_takes_part(text: str) -> None:
    assert _meetings(text) == [{"jorge-ruiz", "ana-silva", "li-wei"}]


def test_meetings_joined_by_no_one_named_is_no_meeting() -> None:
    assert _meetings("President Jorge Ruiz was joined by his wife on the trip.") == []
