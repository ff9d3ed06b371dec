"""A minister told as a member of a leader's delegation ("X, who accompanies the President in
the delegation") serves the leader's country; an escort who accompanies a guest *to* a place
may be the host's, and gets no country from it."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import Post

PIPELINE = default_pipeline()
OPENING = (
    "Peruvian President Dina Boluarte held talks with Prime Minister Pham Minh Chinh in Hanoi "
    "on Monday. "
)


def _countries(text: str) -> dict[str, str | None]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 11, 11)))
    return {p.key: p.country for p in document.people}


def test_companion_countries_delegation_member_takes_the_leaders_country() -> None:
    text = OPENING + (
        "Foreign Minister Javier Prado, who accompanies the President in the delegation, said "
        "that trade could double."
    )
    assert _countries(text)["javier-prado"] == "PE"


def test_companion_countries_member_travelling_on_the_trip() -> None:
    text = OPENING + (
        "Trade Minister Ursula Vega, who is travelling with Boluarte on the visit, signed nothing."
    )
    assert _countries(text)["ursula-vega"] == "PE"


def test_companion_countries_escort_to_a_place_gets_none() -> None:
    """Counter-example: the minister who took the guest to a temple may be the host's."""
    text = OPENING + (
        "Foreign Minister Bui Thanh Son, who accompanied the President to the Temple of "
        "Literature, spoke of the two nations' friendship."
    )
    assert _countries(text)["bui-thanh-son"] is None


def test_companion_countries_leader_without_a_country_gives_none() -> None:
    """Counter-example: a leader whose country the text does not give has none to lend."""
    text = (
        "President Dina Boluarte held talks with Prime Minister Pham Minh Chinh in Hanoi on "
        "Monday. Foreign Minister Javier Prado, who accompanies the President in the "
        "delegation, said that trade could double."
    )
    assert _countries(text)["javier-prado"] is None


def test_companion_countries_delegation_members_company_post_names_no_country() -> None:
    """Counter-example: the chief executive travelling with the President is Peruvian, but the
    company's post is no office of Peru."""
    text = OPENING + (
        "Chief Executive Officer Raul Mendez, who is travelling with Boluarte on the visit, "
        "signed a supply deal."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 11, 11)))
    (mendez,) = (p for p in document.people if p.key == "raul-mendez")
    assert (mendez.country, mendez.posts) == ("PE", (Post("CEO", None),))
