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


def test_agreement_dates_a_weekday_before_a_full_date_keeps_its_year() -> None:
    text = (
        "The ministers of Chile and Peru signed twelve agreements in Lima on Friday, "
        "16 June 2023, after a week of talks."
    )
    assert _dates(text) == [(12, "2023-06-16")]  # not 2024, the year the story was filed


def test_agreement_dates_a_day_without_year_still_takes_the_report_year() -> None:
    text = "The ministers of Chile and Peru signed twelve agreements in Lima on 16 June."
    assert _dates(text) == [(12, "2024-06-16")]


def test_agreement_dates_talks_of_its_sentence_outrank_a_ministers_call_the_day_before() -> None:
    text = (
        "Chilean President Gabriel Boric began a state visit to Peru on Thursday. The two "
        "presidents then held talks and witnessed the signing of twelve agreements on mining.\n\n"
        "Foreign Minister Alberto van Klaveren had met his Peruvian counterpart Javier "
        "Gonzalez-Olaechea in Lima on Wednesday to prepare the visit."
    )
    assert _dates(text) == [(12, "2024-06-20")]  # the report's day, not Wednesday's call


def test_agreement_dates_a_deal_told_next_takes_the_day_of_the_deal_before() -> None:
    text = (
        "Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in "
        "Lima on Monday.\n\n"
        "At a business forum on Wednesday, the miner Codelco signed a contract with the "
        "state firm Petroperu. The fishing group Blumar also signed a memorandum with the "
        "port of Callao."
    )
    assert _dates(text) == [(1, "2024-06-19"), (1, "2024-06-19")]  # not Monday's talks


def test_agreement_dates_talks_told_in_between_date_the_next_deal() -> None:
    text = (
        "At a business forum on Wednesday, the miner Codelco signed a contract with the "
        "state firm Petroperu.\n\n"
        "Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in "
        "Lima on Monday. The two presidents signed a memorandum on fisheries."
    )
    assert _dates(text) == [(1, "2024-06-19"), (1, "2024-06-17")]


def test_agreement_dates_the_latest_talks_told_before_date_a_later_signing() -> None:
    text = (
        "Peruvian President Dina Boluarte held talks with Chilean President Gabriel Boric at "
        "the Government Palace on Wednesday.\n\n"
        "Boric had flown to Lima on Monday for a regional summit, where he and Boluarte met "
        "on Tuesday.\n\n"
        "The two governments signed a memorandum of understanding on fisheries."
    )
    assert _dates(text) == [(1, "2024-06-19")]  # Wednesday's talks, not the summit's


def test_agreement_dates_two_days_apart_in_a_sentence_are_not_one_naming() -> None:
    text = (
        "Chile and Peru signed twelve agreements in Lima on 12 June, and the congress of "
        "Peru ratified them on 19 June."
    )
    assert _dates(text) == [(12, "2024-06-12")]


def test_agreement_dates_packages_signed_on_two_stated_days_stay_two() -> None:
    text = (
        "The two governments signed a package of documents in Lima on Monday. At a business "
        "forum on Wednesday, Chilean and Peruvian companies signed deals worth USD 2 billion."
    )
    assert _dates(text) == [(None, "2024-06-17"), (None, "2024-06-19")]


def test_agreement_dates_a_package_told_twice_on_one_day_stays_one() -> None:
    text = (
        "Chilean and Peruvian companies signed deals worth USD 2 billion at a business forum "
        "on Wednesday. The deals, signed on Wednesday, cover copper and lithium."
    )
    assert _dates(text) == [(None, "2024-06-19")]
