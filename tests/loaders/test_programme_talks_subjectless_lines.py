"""A line of a visit's programme that tells talks with no subject ("Friday 14 March, Hanoi:
meeting with X", "- 09:30 Courtesy call on X") is the visitor's talks with X, on the line's
day (issue 4); without a visit under way, with a subject of its own, or as a bullet with no
time or day, it is not."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

_FILED = datetime.date(2025, 3, 20)


def test_programme_talks_a_labelled_day_line_is_the_visitors_talks() -> None:
    document = read(
        "Chilean President Gabriel Boric made a state visit to Vietnam from 13 to 15 March. "
        "His programme:\n\n"
        "Thursday 13 March, Hanoi: arrival and wreath at the Ho Chi Minh Mausoleum.\n\n"
        "Friday 14 March, Hanoi: meeting with President Luong Cuong.\n\n"
        "Saturday 15 March, Ho Chi Minh City: talks with Chairman Phan Van Mai.\n",
        _FILED,
    )
    assert dated_meetings(document) == [
        (["Gabriel Boric", "Luong Cuong"], "2025-03-14"),
        (["Gabriel Boric", "Phan Van Mai"], "2025-03-15"),
    ]


def test_programme_talks_a_timed_bullet_under_a_day_heading_is_the_visitors_talks() -> None:
    document = read(
        "Estonian Prime Minister Kristen Michal was in Seoul from 17 to 19 March for a working "
        "visit. Her itinerary was as follows.\n\n"
        "Tuesday 18 March\n\n"
        "- 09:30 Courtesy call on President Choi Sang-mok\n\n"
        "- 11:00 Bilateral meeting with the Foreign Minister, Cho Tae-yul\n",
        _FILED,
    )
    assert dated_meetings(document) == [
        (["Choi Sang-mok", "Kristen Michal"], "2025-03-18"),
        (["Cho Tae-yul", "Kristen Michal"], "2025-03-18"),
    ]


def test_programme_talks_a_programme_of_a_trip_to_come_is_no_talks() -> None:
    """Counter-example: the programme of a visit still to come tells no talks held."""
    document = read(
        "Chilean President Gabriel Boric will make a state visit to Vietnam next month. The "
        "draft programme:\n\n"
        "Friday 11 April, Hanoi: meeting with President Luong Cuong.\n",
        _FILED,
    )
    assert dated_meetings(document) == []


def test_programme_talks_a_speakers_label_is_no_programme_line() -> None:
    """Counter-example: a speaker's label before a colon is no day of a programme."""
    document = read(
        "Chilean President Gabriel Boric arrived in Hanoi on Thursday for a state visit.\n\n"
        "Foreign Minister Alberto van Klaveren: talks with Minister Bui Thanh Son on rice "
        "were useful.\n",
        _FILED,
    )
    assert (["Bui Thanh Son", "Gabriel Boric"], "2025-03-20") not in dated_meetings(document)


def test_programme_talks_a_line_with_its_own_subject_keeps_it() -> None:
    """Counter-example: a timed line whose talks have a subject is that subject's talks."""
    document = read(
        "Chilean President Gabriel Boric arrived in Hanoi on Thursday for a state visit.\n\n"
        "- 15:00 Minister Aurora Williams holds talks with Minister Nguyen Hong Dien\n",
        _FILED,
    )
    assert [m for m, _ in dated_meetings(document)] == [["Aurora Williams", "Nguyen Hong Dien"]]


def test_programme_talks_a_bullet_with_no_time_is_no_programme_line() -> None:
    """Counter-example: a bullet with no time or day heads a line of any list, whose talks
    are not the visitor's."""
    document = read(
        "Chilean President Gabriel Boric arrived in Hanoi on Thursday for a state visit. Also "
        "this week in Hanoi:\n\n"
        "- Talks with Minister Nguyen Hong Dien on rice exports, which the trade ministry "
        "hosted for a Thai delegation\n",
        _FILED,
    )
    assert dated_meetings(document) == []
