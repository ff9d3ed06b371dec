"""Phrasings of unseen news: "touched down in", the weekdays of a plan called off, and
"from Sunday, October 13, to Tuesday, October 15"."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _visits(text: str, date: datetime.date | None) -> list[tuple[str, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=date))
    return [(v.host_country, v.start.lexical if v.start else None) for v in document.visits]


def test_visit_touched_down_in_a_city_is_an_arrival() -> None:
    text = "Spanish Foreign Minister José Manuel Albares touched down in Rabat on Sunday."
    assert _visits(text, datetime.date(2023, 8, 26)) == [("MA", "2023-08-20")]


def test_visit_touched_down_gives_the_first_day_of_a_visit_told_later() -> None:
    text = (
        "Brazilian President Lula da Silva held talks in Luanda on Saturday. Lula had touched "
        "down in Luanda on Friday evening for a state visit to Angola."
    )
    assert _visits(text, datetime.date(2023, 8, 26)) == [("AO", "2023-08-25")]


def test_visit_weekday_of_a_trip_that_had_been_due_lies_ahead() -> None:
    # Filed on a Tuesday: the Thursday of the plan is two days later, not five days before.
    text = (
        "Prime Minister Fumio Kishida will postpone his trip. He had been due to fly to Manila "
        "on Thursday for a visit to the Philippines."
    )
    assert ("PH", "2024-10-10") in _visits(text, datetime.date(2024, 10, 8))


def test_visit_weekday_before_a_full_date_in_a_range_is_that_date() -> None:
    text = (
        "Chilean President Gabriel Boric will travel to Brasília from Sunday, May 12, to "
        "Tuesday, May 14, for a state visit to Brazil."
    )
    assert _visits(text, datetime.date(2024, 5, 8)) == [("BR", "2024-05-12")]


def test_visit_to_a_country_whose_name_is_also_its_adjective() -> None:
    # "Myanmar" and "Laos"/"Lao" are names and adjectives: after "to" they name the host.
    text = (
        "Chinese President Xi Jinping held talks with State Counsellor Aung San Suu Kyi on the "
        "second day of a state visit to Myanmar that both sides praised."
    )
    assert _visits(text, datetime.date(2020, 1, 18)) == [("MM", None)]
    text = (
        "Thai Prime Minister Srettha Thavisin met leaders of his neighbour during a two-day "
        "official visit to Laos that ended on Friday."
    )
    assert [host for host, _ in _visits(text, datetime.date(2024, 1, 12))] == ["LA"]
