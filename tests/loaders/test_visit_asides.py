"""A relative clause about the visitor's past, set off by commas before the verb of the trip,
does not date the trip: "X, who took office in September, arrived on Wednesday"."""

from __future__ import annotations

from tests.loaders.reading import dated_visits, read


def test_visit_asides_a_date_in_an_aside_before_the_cue_is_not_the_trips() -> None:
    text = (
        "date 2022-11-10\nKenyan President William Ruto, who was sworn in only in September, "
        "arrived in Pretoria on Wednesday morning for a two-day state visit.\n"
    )
    assert dated_visits(read(text)) == {("William Ruto", "ZA", "2022-11-09")}


def test_visit_asides_a_trip_told_inside_the_aside_keeps_its_date() -> None:
    text = (
        "date 2022-11-10\nKenyan President William Ruto, who arrived in Pretoria on Wednesday, "
        "held talks with President Cyril Ramaphosa.\n"
    )
    assert dated_visits(read(text)) == {("William Ruto", "ZA", "2022-11-09")}
