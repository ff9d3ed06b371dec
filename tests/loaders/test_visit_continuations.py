"""Further cities of a visit under way ("will also travel to Osaka") are that visit, not a
second, announced one; a further country is a trip of its own."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

FRIDAY = datetime.date(2025, 3, 14)


def _trips(text: str) -> list[tuple[str, str | None, str]]:
    return [(r.host_country, r.start, r.status) for r in visit_rows(text, FRIDAY)]


def test_visit_continuations_a_further_city_is_the_same_visit() -> None:
    text = (
        "Prime Minister Narendra Modi is on a state visit to Japan. Modi will also travel to "
        "Osaka and Kyoto, where he will meet business leaders."
    )
    assert _trips(text) == [("JP", "2025-03-14", "happened")]


def test_visit_continuations_a_further_country_is_its_own_trip() -> None:
    text = (
        "Prime Minister Narendra Modi is on a state visit to Japan. Modi will also travel to "
        "Seoul, where he will meet business leaders."
    )
    assert ("KR", None, "announced") in _trips(text)


def test_visit_continuations_the_programme_going_on_in_cities_is_the_same_visit() -> None:
    text = (
        "Colombian President Gustavo Petro arrived in Lima on Thursday for a state visit to "
        "Peru. The programme of the Head of State continues in Cusco, where he will attend a "
        "business forum, and concludes in Arequipa with a visit to a port."
    )
    assert _trips(text) == [("PE", "2025-03-13", "happened")]


def test_visit_continuations_a_programme_going_on_abroad_is_its_own_trip() -> None:
    """Counter-example: the programme ends in another country, a leg of its own."""
    text = (
        "Colombian President Gustavo Petro arrived in Lima on Thursday for a state visit to "
        "Peru. He will then travel on to Quito, where the programme of the Head of State "
        "concludes in the presidential palace."
    )
    assert ("EC", None, "announced") in _trips(text)
