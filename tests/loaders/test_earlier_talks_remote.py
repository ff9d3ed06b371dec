"""An earlier round named as telephone talks is a call, as the talks cues read the same words;
talks named with a place and no telephone were held in person."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2021, 12, 7)
_CALL = "President Mara Lindqvist spoke by telephone today with Premier Tomas Berg. "


def _earlier_mode(text: str) -> list[tuple[str | None, str]]:
    document = read(_CALL + text, _DAY)
    return [(m.date.lexical if m.date else None, m.mode) for m in document.meetings[1:]]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("It was the leaders' first conversation since their telephone talks on July 9.", "phone"),
        ("It was the leaders' first conversation since their phone talks of 9 July.", "phone"),
        ("It was the leaders' first conversation since a videoconference on July 9.", "video"),
        # counter-example: talks with a place and no word of a call
        (
            "It was the leaders' first conversation since their talks in Oslo on July 9.",
            "in-person",
        ),
    ],
)
def test_earlier_talks_remote_round_keeps_its_mode(text: str, mode: str) -> None:
    assert _earlier_mode(text) == [("2021-07-09", mode)]
