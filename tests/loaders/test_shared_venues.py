"""Venue names that several countries share ("State House", "Presidential Palace") are placed
by the country the text is in at that point, or left unplaced: never in the wrong country."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _venues(text: str) -> list[tuple[str, str]]:
    document = PIPELINE(Document("t", "t", text))
    return [(p.country, p.city) for p in document.places if p.kind == "venue"]


def test_state_house_follows_the_city_the_text_is_in() -> None:
    text = (
        "President Bola Tinubu flew to Nairobi on Monday. He was received at State House by "
        "President William Ruto."
    )
    assert _venues(text) == [("KE", "Nairobi")]


def test_state_house_of_a_country_without_one_listed_stays_unplaced() -> None:
    text = "The envoy travelled to Port Louis, where the President received him at State House."
    assert _venues(text) == []


def test_state_house_of_another_listed_country_is_placed_there() -> None:
    text = "The envoy travelled to Dar es Salaam, where the President received him at State House."
    assert _venues(text) == [("TZ", "Dar es Salaam")]


def test_presidential_palace_is_placed_in_the_country_named_before() -> None:
    text = "The minister arrived in Finland and was received at the Presidential Palace."
    assert _venues(text) == [("FI", "Helsinki")]


def test_federal_chancellery_in_vienna_is_the_austrian_one() -> None:
    text = "In Vienna the Chancellor received his guest at the Federal Chancellery."
    assert _venues(text) == [("AT", "Vienna")]


def test_shared_venue_takes_the_city_written_right_after_it() -> None:
    text = (
        "The president came straight from a summit in Helsinki. The next day the two leaders "
        "held talks at the Presidential Palace in Nicosia."
    )
    assert _venues(text) == [("CY", "Nicosia")]
