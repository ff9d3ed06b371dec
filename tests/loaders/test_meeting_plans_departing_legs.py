"""A leg told in the timetable's present ("leaves for Jakarta on Tuesday for talks with X") is
still to come: no meeting. Talks told in the past, or a chronology's historical present, stay."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

DAY = datetime.date(2025, 4, 10)


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return dated_meetings(read(text, DAY))


def test_meeting_plans_departing_legs_leaves_for_talks_is_no_meeting() -> None:
    text = (
        "Prime Minister Anthony Whitfield of New Zealand held talks with Prime Minister "
        "Lawrence Wong in Singapore on Monday.\n\n"
        "The prime minister leaves for Jakarta on Tuesday for talks with Indonesian President "
        "Prabowo Subianto."
    )
    assert _meetings(text) == [(["Anthony Whitfield", "Lawrence Wong"], "2025-04-07")]


def test_meeting_plans_departing_legs_is_flying_to_for_talks_is_no_meeting() -> None:
    text = (
        "Chancellor Greta Lindahl met President Ruben Ortega in Madrid on Wednesday. She is "
        "flying to Lisbon on Friday for a meeting with Prime Minister Joao Ferraz."
    )
    assert _meetings(text) == [(["Greta Lindahl", "Ruben Ortega"], "2025-04-09")]


def test_meeting_plans_departing_legs_left_for_talks_stays_a_meeting() -> None:
    text = (
        "Prime Minister Anthony Whitfield of New Zealand left for Jakarta on Tuesday for talks "
        "with Indonesian President Prabowo Subianto."
    )
    assert _meetings(text) == [(["Anthony Whitfield", "Prabowo Subianto"], "2025-04-08")]


def test_meeting_plans_departing_legs_a_chronology_in_the_present_stays_a_meeting() -> None:
    text = (
        "- 2019 - Chancellor Greta Lindahl travels to Santiago in May for consultations with "
        "President Ruben Ortega."
    )
    assert _meetings(text) == [(["Greta Lindahl", "Ruben Ortega"], "2019-05")]
