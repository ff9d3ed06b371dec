"""A visit whose sentence names only the country takes the one city of that country the rest of
its story names ("In Paris the President will hold talks ..."); with two cities, or a city of
another trip, it stays without one."""

from __future__ import annotations

from tests.loaders.reading import read

LEAD = "President Ana Soto of Peru will pay a state visit to France from 3 to 5 June. "


def _cities(text: str) -> dict[str | None, str | None]:
    document = read("date 2024-05-22\n" + text)
    return {
        v.start.lexical if v.start else None: v.place.name if v.place else None
        for v in document.visits
    }


def test_story_cities_a_later_sentence_places_the_visit() -> None:
    text = LEAD + "In Paris the President will hold talks with President Marc Dubois."
    assert _cities(text) == {"2024-06-03": "Paris"}


def test_story_cities_the_headline_places_the_visit() -> None:
    assert _cities("Peru's Soto to visit Marseille\n\n" + LEAD) == {"2024-06-03": "Marseille"}


def test_story_cities_two_cities_leave_the_visit_unplaced() -> None:
    text = LEAD + "In Lyon she will open a fair, and in Paris she will hold talks."
    assert _cities(text) == {"2024-06-03": None}


def test_story_cities_another_trips_city_is_not_this_visits() -> None:
    text = LEAD + "She last went to Paris in 2019."
    assert _cities(text)["2024-06-03"] is None


def test_story_cities_a_city_of_another_country_is_not_the_hosts() -> None:
    text = LEAD + "In Madrid, officials said they welcomed the trip."
    assert _cities(text) == {"2024-06-03": None}
