"""A visit told without a city takes the city of its talks in the host country."""

from __future__ import annotations

from tests.loaders.reading import read


def _cities(text: str) -> set[tuple[str, str | None]]:
    document = read(text)
    return {(v.host_country, v.place.city if v.place else None) for v in document.visits}


def test_visit_cities_unplaced_visit_takes_the_city_of_its_talks() -> None:
    assert _cities(
        "State House, Lusaka, 4th June 2025\n\n"
        "President Hakainde Hichilema has today hosted the President of Botswana, Duma Boko, "
        "who is in Zambia for a State Visit.\n\n"
        "The two leaders held bilateral talks at State House, Lusaka, on trade and energy.\n"
    ) == {("ZM", "Lusaka")}


def test_visit_cities_unplaced_talks_abroad_place_no_visit() -> None:
    assert _cities(
        "ABUJA, 9 May 2024 - President Bola Tinubu of Nigeria will pay a working visit to "
        "Ghana next week. He held talks with the Ghanaian ambassador in Abuja today.\n"
    ) == {("GH", None)}
