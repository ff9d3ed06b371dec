"""A trip told by its departure ("leaves for Davos on Tuesday") or as a further leg of a tour
("a tour that will also take her to Ghana and Kenya") is a visit to that place, still to come
when its day is."""

from __future__ import annotations

from tests.loaders.reading import read


def _visits(text: str) -> set[tuple[str, str | None, str | None, str]]:
    document = read(text)
    names = {p.key: p.name for p in document.people}
    return {
        (names[v.visitor], v.host_country, v.start.lexical if v.start else None, v.status)
        for v in document.visits
    }


def test_visit_departure_cues_leaves_for_on_a_coming_day_is_announced() -> None:
    text = (
        "date 2024-03-01\nPresident Luiz Inacio Lula da Silva departs for Guyana on Wednesday, "
        "where he will attend a regional summit.\n"
    )
    assert _visits(text) == {("Luiz Inacio Lula da Silva", "GY", "2024-03-06", "announced")}


def test_visit_departure_cues_left_for_is_a_trip_made() -> None:
    text = (
        "date 2023-06-12\nForeign Minister Penny Wong left for Hanoi on Sunday after two days "
        "of talks in Jakarta.\n"
    )
    assert ("Penny Wong", "VN", "2023-06-11", "happened") in _visits(text)


def test_visit_departure_cues_leaving_for_home_after_talks_is_no_new_visit() -> None:
    text = (
        "date 2023-03-03\nPrime Minister Giorgia Meloni arrived in New Delhi on Thursday. "
        "Ms Meloni will also call on President Droupadi Murmu before leaving for Rome.\n"
    )
    assert {host for _, host, _, _ in _visits(text)} == {"IN"}


def test_visit_departure_cues_further_legs_of_a_tour_are_announced_and_undated() -> None:
    text = (
        "date 2023-04-29\nChancellor Olaf Scholz arrived in Addis Ababa on Saturday. Scholz's "
        "three-nation African tour will also take him to Kenya and Ghana.\n"
    )
    assert _visits(text) == {
        ("Olaf Scholz", "ET", "2023-04-29", "happened"),
        ("Olaf Scholz", "KE", None, "announced"),
        ("Olaf Scholz", "GH", None, "announced"),
    }


def test_visit_departure_cues_another_city_of_the_same_visit_is_no_second_visit() -> None:
    text = (
        "date 2024-06-15\nPremier Li Qiang arrived in Adelaide on Saturday on an official visit "
        "to Australia that will also take him to Perth.\n"
    )
    assert {host for _, host, _, _ in _visits(text)} == {"AU"}
    assert len(_visits(text)) == 1


def test_visit_departure_cues_leaving_later_this_month_is_announced() -> None:
    text = (
        "date 2022-11-10\nPresident Cyril Ramaphosa leaves later this month for a state visit "
        "to the United Kingdom.\n"
    )
    assert _visits(text) == {("Cyril Ramaphosa", "GB", "2022-11", "announced")}


def test_visit_departure_cues_departing_for_the_next_leg_is_announced_on_the_day() -> None:
    text = (
        "date 2024-06-04\nKenyan President William Ruto arrived in Dar es Salaam on Monday. "
        "On Thursday 6th June, President Ruto is scheduled to tour the port, where he will "
        "meet the port authority, before departing for Kampala, Uganda, the next leg of his "
        "regional tour.\n"
    )
    assert ("William Ruto", "UG", "2024-06-06", "announced") in _visits(text)


def test_visit_departure_cues_departing_for_home_is_no_visit() -> None:
    # the traveller's country goes unsaid: a departure may be the trip home
    text = (
        "date 2023-09-11\nThe President was received by President Vo Van Thuong before "
        "departing for Anchorage, Alaska, on September 11.\n"
    )
    assert not any(host == "US" for _, host, _, _ in _visits(text))
