"""A weekday opening a clause told in the present of a programme ("On Thursday the visit
continues in Osaka") is a day still to come; the same weekday with a past verb is the last one."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates
from tests.loaders.reading import dated_visits, meetings, read

TUESDAY = datetime.date(2025, 6, 10)


def _days(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, TUESDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Thursday the visit continues in Osaka, home to many of the firms.", ["2025-06-12"]),
        ("On Friday the Chancellor meets students at the university.", ["2025-06-13"]),
        ("On Wednesday, the delegation travels on to Krakow.", ["2025-06-11"]),
        # past verbs keep the weekday before the filing day
        ("On Thursday the visit continued in Osaka despite the rain.", ["2025-06-05"]),
        ("On Friday the Chancellor met students at the university.", ["2025-06-06"]),
        ("On Friday the talks ended without a deal.", ["2025-06-06"]),
    ],
)
def test_date_tense_programme_present_is_still_to_come(text: str, expected: list[str]) -> None:
    assert _days(text) == expected


def test_date_tense_programme_present_keeps_a_stated_range_for_the_visit() -> None:
    text = (
        "President Ana Kovac is on a state visit to Japan from 9 to 12 June. On Thursday the "
        "visit continues in Osaka, where the President will visit a shipyard."
    )
    assert dated_visits(read(text, TUESDAY)) == {("Ana Kovac", "JP", "2025-06-09")}


def test_date_tense_programme_meetings_scheduled_within_a_visit_count() -> None:
    text = (
        "President Ana Kovac is on a state visit to Japan from 9 to 12 June. On Wednesday "
        "President Kovac is scheduled to meet Prime Minister Kenji Mori."
    )
    assert meetings(read(text, TUESDAY)) == [["Ana Kovac", "Kenji Mori"]]


def test_date_tense_programme_a_meeting_not_scheduled_is_none() -> None:
    text = (
        "President Ana Kovac is on a state visit to Japan from 9 to 12 June. Prime Minister "
        "Kenji Mori has said he hopes to meet President Kovac."
    )
    assert meetings(read(text, TUESDAY)) == []


# A present programme verb leading up to the weekday in its clause tells a plan too
# ("The emir lands in Lima on Friday"); a past verb after it keeps the day behind.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The king arrives on Thursday for a three-day state visit.", ["2025-06-12"]),
        ("The emir lands in Lima on Friday, the palace said.", ["2025-06-13"]),
        ("Chancellor Weber signs the accord in Hanoi on Saturday.", ["2025-06-14"]),
        ("The summit begins on Wednesday in Addis Ababa.", ["2025-06-11"]),
        # past verbs, or a past verb after the present one, keep the day behind
        ("The king arrived on Thursday for a three-day state visit.", ["2025-06-05"]),
        ("The envoy holds the post he took up on Monday.", ["2025-06-09"]),
        ("The emir, who lands often in Lima, was received on Friday.", ["2025-06-06"]),
    ],
)
def test_date_tense_programme_present_verb_before_the_weekday(
    text: str, expected: list[str]
) -> None:
    assert _days(text) == expected


def test_date_tense_programme_present_verb_dates_the_coming_visit() -> None:
    text = "President Ana Kovac of Croatia arrives in Japan on Thursday for a visit."
    assert dated_visits(read(text, TUESDAY)) == {("Ana Kovac", "JP", "2025-06-12")}
