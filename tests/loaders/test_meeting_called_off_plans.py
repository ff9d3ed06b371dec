"""Talks a trip had planned ("was due for talks with X", "was to hold talks with Y") and that
the trip's cancellation then took away are no meetings, nor does the place of such talks tell a
visit made (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 2, 21)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Omar Haddad of Jordan was due for talks with President Elena Varga and "
        "Prime Minister Tibor Kis in Budapest on 18 February; the visit was called off.",
        "President Nadia Sefu of Tanzania had been scheduled for talks with King Pieter Maes "
        "in Brussels on 19 February, but the trip was cancelled after the floods.",
        "Foreign Minister Lena Holm of Sweden was to hold talks with Foreign Minister Kenji "
        "Mori in Tokyo on 18 February. The visit was postponed at short notice.",
        "Foreign Minister Lena Holm of Sweden was to fly to Tokyo for talks with Foreign "
        "Minister Kenji Mori on 18 February. The trip was called off.",
        "Foreign Minister Lena Holm of Sweden cancelled a trip to Tokyo, during which she would "
        "have held talks with Foreign Minister Kenji Mori on 18 February.",
        "The planned meeting between Foreign Minister Lena Holm of Sweden and Foreign Minister "
        "Kenji Mori of Japan on 18 February was cancelled.",
        "Talks between Foreign Minister Lena Holm of Sweden and Foreign Minister Kenji Mori of "
        "Japan, set for 18 February, were postponed.",
    ],
)
def test_meeting_called_off_plans_are_no_meetings(text: str) -> None:
    document = read(text, _DAY)
    assert meetings(document) == []
    assert all(v.status != "happened" for v in document.visits)


@pytest.mark.parametrize(
    "text",
    [
        # the plan is the departure's, not the talks'
        "Foreign Minister Lena Holm of Sweden, who was to leave Tokyo on Friday, held talks "
        "with Foreign Minister Kenji Mori on 18 February.",
        # a planned arrival, then talks told as held
        "Foreign Minister Lena Holm of Sweden was due in Tokyo on 17 February. On 18 February "
        "she held talks with Foreign Minister Kenji Mori.",
        # the plan is the flight home, in a clause of its own
        "Foreign Minister Lena Holm of Sweden, who was to fly home on Friday, held talks with "
        "Foreign Minister Kenji Mori on 18 February.",
        # what was put off is the signing, after the talks' own clause
        "Talks between Foreign Minister Lena Holm of Sweden and Foreign Minister Kenji Mori of "
        "Japan went ahead on 18 February, after the signing of the treaty was postponed.",
    ],
)
def test_meeting_called_off_plans_talks_held_stay(text: str) -> None:
    assert ["Kenji Mori", "Lena Holm"] in meetings(read(text, _DAY))
