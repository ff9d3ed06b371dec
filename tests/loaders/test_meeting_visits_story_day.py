"""Talks told "In the afternoon" are on the day the story is telling, however many paragraphs
back that day was named; a span of days ("the visit she makes from 4 to 6 June") is how long a
visit lasts, not the day the story has come to."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_LEAD = (
    "BERLIN, June 5 - President Elena Varga of Hungary held talks on Thursday with President "
    "Frank Albrecht of Germany at Bellevue Palace, during the state visit she is making to "
    "Germany from 4 to 6 June.\n\n"
    "The two presidents spoke about energy links across central Europe, the rail corridor "
    "between the two capitals and the teaching of languages in schools, and they agreed that "
    "their ministers should meet more often in the coming year to keep the work moving.\n\n"
    "The Hungarian guest was earlier received with military honours in the courtyard of the "
    "palace and laid flowers at a memorial to the victims of war in the centre of the city, "
    "accompanied by the mayor and by a group of students from both countries.\n\n"
)


def _talks_days(text: str) -> dict[str, str | None]:
    # Filed on the visit's last day, after the talks of Thursday 5 June the lead tells.
    document = read(text, datetime.date(2025, 6, 6))
    names = {p.key: p.name for p in document.people}
    return {
        next(names[k] for k in m.participants if names[k] != "Elena Varga"): (
            m.date.lexical if m.date else None
        )
        for m in document.meetings
    }


def test_meeting_visits_story_day_in_the_afternoon_is_the_day_told_paragraphs_back() -> None:
    days = _talks_days(
        _LEAD + "In the afternoon, President Varga met Chancellor Olaf Brandt at the chancellery."
    )
    assert days["Olaf Brandt"] == "2025-06-05"


def test_meeting_visits_story_day_other_talks_far_down_take_the_reports_day() -> None:
    """Counter-example: talks told far below the day named, with no word for a time of that
    day, are not placed on it; they take the day the report was filed, a day of the visit."""
    days = _talks_days(
        _LEAD + "President Varga also met Chancellor Olaf Brandt at the chancellery."
    )
    assert days["Olaf Brandt"] == "2025-06-06"
