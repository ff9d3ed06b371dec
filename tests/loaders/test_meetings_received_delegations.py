""" "X received the Croatian delegation for talks": the head of that delegation, the visitor
from that country whose visit the story tells, meets X; a delegation whose head the sentence
names, one of a country no one visits from, or one only described, adds no one."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

DAY = datetime.date(2025, 4, 9)
VISIT = (
    "Prague, 9 April 2025\n\n"
    "Prime Minister Ante Maric is on a working visit to Prague today together with Foreign "
    "Minister Lucija Horvat. "
)


def test_meetings_received_delegations_the_head_is_the_visitor_from_that_country() -> None:
    text = VISIT + (
        "Prime Minister Petr Dvorak received the Croatian delegation for talks which focused "
        "on energy links and the motorway corridor."
    )
    assert meetings(read(text, DAY)) == [["Ante Maric", "Petr Dvorak"]]


def test_meetings_received_delegations_the_delegation_of_a_country() -> None:
    text = VISIT + "Prime Minister Petr Dvorak held talks with the delegation of Croatia."
    assert meetings(read(text, DAY)) == [["Ante Maric", "Petr Dvorak"]]


def test_meetings_received_delegations_a_head_named_in_the_sentence_is_the_head() -> None:
    # near-miss: "led by X" names who headed the delegation at these talks
    text = VISIT + (
        "Industry Minister Jana Kralova received the Croatian delegation led by Foreign "
        "Minister Lucija Horvat."
    )
    assert meetings(read(text, DAY)) == [["Jana Kralova", "Lucija Horvat"]]


def test_meetings_received_delegations_a_country_no_one_visits_from_adds_no_one() -> None:
    # near-miss: the Slovak delegation has no visitor in the story, whose guest is Croatian
    text = VISIT.replace("Prime Minister Ante", "Croatian Prime Minister Ante") + (
        "Prime Minister Petr Dvorak received the Slovak delegation on Monday."
    )
    assert meetings(read(text, DAY)) == []


def test_meetings_received_delegations_a_delegation_described_is_no_talks() -> None:
    # near-miss: no talks cue, only who travelled
    text = VISIT + "The Croatian delegation also includes Economy Minister Ivo Babic."
    assert meetings(read(text, DAY)) == []
