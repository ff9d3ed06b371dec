"""A visit told as a later stop of a tour ("the third stop of the Premier's working visit to
Latin America, after Peru and Brazil") names the legs behind it, which happened; a type told
for the whole tour is each leg's, the next announced one's too."""

from __future__ import annotations

from tests.loaders.reading import read


def _visits(text: str) -> dict[tuple[str, str | None], tuple[str, str]]:
    document = read("date 2024-05-22\n" + text)
    return {
        (v.host_country, v.start.lexical if v.start else None): (v.visit_type, v.status)
        for v in document.visits
    }


def test_tour_legs_stops_of_a_visit_earlier_legs_happened_with_the_tours_type() -> None:
    visits = _visits(
        "Premier Li Wen of China arrived in Santiago on Monday. Chile is the third stop of "
        "the Premier's working visit to Latin America, after Peru and Bolivia. He will travel "
        "on to Argentina on Thursday."
    )
    assert visits == {
        ("CL", "2024-05-20"): ("working", "happened"),
        ("AR", "2024-05-23"): ("working", "announced"),
        ("PE", None): ("working", "happened"),
        ("BO", None): ("working", "happened"),
    }


def test_tour_legs_stops_of_a_visit_untyped_tour_keeps_legs_untyped() -> None:
    visits = _visits(
        "President Ana Soto of Peru arrived in Madrid on Monday. Spain is the last stop of the "
        "President's European trip, following France and Italy."
    )
    assert {host for host, _ in visits} == {"ES", "FR", "IT"}
    assert {kind for kind, _ in visits.values()} == {"unspecified"}


def test_tour_legs_stops_of_a_visit_a_trip_recalled_from_before_keeps_its_type() -> None:
    visits = _visits(
        "Premier Li Wen of China arrived in Santiago on Monday. He last came to Chile in 2016. "
        "Chile is the third stop of the Premier's official visit to Latin America, after Peru."
    )
    assert visits[("CL", "2016")] == ("unspecified", "happened")
    assert visits[("CL", "2024-05-20")] == ("official", "happened")


def test_tour_legs_stops_of_a_visit_a_country_that_acted_is_no_stop() -> None:
    visits = _visits(
        "President Ana Soto of Peru arrived in Madrid on Monday. Spain is the last stop of the "
        "President's trip, after France hosted the summit."
    )
    assert set(visits) == {("ES", "2024-05-20")}


def test_tour_legs_stops_of_a_visit_someone_elses_tour_gives_no_legs() -> None:
    visits = _visits(
        "President Ana Soto of Peru arrived in Madrid on Monday. Spain was a stop of the "
        "Pope's tour after Portugal, she said."
    )
    assert set(visits) == {("ES", "2024-05-20")}
