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


def test_visit_arrival_at_an_unknown_airport_is_the_visit_being_told() -> None:
    text = (
        "Indian Prime Minister Narendra Modi began a tour of the Americas in Ghana, where he "
        "held talks on Wednesday. Modi touched down at Kotoka International Airport on Tuesday "
        "evening."
    )
    assert _visits(text, datetime.date(2025, 7, 3)) == [("GH", "2025-07-01")]
    text = (
        "Japanese Prime Minister Fumio Kishida opened a visit to Kenya in Nairobi, where he met "
        "the President on Thursday. Kishida had landed at Jomo Kenyatta airport on Wednesday."
    )
    assert _visits(text, datetime.date(2023, 5, 4)) == [("KE", "2023-05-03")]


def test_visit_flies_on_to_a_country_and_days_later_to_another() -> None:
    text = (
        "U.S. Vice-President Kamala Harris held talks in Accra on Monday. She flies on to "
        "Tanzania on Wednesday, and two days later to Zambia."
    )
    visits = _visits(text, datetime.date(2023, 3, 27))
    assert ("TZ", "2023-03-29") in visits
    assert ("ZM", "2023-03-31") in visits
    text = (
        "Italian Prime Minister Giorgia Meloni met the Emir in Doha on Sunday. She travels on "
        "to Kuwait on Monday, and a day later to Bahrain."
    )
    visits = _visits(text, datetime.date(2024, 5, 12))
    assert ("KW", "2024-05-13") in visits
    assert ("BH", "2024-05-14") in visits


def test_visit_a_trip_to_the_continent_has_no_host() -> None:
    text = (
        "Secretary of State Antony Blinken travelled to the continent in January, ahead of "
        "U.S. Vice-President Kamala Harris."
    )
    assert _visits(text, datetime.date(2023, 3, 27)) == []
    text = (
        "Foreign Minister Wang Yi travelled to Southeast Asia in May, weeks before Chinese "
        "Premier Li Qiang."
    )
    assert _visits(text, datetime.date(2024, 7, 1)) == []
    # any region of the shared list (region_names), not only those the destinations once named
    text = (
        "Foreign Minister Wang Yi travelled to the Horn of Africa in May, weeks before Kenyan "
        "President William Ruto."
    )
    assert _visits(text, datetime.date(2024, 7, 1)) == []


def test_visit_ministers_accompanying_a_leader_are_not_his_guests() -> None:
    text = (
        "Chinese President Xi Jinping held talks in Naypyitaw on Saturday. Foreign Minister "
        "Wang Yi accompanied Xi throughout the visit."
    )
    assert ("CN", None) not in _visits(text, datetime.date(2020, 1, 18))
    text = (
        "Indian Prime Minister Narendra Modi met the President in Cairo on Sunday. External "
        "Affairs Minister S. Jaishankar, travelling with Modi, also visited the pyramids."
    )
    assert ("IN", None) not in _visits(text, datetime.date(2023, 6, 25))


def test_visit_a_leg_named_after_on_to_is_not_the_host_of_the_first_leg() -> None:
    text = (
        "President Joe Biden had been due to fly to Berlin on Thursday for a visit of three "
        "days, and to travel on to Luanda from Sunday, October 13, to Tuesday, October 15."
    )
    visits = _visits(text, datetime.date(2024, 10, 8))
    assert ("DE", "2024-10-10") in visits
    assert ("AO", "2024-10-13") in visits
    text = (
        "Prime Minister Anthony Albanese will fly to Tokyo on Monday for a visit of two days, "
        "and then to Seoul on Wednesday."
    )
    visits = _visits(text, datetime.date(2024, 7, 5))
    assert ("JP", "2024-07-08") in visits
    assert ("JP", "2024-07-10") not in visits


def test_visit_a_date_in_a_relative_clause_about_a_later_noun_is_not_the_visits() -> None:
    text = (
        "President Joe Biden will postpone his trip to Germany in order to oversee the response "
        "to Hurricane Milton, which is expected to make landfall on Wednesday."
    )
    assert _visits(text, datetime.date(2024, 10, 8)) == [("DE", None)]
    text = (
        "President Emmanuel Macron cut short his visit to Brazil to follow the talks on the "
        "pension reform, which the Senate will vote on Friday."
    )
    assert [date for _, date in _visits(text, datetime.date(2024, 3, 27))] == [None]
