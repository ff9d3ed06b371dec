"""Several earlier visits recalled in one sentence ("the state visit of A to X in 2016 and the
visit of B to Y in 2021"): each keeps its own date and its own type, as joint statements and
agency reports list them."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _visits(text: str) -> list[tuple[str, str, str, str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 5)))
    return sorted(
        (v.visitor, v.host_country, v.start.lexical if v.start else "", v.visit_type)
        for v in document.visits
    )


@pytest.mark.parametrize(
    "text",
    [
        "The leaders recalled the state visit of President Ana Silva to Peru in May 2016 and "
        "the visit of President Jorge Ruiz to Brazil in March 2021.",
        "Both sides welcomed the State Visit of President Ana Silva to Lima in May 2016, and "
        "the visit of President Jorge Ruiz to Brasilia in March 2021 for the bicentenary.",
        "The talks follow the state visit of President Ana Silva to Peru in May 2016 and the "
        "visit by President Jorge Ruiz to Brazil in March 2021.",
    ],
)
def test_visits_listed_in_one_sentence_keep_their_own_dates_and_types(text: str) -> None:
    assert _visits(text) == [
        ("ana-silva", "PE", "2016-05", "state"),
        ("jorge-ruiz", "BR", "2021-03", "unspecified"),
    ]


def test_visits_one_visit_told_with_an_arrival_keeps_the_sentence_type() -> None:
    text = "President Ana Silva arrived in Lima on Monday on a state visit."
    assert _visits(text) == [("ana-silva", "PE", "2024-06-03", "state")]


def test_visits_a_date_before_the_only_cue_still_dates_it() -> None:
    text = "In May 2016 President Ana Silva paid a visit to Peru."
    assert _visits(text) == [("ana-silva", "PE", "2016-05", "unspecified")]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Silva visited Lima in May 2016, when Peru, Chile and Bolivia signed "
        "a trilateral agreement on a corridor.",
        "Prime Minister Ana Silva visited Peru in May 2016, as Chile and Bolivia held elections.",
    ],
)
def test_visits_countries_of_another_clause_are_no_onward_legs(text: str) -> None:
    assert [(v[0], v[1]) for v in _visits(text)] == [("ana-silva", "PE")]


def test_visits_a_leg_after_a_where_clause_still_counts() -> None:
    text = (
        "Prime Minister Ana Silva will travel to Peru, where she will meet President Jorge "
        "Ruiz, and then to Chile."
    )
    assert [(v[0], v[1]) for v in _visits(text)] == [("ana-silva", "CL"), ("ana-silva", "PE")]


def test_visits_cities_listed_as_destinations_are_one_visit_each() -> None:
    text = "The Chilean President, Gabriel Boric, will travel to Quito and Bogota next month."
    assert [(v[0], v[1]) for v in _visits(text)] == [
        ("gabriel-boric", "CO"),
        ("gabriel-boric", "EC"),
    ]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The Chilean President, Gabriel Boric, visited Quito and Guayaquil last week.", "EC"),
        ("The Chilean President, Gabriel Boric, arrived in Atlanta, Georgia, on Monday.", "US"),
        (
            "The Chilean President, Gabriel Boric, arrived in Quito and Colombia's envoy met "
            "him there.",
            "EC",
        ),
        (
            "The Chilean President, Gabriel Boric, arrived in Quito on Monday, and Bogota sent "
            "its foreign minister to greet him.",
            "EC",
        ),
    ],
)
def test_visits_a_country_or_city_after_the_host_city_is_not_always_a_stop(
    text: str, host: str
) -> None:
    assert [(v[0], v[1]) for v in _visits(text)] == [("gabriel-boric", host)]
