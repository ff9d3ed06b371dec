"""State agencies tell talks in the passive: "a meeting in a narrow format was held between
President X and President Y". The two people named after "between" met."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2023, 5, 17)


def _meetings(text: str) -> int:
    """How many meetings the text gives."""
    return len(PIPELINE(Document("t", "t", text, date=DAY)).meetings)


@pytest.mark.parametrize(
    "text",
    [
        "On 16 May, a meeting in a narrow format was held between President Sadyr Japarov "
        "and President Serdar Berdimuhamedov.",
        "Official talks were held between Prime Minister Akylbek Japarov and Prime Minister "
        "Kokhir Rasulzoda in Dushanbe on Tuesday.",
    ],
)
def test_talks_cues_a_meeting_held_between_two_people_is_a_meeting(text: str) -> None:
    assert _meetings(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The elections were held between March and May, President Sadyr Japarov told "
        "President Serdar Berdimuhamedov.",
        "The games were held between teams of both countries, President Sadyr Japarov said "
        "in a letter to President Serdar Berdimuhamedov.",
    ],
)
def test_talks_cues_something_else_held_between_dates_or_teams_is_no_meeting(text: str) -> None:
    assert _meetings(text) == 0


def test_talks_cues_held_between_a_participle_with_its_day_and_place_in_commas() -> None:
    text = (
        "The visit follows the meeting held on 9 April, in Vienna, between Minister Jan "
        "Lipavsky and the Minister of Foreign Affairs of Uruguay, Mario Lubetkin, on the "
        "margins of the OSCE conference."
    )
    document = PIPELINE(Document("t", "t", text, date=DAY))
    names = {p.key: p.name for p in document.people}
    assert [
        (
            sorted(names[k] for k in m.participants),
            m.date and m.date.lexical,
            m.place and m.place.name,
        )
        for m in document.meetings
    ] == [(["Jan Lipavsky", "Mario Lubetkin"], "2023-04-09", "Vienna")]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: "held ... between" two hours, or a meeting of a body, not two people
        "The meeting held on Monday in Vienna between 10 and 12 was chaired by Jan Lipavsky "
        "with Mario Lubetkin absent.",
        "Talks held in Vienna, between the trade unions, were praised by Jan Lipavsky and "
        "criticised by Mario Lubetkin.",
    ],
)
def test_talks_cues_held_between_hours_or_bodies_are_no_talks_of_those_named(text: str) -> None:
    assert _meetings(text) == 0
