""" "At the talks, which X also attended, ..." adds X to the talks told before; it is no second
meeting dated the filing day."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return dated_meetings(read(text, datetime.date(2024, 10, 2)))


def test_meetings_attended_talks_add_the_attendee_to_the_talks_told() -> None:
    text = (
        "President Edgars Rinkevics held talks with President Alar Karis in Tallinn on 5 May. "
        "At the talks, which Interior Minister Lauri Laanemets also attended, Karis raised "
        "border security."
    )
    assert _meetings(text) == [
        (["Alar Karis", "Edgars Rinkevics", "Lauri Laanemets"], "2024-05-05")
    ]


def test_meetings_attended_talks_opening_the_sentence_add_the_attendee() -> None:
    text = (
        "President Julius Maada Bio received President George Weah in Freetown on 3 July. The "
        "talks, which Foreign Minister Timothy Kabba also attended, focused on the Mano River."
    )
    assert _meetings(text) == [(["George Weah", "Julius Maada Bio", "Timothy Kabba"], "2024-07-03")]


def test_meetings_attended_talks_a_bodys_meeting_is_not_the_talks_told() -> None:
    text = (
        "President Edgars Rinkevics held talks with President Alar Karis in Tallinn on 5 May. "
        "At the meeting of the Baltic Council, which Prime Minister Kristen Michal attended on "
        "7 May, Michal met Prime Minister Evika Silina."
    )
    assert _meetings(text) == [
        (["Alar Karis", "Edgars Rinkevics"], "2024-05-05"),
        (["Evika Silina", "Kristen Michal"], "2024-05-07"),
    ]


def test_meetings_attended_talks_first_told_are_a_meeting_of_their_own() -> None:
    text = (
        "At the talks, which Interior Minister Lauri Laanemets also attended, President Alar "
        "Karis met President Edgars Rinkevics in Tallinn on 5 May."
    )
    assert _meetings(text) == [
        (["Alar Karis", "Edgars Rinkevics", "Lauri Laanemets"], "2024-05-05")
    ]
