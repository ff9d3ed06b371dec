"""A departure told with its time ("left in the evening for India") is a trip to that place,
and each announced leg of the tour keeps the days written in its own clause."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

DAY = datetime.date(2025, 3, 14)  # a Friday


def test_visit_cues_timed_departures_each_leg_keeps_its_own_days() -> None:
    text = (
        "Chilean President Gabriel Boric opened a port on Thursday. The President left in the "
        "morning for India, where he will attend a conference in Mumbai on 18-19 March, before "
        "flying to Dhaka, Bangladesh, on 20 March."
    )
    assert dated_visits(read(text, DAY)) == {
        ("Gabriel Boric", "IN", "2025-03-18"),
        ("Gabriel Boric", "BD", "2025-03-20"),
    }


def test_visit_cues_timed_departures_a_weekday_before_for() -> None:
    text = "Kenyan President William Ruto spoke on Thursday. Ruto left on Friday for Germany."
    assert {host for _, host, _ in dated_visits(read(text, DAY))} == {"DE"}


def test_visit_cues_timed_departures_others_leaving_make_no_visit() -> None:
    text = (
        "Zambian President Hakainde Hichilema spoke on Thursday. Farmers left in the morning "
        "for the fields near Lusaka, the President said."
    )
    assert dated_visits(read(text, DAY)) == set()
