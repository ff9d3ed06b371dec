"""Leaders who together witnessed the signing or exchange of agreements were in one room: a
meeting, placed at the venue the sentence names with "at", not where the thing signed is."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2024, 6, 4)


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    names = {p.key: p.name for p in document.people}
    return [
        (sorted(names[k] for k in m.participants), m.place.name if m.place else None)
        for m in document.meetings
    ]


def test_meetings_witnessed_signings_two_leaders_at_a_signing_met() -> None:
    text = (
        "President William Ruto and President Ana Lopes of Portugal on Tuesday witnessed the "
        "signing of five agreements at State House in Nairobi."
    )
    assert _meetings(text) == [(["Ana Lopes", "William Ruto"], "State House")]


def test_meetings_witnessed_signings_the_place_of_what_was_signed_is_not_the_venue() -> None:
    text = (
        "President William Ruto and President Ana Lopes of Portugal on Tuesday witnessed the "
        "signing of a deal to build a port in Mombasa."
    )
    assert _meetings(text) == [(["Ana Lopes", "William Ruto"], None)]


def test_meetings_witnessed_signings_one_leader_watching_is_no_meeting() -> None:
    text = "President William Ruto on Tuesday witnessed the signing of five agreements in Nairobi."
    assert _meetings(text) == []
