"""Visit phrasings of wire copy and communiqués: a post in apposition before "who is paying",
a summit city the visitor flew in from, the day a trip was called off, the event a trip is
made for, "would still travel", and "the first ... to visit a country ... since"."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from tests.visit_rows import visit_rows

PIPELINE = default_pipeline()
OCT_31 = datetime.date(2019, 10, 31)


def _visits(text: str, date: datetime.date | None = OCT_31) -> list[tuple[object, ...]]:
    return [(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, date)]


def test_visitor_of_who_is_paying_after_a_post_in_apposition() -> None:
    text = (
        "King Harald received on Tuesday, 3 May 2022, Mr. Tomas Berg, Prime Minister of the "
        "Kingdom of Sweden, who is paying an official visit to Norway."
    )
    assert _visits(text) == [("Tomas Berg", "NO", "2022-05-03", "happened")]


def test_the_summit_city_the_visitor_flew_in_from_is_not_the_host() -> None:
    text = (
        "Brazilian President Luiz Inácio Lula da Silva kicked off a state visit to Angola on "
        "Friday, flying in from the BRICS summit in Johannesburg for his first trip to the "
        "country."
    )
    hosts = [host for _, host, _, _ in _visits(text, datetime.date(2023, 8, 25))]
    assert hosts == ["AO"]


def test_day_a_trip_was_called_off_is_not_its_day_and_the_event_gives_it() -> None:
    text = (
        "President Moon Jae-in's planned visit to Chile was called off on Thursday. Moon had "
        "been scheduled to travel to Santiago for the leaders' meeting on Nov. 16-17."
    )
    assert _visits(text) == [("Moon Jae-in", "CL", "2019-11-16", "cancelled")]


def test_trip_for_an_event_on_a_day_is_announced_for_that_day() -> None:
    text = (
        "President Bola Ahmed Tinubu will travel to Berlin for the investment conference on "
        "Nov. 20."
    )
    assert _visits(text) == [("Bola Ahmed Tinubu", "DE", "2019-11-20", "announced")]


def test_would_still_travel_is_announced() -> None:
    text = "President Moon Jae-in would still travel to Bangkok next month, his office said."
    assert [status for *_, status in _visits(text)] == ["announced"]


def test_first_to_visit_a_country_at_war_since_a_year_tells_no_earlier_visit() -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida travelled to Kyiv from the Polish border on "
        "Tuesday, becoming the first Japanese leader to visit a country at war since 1945."
    )
    assert [(host, start) for _, host, start, _ in _visits(text)] == [("UA", "2019-10-29")]


def test_weekday_restated_by_the_full_date_gives_that_date() -> None:
    text = "Polish President Andrzej Duda began a state visit to Japan on Monday, 26 November."
    assert _visits(text, datetime.date(2024, 12, 1)) == [
        ("Andrzej Duda", "JP", "2024-11-26", "happened")
    ]


def test_invitation_to_a_city_is_a_visit_only_once_accepted() -> None:
    invited = (
        "Hungarian Prime Minister Viktor Orbán invited President Shavkat Mirziyoyev to Budapest."
    )
    assert _visits(invited) == []
    accepted = invited + " Mirziyoyev accepted the invitation."
    assert _visits(accepted) == [("Shavkat Mirziyoyev", "HU", None, "announced")]


def test_earlier_visit_by_someone_named_without_a_post() -> None:
    text = (
        "It was the first visit by a Japanese prime minister to Poland since Shinzo Abe came to "
        "Warsaw in June 2013."
    )
    assert ("Shinzo Abe", "PL", "2013-06", "happened") in _visits(text)


def test_visit_as_the_subject_of_a_sentence_takes_the_status_of_its_predicate() -> None:
    text = (
        "Kenyan President William Ruto's state visit to India, which had been planned for "
        "the autumn, was postponed."
    )
    assert [status for *_, status in _visits(text)] == ["postponed"]


def test_due_in_a_city_is_an_announced_visit_and_its_talks_are_not_held_yet() -> None:
    text = (
        "Polish Foreign Minister Radosław Sikorski is due in Tokyo on Monday for talks with his "
        "Japanese counterpart, Yoko Kamikawa."
    )
    document = PIPELINE(Document("t", "t", text, date=OCT_31))
    assert [(v.host_country, v.status) for v in document.visits] == [("JP", "announced")]
    assert document.meetings == ()


def test_the_second_day_of_a_visit_dates_its_start_the_day_before() -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni held talks in Addis Ababa on 15 April 2023, on "
        "the second day of a visit to Ethiopia."
    )
    assert _visits(text) == [("Giorgia Meloni", "ET", "2023-04-14", "happened")]


def test_flying_on_to_another_country_is_a_further_leg() -> None:
    text = (
        "Brazilian President Luiz Inácio Lula da Silva addressed the parliament in Lisbon on "
        "25 April 2023 before flying on to Spain."
    )
    assert ("Luiz Inácio Lula da Silva", "ES") in [(v, h) for v, h, _, _ in _visits(text)]


def test_a_site_visited_and_a_denied_trip_are_no_visits() -> None:
    assert _visits("Chancellor Olaf Scholz visited the Holocaust memorial in Berlin.") == []
    assert _visits("Kenyan President William Ruto will not travel to Washington this year.") == []


def test_the_trip_of_someone_to_a_city_names_its_visitor() -> None:
    text = "The planned trip of Prime Minister Anthony Albanese to Jakarta was called off."
    assert _visits(text) == [("Anthony Albanese", "ID", None, "cancelled")]
