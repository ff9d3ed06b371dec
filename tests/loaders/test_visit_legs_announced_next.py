"""The next legs of a tour told ahead: a departure later in the day ("departs later on Monday
for Italy, where he will attend ..., and will then travel to Greece on June 14"), the stop
that ends the tour ("departs Guatemala this evening and concludes her tour in Managua,
Nicaragua, on Sunday, June 16": the evening is the departure's) and a tour that continues to
a country ("will leave Lima on Tuesday 11 June and continue on Wednesday 12 June to
Hungary")."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

_MONDAY = datetime.date(2024, 6, 10)


def _rows(text: str) -> list[tuple[str | None, str, str | None, str]]:
    return [(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, _MONDAY)]


def test_visit_legs_announced_next_departure_later_on_a_weekday() -> None:
    assert _rows(
        "Japanese Prime Minister Kenji Sato departs later on Monday for Italy, where he will "
        "attend the NATO summit in Rome, and will then travel to Greece on June 14."
    ) == [
        ("Kenji Sato", "IT", "2024-06-10", "announced"),
        ("Kenji Sato", "GR", "2024-06-14", "announced"),
    ]


def test_visit_legs_announced_next_tour_concluded_in_a_city() -> None:
    assert _rows(
        "President Maria Lopez of Panama departs Guatemala this evening and concludes her tour "
        "in Managua, Nicaragua, on Sunday, June 16."
    ) == [("Maria Lopez", "NI", "2024-06-16", "announced")]


def test_visit_legs_announced_next_tour_concluded_without_a_day_of_its_own() -> None:
    # Near miss: with no day of its own the leg keeps the only day the sentence gives.
    assert _rows(
        "President Maria Lopez of Panama departs Guatemala this evening and concludes her tour "
        "in Managua, Nicaragua."
    ) == [("Maria Lopez", "NI", "2024-06-10", "announced")]


def test_visit_legs_announced_next_tour_ended_is_a_trip_made() -> None:
    assert _rows(
        "President Maria Lopez of Panama ended her tour in Managua on Sunday, June 9."
    ) == [("Maria Lopez", "NI", "2024-06-09", "happened")]


def test_visit_legs_announced_next_speech_concluded_is_no_trip() -> None:
    # Near miss: what ends in the city is a speech, not a tour.
    assert _rows("President Maria Lopez of Panama concluded her speech in Managua on Sunday.") == []


def test_visit_legs_announced_next_tour_continued_to_a_country() -> None:
    assert _rows(
        "President Maria Lopez of Panama will leave Lima on Tuesday 11 June and continue on "
        "Wednesday 12 June to Hungary, the second leg of her tour."
    ) == [("Maria Lopez", "HU", "2024-06-12", "announced")]


def test_visit_legs_announced_next_continuing_to_work_is_no_trip() -> None:
    # Near miss: "continue to" a verb, not to a country.
    assert _rows("President Maria Lopez of Panama will continue to work with Hungary.") == []
