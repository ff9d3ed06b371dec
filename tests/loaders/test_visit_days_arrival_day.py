"""A day named as "the day of his arrival" is the first day of the visit under way, whatever
day the rest of the report tells; a sentence that names no such day changes nothing."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

FILED = datetime.date(2024, 2, 15)
GUEST = "President Hakainde Hichilema of Zambia concluded a state visit to Denmark today. "


def _starts(text: str) -> list[str | None]:
    return [v.start and v.start.lexical for v in read(GUEST + text, FILED).visits]


def test_visit_days_arrival_day_the_day_of_his_arrival_starts_the_visit() -> None:
    text = "On Tuesday, the day of his arrival from Oslo, Hichilema laid a wreath in Copenhagen."
    assert _starts(text) == ["2024-02-13"]


def test_visit_days_arrival_day_a_day_not_named_as_the_arrival_starts_nothing() -> None:
    text = "On Tuesday, a day before the talks, Hichilema laid a wreath in Copenhagen."
    assert _starts(text) != ["2024-02-13"]
