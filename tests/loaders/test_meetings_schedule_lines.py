"""Talks told only by a timed line of a published schedule ("11:00 Talks between A and B") are
planned, not held, unless the trip is under way: the programme of a state visit to come gives
no meeting."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

FILED = datetime.date(2025, 4, 2)


def test_meetings_schedule_lines_of_a_trip_to_come_are_no_meetings() -> None:
    document = read(
        "OTTAWA - Irish President Michael D. Higgins will pay a state visit to Canada on "
        "8-9 April, the Governor General's office announced.\n\n"
        "Programme for Tuesday, 8 April:\n\n"
        "- 10:30 Official welcome at Rideau Hall\n"
        "- 11:15 Bilateral talks between President Higgins and Governor General Mary Simon\n"
        "- 14:00 Meeting with Prime Minister Mark Carney\n",
        FILED,
    )
    assert meetings(document) == []


def test_meetings_schedule_lines_keep_a_live_report() -> None:
    """Counter-example: a timed line that tells the talks with a verb is a live report of
    talks held."""
    document = read(
        "OTTAWA - Live: Irish President Michael D. Higgins in Canada.\n\n"
        "11:40 Higgins and Governor General Mary Simon held talks at Rideau Hall.\n",
        FILED,
    )
    assert meetings(document) == [["Mary Simon", "Michael D. Higgins"]]


def test_meetings_schedule_lines_of_a_visit_under_way_are_meetings() -> None:
    """Counter-example: today's programme of a visit that has begun tells talks of that day."""
    document = read(
        "OTTAWA, 2 April 2025 - Irish President Michael D. Higgins arrived in Ottawa on "
        "Wednesday for a state visit. Today's programme:\n\n"
        "11:15 Talks between President Higgins and Governor General Mary Simon\n",
        FILED,
    )
    assert meetings(document) == [["Mary Simon", "Michael D. Higgins"]]
