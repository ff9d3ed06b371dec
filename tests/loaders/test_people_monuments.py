"""A mausoleum, memorial or monument "of" someone names a person who does not act in the
story: laying a wreath there is no meeting with them."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _run(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=datetime.date(2024, 1, 30)))


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Silva laid a wreath at the Mausoleum of President Ho Chi Minh and met "
        "Prime Minister Jorge Ruiz in Hanoi.",
        "President Ana Silva visited the Memorial of King Tomislav in Zagreb and then met "
        "Prime Minister Jorge Ruiz.",
        "After laying flowers at the Monument of General Jose Artigas, President Ana Silva met "
        "Prime Minister Jorge Ruiz.",
    ],
)
def test_people_a_monument_of_a_titled_name_is_no_person(text: str) -> None:
    document = _run(text)
    assert {p.name for p in document.people} == {"Ana Silva", "Jorge Ruiz"}
    assert [m.participants for m in document.meetings] == [("ana-silva", "jorge-ruiz")]


def test_people_a_president_named_beside_a_memorial_still_acts() -> None:
    text = "President Ana Silva met President Jorge Ruiz at the Lincoln Memorial on Tuesday."
    assert [m.participants for m in _run(text).meetings] == [("ana-silva", "jorge-ruiz")]
