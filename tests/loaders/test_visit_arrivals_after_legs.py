"""An arrival at an unnamed airport belongs to the visit the text is telling, not to the
next stop its first sentence told ahead; and a stop told with a verb of its own is one trip."""

from __future__ import annotations

import datetime

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


def test_visit_arrivals_after_legs_a_stop_with_its_own_verb_is_one_trip() -> None:
    text = (
        "Chilean President Gabriel Boric visited Fiji, spending a day in Suva before flying "
        "on to Samoa."
    )
    document = read(text, WEDNESDAY)
    assert sorted((v.host_country, v.status) for v in document.visits) == [
        ("FJ", "happened"),
        ("WS", "happened"),
    ]


def test_visit_arrivals_after_legs_an_arrival_after_a_later_trip_is_that_trip() -> None:
    text = (
        "Chilean President Gabriel Boric visited Fiji on Monday. He then flew to Samoa. "
        "Mr Boric arrived at Faleolo airport late on Tuesday night."
    )
    assert ("Gabriel Boric", "WS", "2024-05-07") in dated_visits(read(text, WEDNESDAY))


def test_visit_arrivals_after_legs_a_listed_stop_without_a_verb_stays_ahead() -> None:
    text = "Chilean President Gabriel Boric visited Peru on Monday and then went on to Bolivia."
    document = read(text, WEDNESDAY)
    assert sorted((v.host_country, v.status) for v in document.visits) == [
        ("BO", "announced"),
        ("PE", "happened"),
    ]


def test_visit_arrivals_after_legs_a_stop_still_ahead_of_a_visit_under_way_is_announced() -> None:
    text = (
        "Prime Minister Anwar Ibrahim of Malaysia is on an official visit to Vietnam and then "
        "flying to Laos for the regional summit."
    )
    document = read(text, WEDNESDAY)
    assert sorted((v.host_country, v.status) for v in document.visits) == [
        ("LA", "announced"),
        ("VN", "happened"),
    ]
