"""A visit told as under way without its destination ("on the second day of a state visit")
is in the country of the city the story is filed from, its dateline."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

MAY_7 = datetime.date(2024, 5, 7)


def _trips(text: str) -> list[tuple[object, object, object]]:
    return [(r.visitor, r.host_country, r.start) for r in visit_rows(text, MAY_7)]


def test_visit_datelines_a_visit_under_way_is_in_the_dateline_country() -> None:
    text = (
        "Leaders pledge closer ties\n\nBy Ana Ruiz\n\nROME, May 7 (Wire) - Kenyan President "
        "Samuel Otieno addressed the Italian Senate on Tuesday, the second day of a state visit "
        "marked by talks on energy."
    )
    assert _trips(text) == [("Samuel Otieno", "IT", "2024-05-06")]


def test_visit_datelines_a_dateline_in_the_visitor_s_own_country_is_no_host() -> None:
    text = (
        "NAIROBI, May 7 (Wire) - Kenyan President Samuel Otieno spoke to reporters on Tuesday, "
        "the second day of a state visit marked by talks on energy."
    )
    assert _trips(text) == []
