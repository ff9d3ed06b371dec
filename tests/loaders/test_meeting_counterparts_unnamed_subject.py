"""Talks held "separately" with several people by someone the sentence names only by a role
no person was found for are no meeting of those people with each other; when the sentence
names who held them, each is a meeting with that person."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2024, 6, 20)


def test_meeting_counterparts_people_met_apart_by_an_unnamed_subject_did_not_meet() -> None:
    text = (
        "The guest also met separately with Prime Minister Tomas Berg and with Speaker Ines Mora."
    )
    assert meetings(read(text, _DAY)) == []


def test_meeting_counterparts_named_subjects_of_separate_talks_each_meet_the_host() -> None:
    text = (
        "President Mara Lindqvist and Premier Hugo Ferrer held separate talks with Prime "
        "Minister Tomas Berg."
    )
    assert sorted(meetings(read(text, _DAY))) == [
        ["Hugo Ferrer", "Tomas Berg"],
        ["Mara Lindqvist", "Tomas Berg"],
    ]


def test_meeting_counterparts_in_a_separate_meeting_opens_talks_of_a_named_subject() -> None:
    # "In a separate meeting," sets the talks apart from those told before; the subject that
    # follows it holds them.
    text = (
        "Prime Minister Irena Kovac is on a working visit to Oslo today together with Foreign "
        "Minister Darko Ilic. In a separate meeting, Foreign Minister Ilic held talks with "
        "Norwegian Foreign Minister Sigrid Aune at the Ministry of Foreign Affairs."
    )
    assert meetings(read(text, _DAY)) == [["Darko Ilic", "Sigrid Aune"]]


def test_meeting_counterparts_in_a_separate_meeting_an_unnamed_subject_meets_no_one() -> None:
    # near-miss: the subject after the opener is a role no person was found for
    text = (
        "In a separate meeting, the guest held talks with Prime Minister Tomas Berg and "
        "Speaker Ines Mora."
    )
    assert meetings(read(text, _DAY)) == []
