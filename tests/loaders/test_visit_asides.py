"""A relative clause about the visitor's past, set off by commas before the verb of the trip,
does not date the trip: "X, who took office in September, arrived on Wednesday"."""

from __future__ import annotations

from tests.loaders.reading import read


def _visits(text: str) -> set[tuple[str, str | None, str | None]]:
    document = read(text)
    names = {p.key: p.name for p in document.people}
    return {
        (names[v.visitor], v.host_country, v.start.lexical if v.start else None)
        for v in document.visits
    }


def test_visit_asides_a_date_in_an_aside_before_the_cue_is_not_the_trips() -> None:
    text = (
        "date 2022-11-10\nKenyan President William Ruto, who was sworn in only in September, "
        "arrived in Pretoria on Wednesday morning for a two-day state visit.\n"
    )
    assert _visits(text) == {("William Ruto", "ZA", "2022-11-09")}


def test_visit_asides_a_trip_told_inside_the_aside_keeps_its_date() -> None:
    text = (
        "date 2022-11-10\nKenyan President William Ruto, who arrived in Pretoria on Wednesday, "
        "held talks with President Cyril Ramaphosa.\n"
    )
    assert _visits(text) == {("William Ruto", "ZA", "2022-11-09")}
