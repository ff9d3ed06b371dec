"""Legs of a trip told in wire and live-blog phrasing: "is expected in Warsaw later today",
"flies on Friday to Luanda", "ends the tour in Chile"."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

MONDAY = datetime.date(2024, 6, 3)


def _trips(text: str) -> list[tuple[str | None, str, str | None, str]]:
    return [(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, MONDAY)]


def test_visit_wire_legs_expected_in_a_city_is_an_announced_visit() -> None:
    text = "President Mara Ostlund left Kyiv and is expected in Warsaw later today."
    assert _trips(text) == [("Mara Ostlund", "PL", "2024-06-03", "announced")]


def test_visit_wire_legs_an_expected_figure_is_no_visit() -> None:
    text = "President Mara Ostlund said growth is expected in Poland to slow this year."
    assert _trips(text) == []


def test_visit_wire_legs_flying_on_a_weekday_to_a_city_is_a_leg() -> None:
    text = "President Mara Ostlund flies on Friday to Luanda for talks on energy."
    assert _trips(text) == [("Mara Ostlund", "AO", "2024-06-07", "announced")]


def test_visit_wire_legs_a_tour_that_ends_in_a_country_has_that_leg() -> None:
    text = "President Mara Ostlund then travels to Bolivia and ends the tour in Chile."
    assert [(v, c) for v, c, _, _ in _trips(text)] == [
        ("Mara Ostlund", "BO"),
        ("Mara Ostlund", "CL"),
    ]


def test_visit_wire_legs_a_city_abroad_after_an_onward_word_is_a_leg() -> None:
    text = "President Mara Ostlund then travels to Lima and ends the tour in Quito."
    assert [c for _, c, _, _ in _trips(text)] == ["PE", "EC"]


def test_visit_wire_legs_the_region_after_a_city_of_the_host_is_no_leg() -> None:
    text = (
        "President Mara Ostlund arrived in the United States on Monday and visited Atlanta, "
        "Georgia, before the talks."
    )
    assert [c for _, c, _, _ in _trips(text)] == ["US"]
