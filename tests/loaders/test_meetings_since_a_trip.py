"""Talks ranked against one of the pair's earlier trips ("their first talks since Meloni's visit
to Ankara in 2018") tell that the two met on that trip: a meeting dated as the trip (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2024, 5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Pedro Sanchez met President Abdelmadjid Tebboune in Madrid on Monday,"
        " their first talks since Sanchez's visit to Algiers in 2019.",
        "Prime Minister Pedro Sanchez met President Abdelmadjid Tebboune in Madrid on Monday."
        " It was their first meeting since his official visit to Algeria in 2019.",
    ],
)
def test_meetings_since_a_trip_of_the_pair(text: str) -> None:
    assert (["Abdelmadjid Tebboune", "Pedro Sanchez"], "2019") in dated_meetings(read(text, FILED))


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's trip: the pair did not meet on it.
        "Prime Minister Pedro Sanchez met President Abdelmadjid Tebboune in Madrid on Monday,"
        " their first talks since Pope Francis's visit to Algiers in 2019.",
        # A first trip ranked against a trip: no talks are ranked.
        "Prime Minister Pedro Sanchez met President Abdelmadjid Tebboune in Madrid on Monday,"
        " on his first trip abroad since Sanchez's visit to Algiers in 2019.",
    ],
)
def test_meetings_since_a_trip_not_of_the_pair(text: str) -> None:
    assert not [d for _, d in dated_meetings(read(text, FILED)) if d == "2019"]


def test_meetings_since_a_trip_an_earlier_visitor_named_there_is_not_at_the_talks() -> None:
    text = (
        "President Gabriel Boric and Prime Minister Mark Carney agreed on Monday to widen "
        "mining ties. Carney, the first Canadian leader to visit Chile since Justin Trudeau in "
        "2017, told reporters after the talks that the ties were strong."
    )
    meetings = dated_meetings(read(text, FILED))
    assert meetings == [(["Gabriel Boric", "Mark Carney"], "2024-05-13")]


def test_meetings_since_a_trip_a_body_that_last_met_holds_no_talks_of_the_pair() -> None:
    text = (
        "President Gabriel Boric and Prime Minister Mark Carney held talks on Monday. The two "
        "leaders agreed to revive the Joint Commission for Cooperation, which last met in 2019."
    )
    assert dated_meetings(read(text, FILED)) == [(["Gabriel Boric", "Mark Carney"], "2024-05-13")]


def test_meetings_since_a_trip_a_which_clause_telling_the_visitors_meeting_still_counts() -> None:
    text = (
        "President Gabriel Boric arrived in Ottawa on Monday for a visit, which included a "
        "meeting with Prime Minister Mark Carney."
    )
    assert dated_meetings(read(text, FILED)) == [(["Gabriel Boric", "Mark Carney"], "2024-05-13")]
