"""Agreements carry the date a careful reader gives them: the day their sentence states, the
day of the talks they were signed at, the day of the report, and for planned ones only a day
the text states."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
FILED = datetime.date(2024, 6, 20)


def _dates(text: str, date: datetime.date | None = FILED) -> list[tuple[int | None, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=date))
    return [(a.count, a.date.lexical if a.date else None) for a in document.agreements]


def test_agreement_dates_the_day_its_sentence_states() -> None:
    text = "On 14 June, the ministers of Chile and Peru signed twelve agreements in Lima."
    assert _dates(text) == [(12, "2024-06-14")]


def test_agreement_dates_a_weekday_is_read_against_the_report() -> None:
    text = "Chile and Peru signed twelve agreements in Lima on Tuesday."
    assert _dates(text) == [(12, "2024-06-18")]  # the Tuesday before Thursday 20 June


def test_agreement_dates_signed_after_talks_take_the_day_of_the_talks() -> None:
    text = (
        "Chilean President Gabriel Boric arrived in Lima on 17 June 2024 and held talks with "
        "Peruvian President Dina Boluarte at the Government Palace.\n\n"
        "After the talks, the two governments signed twelve agreements on mining and fisheries."
    )
    assert _dates(text) == [(12, "2024-06-17")]  # not the day the story was filed


def test_agreement_dates_a_report_of_the_day_takes_its_date() -> None:
    text = "Chile and Peru signed twelve agreements on mining and fisheries."
    assert _dates(text) == [(12, "2024-06-20")]
    assert _dates(text, None) == [(12, None)]


def test_agreement_dates_planned_ones_only_take_a_stated_day() -> None:
    assert _dates("Chile and Peru will sign twelve agreements on mining.") == [(12, None)]
    stated = "Chile and Peru are expected to sign twelve agreements on mining on 2 July."
    assert _dates(stated) == [(12, "2024-07-02")]


def test_agreement_dates_background_keeps_the_earlier_day() -> None:
    text = "The two countries signed twelve agreements on 5 May 2019, when trade was booming."
    assert _dates(text) == [(12, "2019-05-05")]
