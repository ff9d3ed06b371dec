"""The residences and seats of government where heads of state receive guests are known on
every continent, so a visit received there is placed in its city; a name many countries share
("State House", "Presidential Palace") is placed by the country the story is about."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.gazetteer import Gazetteer, load_gazetteer

PIPELINE = default_pipeline()


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("form", "city", "iso2"),
    [
        ("Jubilee House", "Accra", "GH"),
        ("Ponta Vermelha Palace", "Maputo", "MZ"),
        ("Bangabhaban", "Dhaka", "BD"),
        ("Sheetal Niwas", "Kathmandu", "NP"),
        ("Seri Perdana", "Putrajaya", "MY"),
        ("Cotroceni Palace", "Bucharest", "RO"),
        ("Palacio de López", "Asunción", "PY"),
        ("Carondelet Palace", "Quito", "EC"),
        ("Villa Somalia", "Mogadishu", "SO"),
        ("Presidential Villa", "Abuja", "NG"),
    ],
)
def test_gazetteer_residences_of_every_continent(
    gz: Gazetteer, form: str, city: str, iso2: str
) -> None:
    venue = gz.venue(form)
    assert venue is not None, form
    assert (venue.city.name, venue.country) == (city, iso2)


@pytest.mark.parametrize(
    ("name", "iso2", "city"),
    [
        ("State House", "ZM", "Lusaka"),
        ("State House", "UG", "Entebbe"),
        ("Presidential Palace", "LA", "Vientiane"),
        ("Casa Presidencial", "HN", "Tegucigalpa"),
    ],
)
def test_gazetteer_residences_shared_names_by_country(
    gz: Gazetteer, name: str, iso2: str, city: str
) -> None:
    venue = gz.venue(name, iso2)
    assert venue is not None and venue.city.name == city


def test_gazetteer_residences_a_shared_name_alone_keeps_its_best_known_place(
    gz: Gazetteer,
) -> None:
    """Counter-example: a bare "State House" is still Nairobi's, as before the new entries."""
    venue = gz.venue("State House")
    assert venue is not None and venue.city.name == "Nairobi"


def test_gazetteer_residences_place_a_visit_received_there() -> None:
    text = (
        "Zambian President Hakainde Hichilema received Malawian President Lazarus Chakwera, who "
        "is on a state visit to Zambia, at State House on Monday."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 5, 3)))
    assert [(v.host_country, v.place.city if v.place else None) for v in document.visits] == [
        ("ZM", "Lusaka")
    ]
