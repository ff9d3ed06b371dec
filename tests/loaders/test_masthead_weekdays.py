"""An undated story whose masthead prints the day without its year ("Friday, 10 March") reads
the weekdays it tells as days up to that one, as it would from a dateline's day."""

from __future__ import annotations

from dkg.loaders import Document
from dkg.loaders.pipeline import Pipeline
from dkg.loaders.steps.normalize import DateNormalizer
from dkg.loaders.steps.segment import Segmenter


def _days(text: str) -> list[str]:
    document = Pipeline([Segmenter(), DateNormalizer()])(Document("t", "t", text))
    return [d.start.lexical for d in document.dates]


def test_masthead_weekdays_told_in_the_past_lie_before_the_masthead_day() -> None:
    text = (
        "THE HARBOUR TIMES  |  Friday, 10 March  |  Weekend Edition\n\n"
        "Minister ends visit to the islands\n\n"
        "The minister flew in on Sunday and held talks with the governor on Thursday."
    )
    assert _days(text) == ["--03-10", "--03-05", "--03-09"]


def test_masthead_weekdays_a_weekday_date_in_the_story_still_leads_the_days_after_it() -> None:
    text = (
        "Minister ends visit to the islands\n\n"
        "The minister flew in on Friday, 10 March. On Sunday he toured the port."
    )
    # "on Friday, 10 March" is one mention of the day it writes (weekday_dates.py).
    assert _days(text) == ["--03-10", "--03-12"]


def test_masthead_weekdays_after_a_weekday_date_a_past_one_is_the_nearest_day() -> None:
    text = (
        "Premier hosts visiting chancellor\n\n"
        "The premier on Thursday, 14 September, received the chancellor at the state house. "
        "The chancellor, who landed on Wednesday night, leaves on Saturday. "
        "He had toured a vineyard on Monday."
    )
    # Wednesday is the day before the Thursday told, Saturday two days after, and Monday the
    # Monday of that week: news moves a few days around the day it names, not a week ahead.
    assert _days(text) == ["--09-14", "--09-13", "--09-16", "--09-11"]
