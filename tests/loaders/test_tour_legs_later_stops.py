"""A visit told as "the second stop of a tour that began in X" is not a visit to X, and X,
where the tour began, was visited before it, undated and of no stated type."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

FILED = datetime.date(2023, 5, 27)


def _trips(text: str) -> list[tuple[str, str | None, str | None, str, str]]:
    return sorted(
        (
            v.host_country,
            v.start and v.start.lexical,
            v.end and v.end.lexical,
            v.visit_type,
            v.status,
        )
        for v in read(text, FILED).visits
    )


def test_tour_legs_later_stops_the_first_stop_is_its_own_undated_trip() -> None:
    text = (
        "Vice President Francia Marquez arrived in Kenya on Wednesday for a three-day "
        "official visit, the second stop of an African tour that began in South Africa."
    )
    assert _trips(text) == [
        ("KE", "2023-05-24", "2023-05-26", "official", "happened"),
        ("ZA", None, None, "unspecified", "happened"),
    ]


def test_tour_legs_later_stops_places_a_tour_earlier_took_her_to() -> None:
    text = (
        "Vice President Francia Marquez arrived in Nairobi on Wednesday for an official visit, "
        "the last leg of a tour that earlier took her to Ghana and Senegal."
    )
    assert [t[0] for t in _trips(text)] == ["GH", "KE", "SN"]
    assert {t[3] for t in _trips(text) if t[0] != "KE"} == {"unspecified"}


def test_tour_legs_later_stops_a_tour_not_numbered_may_have_begun_at_home() -> None:
    text = (
        "Vice President Francia Marquez arrived in Kenya on Wednesday for an official visit "
        "during a tour that began in Spain."
    )
    assert [t[0] for t in _trips(text)] == ["KE"]
