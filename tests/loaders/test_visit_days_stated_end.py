"""The sentence that says when a visit began may say when it ends: "started on Tuesday 13
February ... and ends on Thursday 15 February"."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

FILED = datetime.date(2024, 2, 14)
GUEST = "President Hakainde Hichilema of Zambia is paying a state visit to Denmark. "


def _days(text: str) -> list[tuple[str | None, str | None]]:
    document = read(GUEST + text, FILED)
    return [(v.start and v.start.lexical, v.end and v.end.lexical) for v in document.visits]


def test_visit_days_stated_end_the_visit_ends_on_the_day_told() -> None:
    text = (
        "The state visit started on Tuesday 13 February with a welcome at the palace in "
        "Copenhagen and ends on Thursday 15 February."
    )
    assert _days(text) == [("2024-02-13", "2024-02-15")]


def test_visit_days_stated_end_what_else_ends_gives_no_last_day() -> None:
    fair = "The state visit began on 13 February; a trade fair that ends on 20 February opened."
    assert _days(fair) == [("2024-02-13", None)]
    programme = "The state visit began on 13 February, and the fair ends on 20 February."
    assert _days(programme) == [("2024-02-13", None)]
