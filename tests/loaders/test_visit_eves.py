"""A visit named only to date something by it ("On the eve of his visit, X spoke with Y") in a
story that has told that visit is no further, undated plan of anyone."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2022, 3, 9)


def _trips(text: str) -> list[tuple[str | None, str, str]]:
    return [(r.visitor, r.host_country, r.status) for r in visit_rows(text, FILED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indonesian President Joko Widodo arrived in Seoul on Monday for a state visit. On"
            " the eve of his visit, Widodo spoke with President Yoon Suk Yeol by phone.",
            [("Joko Widodo", "KR", "happened")],
        ),
        (
            "Mexican President Andres Manuel Lopez Obrador paid a working visit to Guatemala on"
            " Tuesday. Ahead of his trip, he spoke with President Alejandro Giammattei by phone.",
            [("Andres Manuel Lopez Obrador", "GT", "happened")],
        ),
    ],
)
def test_visit_eves_of_a_told_visit_add_no_plan(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _trips(text) == expected


def test_visit_eves_of_another_named_trip_still_tell_it() -> None:
    """Counter-example: the eve of a trip with its own destination is a trip of its own."""
    text = (
        "Indonesian President Joko Widodo arrived in Seoul on Monday for a state visit. On the"
        " eve of his visit to Japan next month, Widodo spoke with Prime Minister Fumio Kishida."
    )
    assert _trips(text) == [("Joko Widodo", "KR", "happened"), ("Joko Widodo", "JP", "announced")]


def test_visit_eves_keep_a_plan_that_is_still_ahead() -> None:
    """Counter-example: the eve of a visit still to come leaves that plan announced."""
    text = (
        "Mexican President Andres Manuel Lopez Obrador will visit Guatemala on Friday. On the eve"
        " of his trip, he will speak with President Alejandro Giammattei by phone."
    )
    assert _trips(text) == [("Andres Manuel Lopez Obrador", "GT", "announced")]
