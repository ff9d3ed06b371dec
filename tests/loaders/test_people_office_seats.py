"""A lower-case title opened by the seat of an office ("Kremlin spokesman X", "State
Department spokesman Y") names a person who serves the seat's country, as wire stories write
the Kremlin's and the White House's speakers; a seat that is only where something happens
("at the Kremlin") opens no title."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in PIPELINE(Document("t", "t", text)).people}


def test_people_office_seat_opens_a_lower_case_title() -> None:
    text = (
        "Kremlin spokesman Anton Belov told reporters the call had been businesslike, and "
        "State Department spokesman Mark Ellis said Washington was briefed."
    )
    assert _countries(text) == {"Anton Belov": "RU", "Mark Ellis": "US"}


def test_people_seat_after_a_preposition_opens_no_title() -> None:
    text = "On arrival at the Kremlin president Tomas Varga was greeted by a guard of honour."
    assert "Tomas Varga" not in _countries(text)
