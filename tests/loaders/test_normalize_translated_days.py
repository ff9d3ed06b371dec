"""Days told in translated or programme phrasing: "in the night of Tuesday" is that Tuesday,
and a clock time restated in another zone in brackets names no day of its own."""

from __future__ import annotations

import datetime

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates

THURSDAY = datetime.date(2024, 3, 14)


def _days(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, THURSDAY)]


def test_normalize_translated_days_the_night_of_a_weekday_is_that_day() -> None:
    assert _days("The minister arrived to Quito in the night of Tuesday.") == ["2024-03-12"]
    assert _days("The delegation left the morning of Wednesday.") == ["2024-03-13"]


def test_normalize_translated_days_the_night_of_an_event_is_no_day() -> None:
    assert _days("They celebrated the night of the election.") == []


def test_normalize_translated_days_a_clock_time_in_another_zone_names_no_day() -> None:
    text = "The talks began on March 13 at 9 p.m. (3 a.m. on March 14, Seoul time) in Lima."
    assert _days(text) == ["2024-03-13"]


def test_normalize_translated_days_a_bracketed_date_that_is_no_clock_time_counts() -> None:
    text = "The forum (held on March 12 in Lima) drew many investors."
    assert _days(text) == ["2024-03-12"]
