"""A month told "of this year" or "of last year" lies in that year: one date, not two."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

SEPTEMBER = datetime.date(2023, 9, 28)


def _dates(text: str) -> list[tuple[str, str]]:
    document = read(text, SEPTEMBER)
    return [(text[d.span.start : d.span.end], d.start.lexical) for d in document.dates]


def test_normalize_month_of_this_year_is_one_month() -> None:
    assert _dates("In June of this year the envoys met.") == [("In June of this year", "2023-06")]
    assert _dates("They spoke in May of last year.") == [("in May of last year", "2022-05")]
    assert _dates("They will meet in March of next year.") == [("in March of next year", "2024-03")]


def test_normalize_month_of_this_year_dates_the_visit_by_its_month() -> None:
    text = (
        "In June of this year President Frank-Walter Steinmeier of Germany paid an official "
        "visit to Kazakhstan."
    )
    assert dated_visits(read(text, SEPTEMBER)) == {("Frank-Walter Steinmeier", "KZ", "2023-06")}


def test_normalize_month_of_this_year_leaves_a_written_year_and_a_bare_month() -> None:
    assert _dates("They met in May of 2019 and again in June at a summit.") == [
        ("May of 2019", "2019-05"),
        ("in June", "2023-06"),
    ]


def test_normalize_month_of_that_year_is_in_the_year_the_sentence_told() -> None:
    assert _dates("After the vote in 2019 she flew to Lima, in June of that year.") == [
        ("in 2019", "2019"),
        ("in June of that year", "2019-06"),
    ]
    # with no year told before it, "that year" is not the filing year: no date is read
    assert _dates("The pact was signed on 4 May of that year.") == []
