""" "The first visit to X by a sitting New Zealand Prime Minister" gives the visitor, a Prime
Minister whose country the text names nowhere else, that country; and with it the earlier leg
the visitor's talks abroad tell."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
EARLIER_LEG = "Luxon reached Manila from Jakarta, where he met President Joko Widodo on Sunday."


def _read(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=datetime.date(2024, 4, 23)))


def _country(document: Document, key: str) -> str | None:
    return next(p.country for p in document.people if p.key == key)


def test_first_visit_nationals_gives_the_visitor_the_country() -> None:
    document = _read(
        "Prime Minister Christopher Luxon met President Ferdinand Marcos in Manila on Tuesday, "
        "the first visit to the Philippines by a sitting New Zealand Prime Minister in a "
        "decade. " + EARLIER_LEG
    )
    assert _country(document, "christopher-luxon") == "NZ"
    assert {(v.host_country, v.visitor_country) for v in document.visits} == {
        ("PH", "NZ"),
        ("ID", "NZ"),
    }
    # The host is not the one described: he serves the country of the talks (host_countries.py).
    assert _country(document, "ferdinand-marcos") == "PH"


def test_first_visit_nationals_with_the_of_form() -> None:
    document = _read(
        "President Gabriel Boric held talks with Prime Minister Narendra Modi in New Delhi on "
        "Tuesday, during a state visit to India, the first of a Chilean President in fifteen "
        "years."
    )
    assert _country(document, "gabriel-boric") == "CL"


def test_first_visit_nationals_not_for_another_title() -> None:
    """Counter-example: a Foreign Minister is not the Prime Minister the phrase describes."""
    document = _read(
        "Foreign Minister Winston Peters met President Ferdinand Marcos in Manila on Tuesday, "
        "the first visit to the Philippines by a New Zealand Prime Minister in a decade. "
        + EARLIER_LEG.replace("Luxon", "Peters")
    )
    assert _country(document, "winston-peters") is None
    assert [v.host_country for v in document.visits] == ["PH"]


def test_first_visit_nationals_not_for_a_longer_word() -> None:
    """Counter-example: "a Chilean presidential delegation" does not call the visitor a
    Chilean President. (A third country keeps a story of two countries from giving Boric the
    other one.)"""
    document = _read(
        "President Gabriel Boric met President Ferdinand Marcos in Manila on Tuesday, the first "
        "visit to the Philippines by a Chilean presidential delegation since a Peruvian one."
    )
    assert _country(document, "gabriel-boric") is None


def test_first_visit_nationals_not_without_first() -> None:
    """Counter-example: "a visit by a New Zealand trade mission" ranks nothing as a first and
    names no visitor's title. (A third country keeps a story of two countries from giving
    Luxon the other one.)"""
    document = _read(
        "Prime Minister Christopher Luxon met President Ferdinand Marcos in Manila on Tuesday, "
        "a visit followed by a New Zealand Prime Minister's business delegation and a Fijian one."
    )
    assert _country(document, "christopher-luxon") is None
