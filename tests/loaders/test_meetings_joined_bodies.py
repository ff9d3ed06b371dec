"""Someone who "took part in the meeting of" a named body took part in that body's meeting, not
in the talks the text told last; "took part in the talks" still joins them."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_TALKS = (
    "MINSK, 5 May 2025 - President Askar Bekov of Kazakhstan held talks with President Ivan "
    "Petrov of Belarus in Minsk on Monday. "
)


def _evidence(text: str) -> list[list[str]]:
    document = read(_TALKS + text, datetime.date(2025, 5, 5))
    return [[document.text[s.start : s.end] for s in m.evidence] for m in document.meetings]


def test_meetings_joined_bodies_the_meeting_of_a_council_is_its_own() -> None:
    text = "Askar Bekov was last in Minsk in 2023, when he took part in the meeting of the Council."
    assert all(len(quotes) == 1 for quotes in _evidence(text))


def test_meetings_joined_bodies_taking_part_in_the_talks_joins_them() -> None:
    """Counter-example: ministers who took part in the talks are in them."""
    document = read(
        _TALKS + "Foreign Minister Dana Sadykova of Kazakhstan also took part in the talks.",
        datetime.date(2025, 5, 5),
    )
    names = {p.key: p.name for p in document.people}
    assert [sorted(names[k] for k in m.participants) for m in document.meetings] == [
        ["Askar Bekov", "Dana Sadykova", "Ivan Petrov"]
    ]
