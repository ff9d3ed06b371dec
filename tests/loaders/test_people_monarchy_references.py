"""Royal news refers to its people and country by style and post: "the Custodian of the Two
Holy Mosques" is the Saudi King, "the Emir" and "the Sultan" the ones introduced before, and
"the Kingdom" the kingdom the text named, whose royals are then that country's."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _read(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=datetime.date(2025, 2, 10)))


def _mentions(text: str) -> dict[str, tuple[str | None, list[str]]]:
    document = _read(text)
    return {
        p.name: (p.country, [text[m.start : m.end] for m in p.mentions]) for p in document.people
    }


@pytest.mark.parametrize(
    "second",
    [
        "The Custodian of the Two Holy Mosques praised the growing trade.",
        "Later, the Custodian of the Two Holy Mosques hosted a banquet for the guests.",
        "A statement said the Servant of the Two Holy Mosques thanked his guest.",
    ],
)
def test_people_monarchy_style_refers_to_the_king(second: str) -> None:
    text = f"King Fahd bin Nasser received Peruvian President Ana Flores in Jeddah. {second}"
    people = _mentions(text)
    assert people["Fahd bin Nasser"][0] == "SA"
    assert len(people["Fahd bin Nasser"][1]) == 2
    assert set(people) == {"Fahd bin Nasser", "Ana Flores"}


def test_people_monarchy_style_before_the_name_gives_the_country() -> None:
    text = "The Custodian of the Two Holy Mosques King Fahd bin Nasser opened the summit."
    country, mentions = _mentions(text)["Fahd bin Nasser"]
    assert (country, set(mentions)) == ("SA", {"Fahd bin Nasser"})


@pytest.mark.parametrize(
    ("text", "name", "reference"),
    [
        (
            "Kuwaiti Emir Sheikh Nawaf Al-Sabah arrived in Cairo on Monday. The Emir held talks "
            "with Egyptian President Omar Fathy.",
            "Nawaf Al-Sabah",
            "The Emir",
        ),
        (
            "Omani Sultan Tariq bin Said arrived in Delhi. Indian officials said the Sultan "
            "would open a port.",
            "Tariq bin Said",
            "the Sultan",
        ),
        (
            "Jordanian Crown Prince Hamza bin Ali met Greek Prime Minister Nikos Pappas in "
            "Athens. His Royal Highness the Crown Prince invited him to Amman.",
            "Hamza bin Ali",
            "the Crown Prince",
        ),
    ],
)
def test_people_monarchy_post_refers_to_the_person_introduced_before(
    text: str, name: str, reference: str
) -> None:
    assert reference in _mentions(text)[name][1]


def test_people_monarchy_the_kingdom_is_the_kingdom_named_before() -> None:
    text = (
        "The Kingdom of Bahrain and Japan marked fifty years of ties. Japanese Foreign "
        "Minister Kenji Sato arrived in the Kingdom on Monday."
    )
    document = _read(text)
    assert [(v.host_country, v.status) for v in document.visits] == [("BH", "happened")]


def test_people_monarchy_royals_of_the_kingdom_get_its_country() -> None:
    text = (
        "Morocco welcomed the delegation. Crown Prince Hassan bin Idris received Spanish "
        "Prime Minister Luis Ortega in the Kingdom on Monday."
    )
    people = _mentions(text)
    assert people["Hassan bin Idris"][0] == "MA"
    assert people["Luis Ortega"][0] == "ES"


@pytest.mark.parametrize(
    "text",
    [
        "The United Kingdom and Peru signed a pact. Crown Prince Hassan bin Idris attended.",
        "Crown Prince Hassan bin Idris said the kingdom of heaven awaits the faithful.",
        "Crown Prince Hassan bin Idris opened a school in Lima.",
    ],
)
def test_people_monarchy_no_kingdom_reference_leaves_royals_unplaced(text: str) -> None:
    assert _mentions(text)["Hassan bin Idris"][0] is None


def test_people_monarchy_sentence_adverb_is_no_name() -> None:
    text = "King Fahd bin Nasser received guests. Later, the President of Peru arrived."
    assert "Later" not in _mentions(text)


def test_people_monarchy_a_second_king_is_not_the_kingdoms() -> None:
    text = (
        "Saudi King Fahd bin Nasser received King Olav Berg in Riyadh. The guest praised "
        "the Kingdom."
    )
    people = _mentions(text)
    assert people["Fahd bin Nasser"][0] == "SA"
    assert people["Olav Berg"][0] is None


def test_people_monarchy_a_minister_of_the_kingdom_is_named_and_placed() -> None:
    text = (
        "Peruvian President Ana Flores arrived in the Kingdom of Morocco on Sunday.\n\n"
        "On Monday she met the Minister of Agriculture of the Kingdom Youssef Amrani."
    )
    assert _mentions(text)["Youssef Amrani"][0] == "MA"


def test_people_monarchy_a_crown_prince_of_the_kingdom_is_not_the_king() -> None:
    text = (
        "Peruvian President Ana Flores is on a visit to the Kingdom of Bahrain.\n\n"
        "She held talks with the Crown Prince and Prime Minister of the Kingdom Fahd bin "
        "Nasser Al Khalifa and conveyed her greetings to King Saad bin Omar Al Khalifa."
    )
    people = _read(text).people
    assert {p.name for p in people} >= {"Fahd bin Nasser Al Khalifa", "Saad bin Omar Al Khalifa"}


def test_people_monarchy_a_minister_of_the_kingdom_before_any_kingdom_stays_unplaced() -> None:
    text = (
        "Peruvian President Ana Flores met the Minister of Agriculture of the Kingdom Youssef "
        "Amrani on Monday.\n\nPeru and Chile signed a trade accord."
    )
    assert _mentions(text).get("Youssef Amrani", (None, []))[0] is None
