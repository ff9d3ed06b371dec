""" "Earlier in the day" and "later in the day" opening a sentence go back to the day of the
news, the first past day the lead tells, not to the day an aside just told; "earlier that
day" and a phrase after a day in its own sentence keep to the day just told."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

THURSDAY = datetime.date(2025, 6, 12)
FRIDAY = datetime.date(2025, 6, 13)


def _days(text: str, filed: datetime.date | None) -> list[str]:
    return [m.start.lexical for m in read(text, filed).dates]


def test_normalize_day_of_the_news_after_an_aside_about_the_arrival() -> None:
    text = (
        "Chilean President Pablo Soto and Argentine President Marta Gil agreed on Thursday to "
        "build a new border crossing.\n\n"
        "Soto arrived in Buenos Aires on Wednesday for a two-day visit.\n\n"
        "Earlier in the day, Soto met Argentine Foreign Minister Luis Vera at the ministry."
    )
    assert (["Luis Vera", "Pablo Soto"], "2025-06-12") in dated_meetings(read(text, THURSDAY))


def test_normalize_day_of_the_news_filed_the_next_morning() -> None:
    text = (
        "Chilean President Pablo Soto held talks with Argentine President Marta Gil on "
        "Thursday in Buenos Aires.\n\n"
        "Later in the day Soto met Argentine Foreign Minister Luis Vera."
    )
    assert _days(text, FRIDAY) == ["2025-06-12", "2025-06-12"]


def test_normalize_day_of_the_news_earlier_that_day_keeps_the_day_just_told() -> None:
    text = (
        "Prime Minister Tom Reid of Australia arrived in Zimbabwe late on Monday from Zambia, "
        "where he had met President Hakainde Banda earlier that day."
    )
    assert _days(text, THURSDAY) == ["2025-06-09", "2025-06-09"]


def test_normalize_day_of_the_news_a_day_in_the_same_sentence_comes_first() -> None:
    text = (
        "Soto spoke to the press on Thursday.\n\n"
        "He landed late on Tuesday after a stop in Lima, where he met Peru's president earlier "
        "in the day."
    )
    assert _days(text, FRIDAY) == ["2025-06-12", "2025-06-10", "2025-06-10"]


def test_normalize_day_of_the_news_a_plan_in_the_lead_is_not_the_news_day() -> None:
    text = (
        "President Pablo Soto will fly to Lima on Monday, his office said.\n\n"
        "Earlier in the day, Soto spoke to the prime minister by telephone."
    )
    assert _days(text, THURSDAY) == ["2025-06-16", "2025-06-12"]


def test_normalize_day_of_the_news_is_unknown_without_a_filing_day() -> None:
    text = "The envoys met on 4 May 2023.\n\nEarlier in the day, the talks were opened."
    assert _days(text, None) == ["2023-05-04"]


def test_normalize_day_of_the_news_a_day_told_in_the_same_paragraph_comes_first() -> None:
    text = (
        "Chilean President Pablo Soto arrived in Buenos Aires on Wednesday. On Thursday he "
        "held talks with President Marta Gil. Later in the day Soto met Luis Vera."
    )
    assert _days(text, FRIDAY) == ["2025-06-11", "2025-06-12", "2025-06-12"]
