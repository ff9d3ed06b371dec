"""A departure told with its time ("left in the evening for India") is a trip to that place,
and each announced leg of the tour keeps the days written in its own clause."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2025, 3, 14)  # a Friday


def _visits(text: str) -> dict[str, tuple[str | None, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    return {
        v.host_country: (v.start and v.start.lexical, v.end and v.end.lexical)
        for v in document.visits
    }


def test_visit_cues_timed_departures_each_leg_keeps_its_own_days() -> None:
    text = (
        "Chilean President Gabriel Boric opened a port on Thursday. The President left in the "
        "morning for India, where he will attend a conference in Mumbai on 18-19 March, before "
        "flying to Dhaka, Bangladesh, on 20 March."
    )
    assert _visits(text) == {"IN": ("2025-03-18", "2025-03-19"), "BD": ("2025-03-20", None)}


def test_visit_cues_timed_departures_a_weekday_before_for() -> None:
    text = "Kenyan President William Ruto spoke on Thursday. Ruto left on Friday for Germany."
    assert set(_visits(text)) == {"DE"}


def test_visit_cues_timed_departures_others_leaving_make_no_visit() -> None:
    text = (
        "Zambian President Hakainde Hichilema spoke on Thursday. Farmers left in the morning "
        "for the fields near Lusaka, the President said."
    )
    assert _visits(text) == {}
