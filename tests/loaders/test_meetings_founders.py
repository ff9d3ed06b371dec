"""The founders of a tie a talks sentence recalls ("the ties of friendship forged by A and B",
"the foundations laid by", "founded by") are history, no party to the talks."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

DAY = datetime.date(2025, 5, 20)
_TALKS = (
    "President of Laos Thongloun Sisoulith held talks with President of Cuba Miguel Diaz-Canel "
    "in Havana on Tuesday. "
)
_HELD = [(["Miguel Diaz-Canel", "Thongloun Sisoulith"], "2025-05-20")]


def test_meetings_founders_the_ties_forged_by_two_leaders_are_no_meeting() -> None:
    text = _TALKS + (
        "During the talks, Sisoulith praised the ties of friendship forged by Commander-in-Chief "
        "Fidel Castro and President Kaysone Phomvihane."
    )
    assert dated_meetings(read(text, DAY)) == _HELD


def test_meetings_founders_laid_and_founded_by_are_no_meeting() -> None:
    text = _TALKS + (
        "At the meeting, Sisoulith hailed the foundations laid by President Souphanouvong, "
        "Commander-in-Chief Fidel Castro and Chairman Kaysone Phomvihane, and the party founded "
        "by Raul Castro."
    )
    assert dated_meetings(read(text, DAY)) == _HELD


def test_meetings_founders_a_tie_forged_with_the_one_met_is_a_meeting() -> None:
    # near-miss: "forged" told of the talks' own parties, with no founders named by "by"
    text = (
        "President of Laos Thongloun Sisoulith met President Miguel Diaz-Canel in Havana on "
        "Tuesday and forged a new partnership in farming."
    )
    assert dated_meetings(read(text, DAY)) == [
        (["Miguel Diaz-Canel", "Thongloun Sisoulith"], "2025-05-20")
    ]
