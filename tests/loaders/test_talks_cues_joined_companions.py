"""One "joined by" a minister and a delegation, or "on the trip", has companions on the
journey, not talks; leaders joined by another leader for talks still meet."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_FILED = datetime.date(2025, 5, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anna Berg of Norway arrived in Wellington on Monday. She was joined by "
        "Trade Minister Lars Dahl and a business delegation of 30 companies.",
        "Prime Minister Anna Berg of Norway was joined by Trade Minister Lars Dahl on her visit "
        "to New Zealand.",
        "Prime Minister Anna Berg of Norway was joined by Trade Minister Lars Dahl and his "
        "entourage at the airport in Wellington.",
    ],
)
def test_talks_cues_joined_companions_are_no_meeting(text: str) -> None:
    assert meetings(read(text, _FILED)) == []


def test_talks_cues_joined_companions_a_leader_joining_for_talks_meets() -> None:
    """Counter-example: a leader who joins two others for a summit takes part in talks."""
    text = (
        "President Jorge Ruiz and Prime Minister Ana Silva were joined in Lima by President Li "
        "Wei for a three-way summit on the trip's last day."
    )
    assert meetings(read(text, _FILED)) == [["Ana Silva", "Jorge Ruiz", "Li Wei"]]
