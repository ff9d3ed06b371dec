"""Talks told as steps still to come on the programme of a visit under way ("is scheduled to
call on", "will also meet with") are meetings of that visit on that day; talks to come with no
day in the visit, agreed on for "a convenient time" or tied to an invitation are none."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

_ARRIVED = (
    "President of Ghana Nana Akufo-Addo began an official visit to Uzbekistan on 8 September, "
    "which runs until 11 September. "
)
DAY = datetime.date(2025, 9, 8)


def test_programme_talks_scheduled_to_call_on_then_to_visit_a_plant() -> None:
    text = _ARRIVED + (
        "On 9 September, the President and his party are scheduled to call on the Prime "
        "Minister of Uzbekistan Abdulla Aripov and to visit the textile works."
    )
    assert dated_meetings(read(text, DAY)) == [
        (["Abdulla Aripov", "Nana Akufo-Addo"], "2025-09-09")
    ]


def test_programme_talks_will_also_meet_takes_the_day_of_the_sentence_before() -> None:
    text = _ARRIVED + (
        "On 10 September, Akufo-Addo is scheduled to tour the aircraft plant. He will also "
        "meet with Chairman of the Senate Tanzila Narbaeva."
    )
    assert dated_meetings(read(text, DAY)) == [
        (["Nana Akufo-Addo", "Tanzila Narbaeva"], "2025-09-10")
    ]


def test_programme_talks_where_he_will_meet_on_a_leg_of_the_visit() -> None:
    text = _ARRIVED + (
        "On 10 September he is scheduled to travel to Samarkand, where he will meet the "
        "regional governor, Erkinjon Turdimov."
    )
    assert dated_meetings(read(text, DAY)) == [
        (["Erkinjon Turdimov", "Nana Akufo-Addo"], "2025-09-10")
    ]


def test_programme_talks_at_a_convenient_time_is_no_meeting() -> None:
    # near-miss: talks agreed on with no day of the visit
    text = _ARRIVED + (
        "He said he will meet President Shavkat Mirziyoyev at a convenient time to review the "
        "trade plan."
    )
    assert dated_meetings(read(text, DAY)) == []


def test_programme_talks_with_no_visit_under_way_is_no_meeting() -> None:
    # near-miss: the same future told with no visit whose days hold it
    text = (
        "President of Ghana Nana Akufo-Addo will also meet with President Shavkat Mirziyoyev "
        "in Accra on 3 December."
    )
    assert dated_meetings(read(text, DAY)) == []


def test_programme_talks_of_an_invitation_is_no_meeting() -> None:
    # near-miss: a visit under way, talks of another one the guest is invited to
    text = _ARRIVED + (
        "On 10 September, Mirziyoyev invited President Akufo-Addo to Samarkand next spring, "
        "where he will meet Prime Minister Abdulla Aripov."
    )
    assert [m for m in dated_meetings(read(text, DAY)) if "Abdulla Aripov" in m[0]] == []
