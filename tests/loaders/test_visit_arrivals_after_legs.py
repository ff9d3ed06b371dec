"""An arrival at an unnamed airport belongs to the visit the text is telling, not to the
next stop its first sentence told ahead; and a stop told with a verb of its own is one trip."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

WEDNESDAY = datetime.date(2024, 5, 8)


def test_visit_arrivals_after_legs_the_arrival_dates_the_first_visit() -> None:
    text = (
        "Chilean President Gabriel Boric yesterday became the first Chilean leader to visit "
        "Fiji, spending two days in Suva before flying on to Samoa. Mr Boric arrived from "
        "Auckland late on Sunday night and was greeted at Nausori airport by Prime Minister "
        "Sitiveni Rabuka."
    )
    assert dated_visits(read(text, WEDNESDAY)) == {
        ("Gabriel Boric", "FJ", "2024-05-05"),
        ("Gabriel Boric", "WS", "2024-05-07"),
    }


def test_visit_arrivals_after_legs_an_arrival_after_a_later_trip_is_that_trip() -> None:
    text = (
        "Chilean President Gabriel Boric visited Fiji on Monday. He then flew to Samoa. "
        "Mr Boric arrived at Faleolo airport late on Tuesday night."
    )
    assert ("Gabriel Boric", "WS", "2024-05-07") in dated_visits(read(text, WEDNESDAY))


@pytest.mark.parametrize(
    ("text", "trips"),
    [
        # The stop's own verb, in a trip reported as made: that stop was made.
        (
            "Chilean President Gabriel Boric visited Fiji, spending a day in Suva before "
            "flying on to Samoa.",
            [("FJ", "happened"), ("WS", "happened")],
        ),
        # A stop listed without a verb of its own stays ahead.
        (
            "Chilean President Gabriel Boric visited Peru on Monday and then went on to Bolivia.",
            [("BO", "announced"), ("PE", "happened")],
        ),
        # The stop's own verb in a trip under way: still ahead, told once.
        (
            "Prime Minister Anwar Ibrahim of Malaysia is on an official visit to Vietnam and "
            "then flying to Laos for the regional summit.",
            [("LA", "announced"), ("VN", "happened")],
        ),
    ],
)
def test_visit_arrivals_after_legs_each_further_stop_is_one_trip(
    text: str, trips: list[tuple[str, str]]
) -> None:
    document = read(text, WEDNESDAY)
    assert sorted((v.host_country, v.status) for v in document.visits) == trips
