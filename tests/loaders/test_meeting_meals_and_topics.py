"""Talks told as a meal together ("had lunch with X", "dined with X"), as a topic talked ("the
two presidents talked trade") or as a named meeting held ("held the eighth Annual Leaders'
Meeting") are meetings; a speech that "talked of" something and a meal only hosted are not."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_meetings, meetings, read

_DAY = datetime.date(2023, 1, 27)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Mara Lindqvist had lunch with Premier Tomas Berg at his farm on Wednesday.",
        "On Wednesday President Mara Lindqvist dined with Premier Tomas Berg.",
        "President Mara Lindqvist and Premier Tomas Berg talked trade and energy on Wednesday.",
        "On Wednesday Premier Tomas Berg and President Mara Lindqvist held the ninth Annual "
        "Leaders' Meeting.",
    ],
)
def test_meeting_meals_and_topics_are_meetings(sentence: str) -> None:
    assert meetings(read(sentence, _DAY)) == [["Mara Lindqvist", "Tomas Berg"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Mara Lindqvist talked of a new era in a speech praising Premier Tomas Berg.",
        "President Mara Lindqvist talked up the record of Premier Tomas Berg.",
        "President Mara Lindqvist will have lunch with Premier Tomas Berg on Friday.",
    ],
)
def test_meeting_meals_and_topics_a_speech_or_a_meal_to_come_is_no_meeting(sentence: str) -> None:
    assert meetings(read(sentence, _DAY)) == []


def test_meeting_plans_after_the_talks_do_not_date_them() -> None:
    text = (
        "On Monday President Mara Lindqvist held talks with Premier Tomas Berg. Minister Ines "
        "Mora met Minister Hugo Ferrer to prepare an accord the two are due to sign on Tuesday."
    )
    document = read(text, datetime.date(2023, 1, 23))
    assert [m.date.lexical if m.date else None for m in document.meetings] == [
        "2023-01-23",
        "2023-01-23",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Mara Lindqvist had a conversation over tea with Premier Tomas Berg.",
        "President Mara Lindqvist had talks over a working dinner with Premier Tomas Berg.",
    ],
)
def test_meeting_meals_and_topics_talks_over_a_meal_with_someone_are_a_meeting(
    sentence: str,
) -> None:
    assert meetings(read(sentence, _DAY)) == [["Mara Lindqvist", "Tomas Berg"]]


def test_meeting_meals_and_topics_a_topic_told_over_with_no_partner_is_no_meeting() -> None:
    sentence = (
        "President Mara Lindqvist has had discussions over the border dispute for years, "
        "according to a book by Premier Tomas Berg."
    )
    assert meetings(read(sentence, _DAY)) == []


_VISIT = "President Mara Lindqvist arrived in Asuncion on Tuesday, 24 January, for a state visit. "


@pytest.mark.parametrize(
    "sentence",
    [
        "In the evening, the President of Paraguay, Santiago Pena, offered a State banquet in "
        "honour of the visiting Mandatary at the palace, where both conversed about trade.",
        "In the evening, President Santiago Pena hosted a dinner in honour of the visiting "
        "President, where they conversed on energy and trade.",
    ],
)
def test_meeting_meals_and_topics_a_banquet_where_they_conversed_is_a_meeting(
    sentence: str,
) -> None:
    document = read(_VISIT + sentence, _DAY)
    assert dated_meetings(document) == [(["Mara Lindqvist", "Santiago Pena"], "2023-01-24")]


def test_meeting_meals_and_topics_a_banquet_alone_is_no_meeting() -> None:
    # near-miss: the same banquet in honour of the guest, with no talk told at it
    sentence = (
        "In the evening, the President of Paraguay, Santiago Pena, offered a State banquet in "
        "honour of the visiting Mandatary at the palace."
    )
    assert meetings(read(_VISIT + sentence, _DAY)) == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # a working meal held by the two at the table, named in the subject
        (
            "That same evening the two presidents, Mara Lindqvist and her Paraguayan "
            "counterpart Santiago Pena, held a working dinner.",
            "2023-01-24",
        ),
        ("On Wednesday President Santiago Pena had a working breakfast with the visitor.", None),
        (
            "On Wednesday she attended a working lunch hosted by President Santiago Pena.",
            "2023-01-25",
        ),
    ],
)
def test_meeting_meals_and_topics_a_working_meal_is_a_meeting(
    sentence: str, day: str | None
) -> None:
    document = read(_VISIT + sentence, _DAY)
    assert [people for people, _ in dated_meetings(document)] == [
        ["Mara Lindqvist", "Santiago Pena"]
    ]
    if day is not None:
        assert dated_meetings(document)[0][1] == day


@pytest.mark.parametrize(
    "sentence",
    [
        # a meal given by someone, the guest only attending: no talks told
        "The visiting President later attended a state luncheon hosted by the Vice President, "
        "Pedro Alliana, before departing.",
        "She was guest of honour at a banquet hosted in her honour by President Santiago Pena.",
        "In the evening she attended an official dinner hosted by President Santiago Pena.",
        "An official reception was hosted in her honour, attended by Vice President Pedro Alliana.",
        # a working dinner for others, with no counterpart at the table
        "She held a working dinner with business leaders, aides to Santiago Pena said.",
    ],
)
def test_meeting_meals_and_topics_a_meal_hosted_is_no_meeting(sentence: str) -> None:
    assert meetings(read(_VISIT + sentence, _DAY)) == []
