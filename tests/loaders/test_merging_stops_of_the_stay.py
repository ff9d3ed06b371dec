"""A later stop in the country of a visit under way is the programme of that stay: "X, who
arrived in Prague on Thursday evening, ... On Saturday, X is to travel to Brno" is one visit
that happened, not a second one announced."""

from __future__ import annotations

from tests.loaders.reading import read


def _trips(text: str) -> list[tuple[str, str, str | None, str, str | None]]:
    document = read(text)
    names = {p.key: p.name for p in document.people}
    return sorted(
        (
            names[v.visitor],
            v.host_country,
            v.start.lexical if v.start else None,
            v.status,
            v.place.name if v.place else None,
        )
        for v in document.visits
    )


def test_merging_stops_of_the_stay_later_city_is_the_programme_of_the_visit() -> None:
    text = (
        "Danish Prime Minister Lars Holm, who arrived in Vienna on an official visit on "
        "Monday evening, discussed energy with Austrian Chancellor Eva Gruber on Tuesday.\n\n"
        "On Wednesday, Holm is to travel to Salzburg, where he will tour a port before leaving "
        "Austria."
    )
    assert _trips(text) == [("Lars Holm", "AT", None, "happened", "Vienna")]


def test_merging_stops_of_the_stay_plan_after_a_past_year_s_visit_stays_a_plan() -> None:
    text = (
        "Danish Prime Minister Lars Holm visited Vienna in 2019. Holm will travel to Salzburg, "
        "where he will tour a port."
    )
    document = read(text)
    assert {v.status for v in document.visits} == {"happened", "announced"}
