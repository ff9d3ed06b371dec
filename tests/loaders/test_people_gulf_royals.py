"""Royal news from one kingdom about a royal of another: each royal keeps their own kingdom.

A visitor's post names their kingdom ("Crown Prince and Minister of Defence of the Kingdom of
Saudi Arabia"), the host agency then writes "arrived in the Kingdom" for its own country, and
a monarch's style ("the Custodian of the Two Holy Mosques") names his country wherever the
story is set."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
_DAY = datetime.date(2023, 5, 3)


def _run(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=_DAY))


def _countries(document: Document) -> dict[str, str | None]:
    return {p.name: p.country for p in document.people}


def _visits(document: Document) -> list[tuple[str, str | None, str]]:
    names = {p.key: p.name for p in document.people}
    return [(names[v.visitor], v.visitor_country, v.host_country) for v in document.visits]


_HOST_STORY = (
    "Manama, 3 May 2023 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa received at Sakhir "
    "Palace on Wednesday His Royal Highness Prince Faisal bin Turki, Crown Prince, Deputy Prime "
    "Minister and Minister of Defence of the Kingdom of Saudi Arabia, who arrived in the "
    "Kingdom earlier in the day on an official visit.\n\n"
    "The guest conveyed the greetings of the Custodian of the Two Holy Mosques, King Salman "
    "bin Abdulaziz, to His Majesty."
)


def test_people_gulf_royals_a_visitor_keeps_the_kingdom_of_his_post() -> None:
    document = _run(_HOST_STORY)
    countries = _countries(document)
    assert countries["Faisal bin Turki"] == "SA"
    assert countries["Hamad bin Isa Al Khalifa"] == "BH"
    assert _visits(document) == [("Faisal bin Turki", "SA", "BH")]


def test_people_gulf_royals_a_style_names_the_monarch_s_country() -> None:
    assert _countries(_run(_HOST_STORY))["Salman bin Abdulaziz"] == "SA"


def test_people_gulf_royals_the_kingdom_of_a_story_from_it_is_its_own() -> None:
    text = (
        "Riyadh, 3 May 2023, SPA -- His Royal Highness Crown Prince Turki bin Faisal received "
        "on Wednesday President Ana Sousa of the Republic of Cabo Verde, who arrived in the "
        "Kingdom on an official visit."
    )
    document = _run(text)
    assert _countries(document)["Turki bin Faisal"] == "SA"
    assert _visits(document) == [("Ana Sousa", "CV", "SA")]


def test_people_gulf_royals_an_article_begins_a_given_name_not_a_surname() -> None:
    text = (
        "King Hamad received the guest at Sakhir Palace. Crown Prince Al Hussein bin Abdullah II "
        "later met him at Al Husseiniya Palace in Amman."
    )
    document = _run(text)
    al = [m for m in document.person_mentions if text[m.span.start : m.span.end] == "Al"]
    assert al == []


def test_people_gulf_royals_a_regnal_number_does_not_split_a_prince() -> None:
    text = (
        "Crown Prince Al Hussein bin Abdullah II received the guest at the airport. Crown Prince "
        "Al Hussein later attended the talks."
    )
    # One person, shown with his name as written, the regnal number included.
    assert [p.name for p in _run(text).people] == ["Al Hussein bin Abdullah II"]
