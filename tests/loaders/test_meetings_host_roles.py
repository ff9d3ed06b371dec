""" "Met the host president" names the visit's host by role: the one person holding that post
of the host country the story names elsewhere, or no one when it names none or two."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return dated_meetings(read(text, datetime.date(2024, 10, 2)))


def test_meetings_host_roles_the_host_president_named_later_takes_part() -> None:
    text = (
        "Chancellor Karl Nehammer arrived in Bratislava on 6 June. On arrival, Chancellor "
        "Nehammer met the host president at the palace. President Peter Pellegrini later "
        "hosted a dinner."
    )
    assert _meetings(text) == [(["Karl Nehammer", "Peter Pellegrini"], "2024-06-06")]


def test_meetings_host_roles_no_holder_named_makes_no_counterpart() -> None:
    text = (
        "President Alar Karis arrived in Lisbon on 8 May. He was received by the host "
        "president. Prime Minister Luis Montenegro gave a lunch."
    )
    assert _meetings(text) == []


def test_meetings_host_roles_two_possible_holders_make_no_counterpart() -> None:
    text = (
        "President Javier Milei arrived in Vienna on 3 May. He later met the host chancellor. "
        "Chancellor Karl Nehammer and Chancellor Olaf Scholz had spoken the week before."
    )
    assert all(len(people) == 2 for people, _ in _meetings(text))
    assert (["Javier Milei", "Karl Nehammer"], "2024-05-03") not in _meetings(text)
    assert (["Javier Milei", "Olaf Scholz"], "2024-05-03") not in _meetings(text)


def test_meetings_host_roles_a_named_host_president_adds_no_one() -> None:
    text = (
        "The host president of the summit, President William Ruto, met President Yoweri "
        "Museveni in Nairobi on 4 May."
    )
    assert _meetings(text) == [(["William Ruto", "Yoweri Museveni"], "2024-05-04")]
