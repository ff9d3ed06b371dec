"""Talks told "In the afternoon" are on the day of the talks told before them, not on a day a
flashback, a background date or a plan names in between; a day still to come is no day the
story has reached."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, read

_TALKS = (
    "President Bola Tinubu and King Mswati III held official talks at Lozitha Palace this morning. "
)
_AFTERNOON = (
    " In the afternoon, Prime Minister Russell Dlamini held talks with the Nigerian "
    "President at his hotel."
)


@pytest.mark.parametrize(
    "between",
    [
        "President Tinubu arrived in Mbabane yesterday on a two-day state visit.",
        "The King had welcomed President Tinubu at the airport on Monday evening.",
        "The leaders recalled the accord their countries signed on 4 June 2019.",
        "President Tinubu will travel on to Maputo on Wednesday.",
    ],
)
def test_meeting_visits_story_flashbacks_in_the_afternoon_is_the_talks_day(between: str) -> None:
    document = read(_TALKS + between + _AFTERNOON, datetime.date(2025, 3, 18))
    assert dated_meetings(document) == [
        (["Bola Tinubu", "Mswati III"], "2025-03-18"),
        (["Bola Tinubu", "Russell Dlamini"], "2025-03-18"),
    ]


def test_meeting_visits_story_flashbacks_a_later_day_told_moves_the_story_on() -> None:
    # near-miss: a day after the talks, told as a scene, is the day "In the afternoon" is on
    text = (
        "President Bola Tinubu arrived in Mbabane on Monday 17 March for a state visit. "
        "President Tinubu held official talks with King Mswati III on Tuesday 18 March. "
        "On Wednesday 19 March, President Tinubu toured the Maloma mine." + _AFTERNOON
    )
    assert dated_meetings(read(text, datetime.date(2025, 3, 21))) == [
        (["Bola Tinubu", "Mswati III"], "2025-03-18"),
        (["Bola Tinubu", "Russell Dlamini"], "2025-03-19"),
    ]


def test_meeting_visits_story_flashbacks_separate_meetings_on_the_talks_day() -> None:
    text = (
        "President Gustavo Petro arrived in Hanoi on Monday 27 October for a state visit. "
        "Petro held official talks with President Luong Cuong on Tuesday 28 October. The two "
        "sides renewed a memorandum first signed on 12 November 2019. In the afternoon, "
        "President Petro held separate meetings with Premier Pham Minh Chinh and with Chairman "
        "Tran Thanh Man."
    )
    assert sorted(dated_meetings(read(text, datetime.date(2025, 10, 31)))) == [
        (["Gustavo Petro", "Luong Cuong"], "2025-10-28"),
        (["Gustavo Petro", "Pham Minh Chinh"], "2025-10-28"),
        (["Gustavo Petro", "Tran Thanh Man"], "2025-10-28"),
    ]


def test_meeting_visits_story_flashbacks_a_day_to_come_does_not_date_a_welcome() -> None:
    text = (
        "Fijian Prime Minister Sitiveni Rabuka is on an official visit to the Maldives. He will "
        "open the new jetty on Wednesday. The Prime Minister of Fiji, Mr. Sitiveni Rabuka, who "
        "landed in Male early today for the visit, was cordially received by President "
        "Mohamed Muizzu at the President's Office. After the welcome, the two leaders held a "
        "one-on-one meeting."
    )
    assert dated_meetings(read(text, datetime.date(2025, 6, 10))) == [
        (["Mohamed Muizzu", "Sitiveni Rabuka"], "2025-06-10")
    ]
