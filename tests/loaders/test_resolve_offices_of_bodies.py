"""The head of an institution ("European Commission President X", "the President of the
National Assembly") is no country's president: "the Egyptian president" means the head of
state whose country the text left unsaid, not the institution's president named first."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
FILED = datetime.date(2024, 3, 17)


def _people(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    document = PIPELINE(Document("t", "t", text, date=FILED))
    return {p.name: (p.country, tuple(post.title for post in p.posts)) for p in document.people}


def test_resolve_offices_of_bodies_the_commission_president_keeps_her_office() -> None:
    people = _people(
        "European Commission President Ursula von der Leyen flew into Cairo on Sunday. European "
        "Council President Charles Michel stayed in Brussels."
    )
    assert people["Ursula von der Leyen"] == (None, ("President of the European Commission",))
    assert people["Charles Michel"] == (None, ("President of the European Council",))


def test_resolve_offices_of_bodies_a_demonym_role_is_the_head_of_state() -> None:
    people = _people(
        "European Commission President Ursula von der Leyen flew into Cairo on Sunday for a "
        "visit hosted by President Abdel Fattah al-Sisi. Greek Prime Minister Kyriakos "
        "Mitsotakis also sat down with the Egyptian president on Sunday afternoon."
    )
    assert people["Abdel Fattah al-Sisi"][0] == "EG"
    assert people["Ursula von der Leyen"][0] is None


def test_resolve_offices_of_bodies_a_speaker_titled_president_is_no_head_of_state() -> None:
    people = _people(
        "President of the National Assembly Moses Wetangula met President William Ruto on "
        "Sunday. The Kenyan president later left for Addis Ababa."
    )
    assert people["William Ruto"][0] == "KE"
    assert people["Moses Wetangula"][0] is None


def test_resolve_offices_of_bodies_a_lone_president_is_still_found() -> None:
    people = _people(
        "President Abdel Fattah al-Sisi received the delegation on Sunday. The Egyptian "
        "president called for a ceasefire."
    )
    assert people["Abdel Fattah al-Sisi"][0] == "EG"


def test_resolve_offices_of_bodies_a_minister_of_a_portfolio_serves_a_state() -> None:
    """A minister's "of" names a portfolio, not a body: "the Danish minister" is the minister
    of no stated country named before, and his trip is told by it."""
    text = (
        "Minister of Development Cooperation Dan Jorgensen and Kenya's Minister of Energy Opiyo "
        "Wandayi on Monday signed a memorandum. The signing took place in Nairobi during the "
        "Danish minister's visit to Kenya."
    )
    assert _people(text)["Dan Jorgensen"][0] == "DK"
    document = PIPELINE(Document("t", "t", text, date=FILED))
    assert [(v.visitor, v.host_country) for v in document.visits] == [("dan-jorgensen", "KE")]
