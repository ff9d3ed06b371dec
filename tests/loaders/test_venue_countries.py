"""A shared venue name ("White House", "State House") is placed by the text's one country
that has such a venue, when nothing nearer places it."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _run(text: str) -> Document:
    return PIPELINE(Document("t", "t", text, date=datetime.date(2024, 2, 8)))


def test_venue_countries_readout_guest_visits_the_white_house_of_the_united_states() -> None:
    text = (
        "Today, President Joe Biden welcomed Chancellor Olaf Scholz of Germany to the White "
        "House. The leaders discussed support for Ukraine and the partnership between the "
        "United States and Germany.\n"
    )
    document = _run(text)
    visits = {(v.host_country, v.place.name if v.place else None) for v in document.visits}
    assert visits == {("US", "White House")}


def test_venue_countries_a_city_in_the_sentence_keeps_an_unlisted_venue_unplaced() -> None:
    # Dar es Salaam's State House is not Nairobi's, though the text also names Kenya.
    text = (
        "Kenyan President William Ruto travelled to Dar es Salaam in October 2022, where "
        "President Samia Suluhu Hassan hosted him for talks at State House.\n"
    )
    places = {p.name: p.city for p in _run(text).places if p.kind == "venue"}
    assert places.get("State House") != "Nairobi"
