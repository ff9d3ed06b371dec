"""A sentence that ranks the talks just told against an earlier round ("the first conversation
since a telephone call on July 9", "The call followed the leaders' conversation of March 18")
adds that earlier round, with its own day, between the same people; one that names no day, or
names people of its own, adds nothing of the kind."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_DAY = datetime.date(2021, 12, 7)
_CALL = "President Mara Lindqvist spoke by telephone today with Premier Tomas Berg. "


def _dated(text: str) -> list[tuple[str | None, str]]:
    document = read(text, _DAY)
    return [(m.date.lexical if m.date else None, m.mode) for m in document.meetings]


def test_earlier_talks_a_since_phrase_with_a_day_is_an_earlier_call() -> None:
    text = _CALL + "It was the leaders' first conversation since a telephone call on July 9."
    assert _dated(text) == [("2021-12-07", "phone"), ("2021-07-09", "phone")]


def test_earlier_talks_talks_that_followed_an_earlier_round_add_it() -> None:
    text = _CALL + "The call followed the leaders' conversation of March 18, on the budget."
    assert _dated(text) == [("2021-12-07", "phone"), ("2021-03-18", "in-person")]


def test_earlier_talks_a_since_phrase_without_a_day_adds_nothing() -> None:
    text = _CALL + "It was the leaders' first conversation since the election."
    assert _dated(text) == [("2021-12-07", "phone")]


def test_earlier_talks_a_followed_sentence_naming_its_own_people_is_their_talks() -> None:
    text = _CALL + (
        "The call followed the talks that Minister Ines Mora held with Minister Hugo Ferrer "
        "on 28 November."
    )
    document = read(text, _DAY)
    names = {p.key: p.name for p in document.people}
    assert [sorted(names[k] for k in m.participants) for m in document.meetings] == [
        ["Mara Lindqvist", "Tomas Berg"],
        ["Hugo Ferrer", "Ines Mora"],
    ]
