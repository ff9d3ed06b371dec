"""A retrospective repeats a visit without a verb: "visited Lima in May 2010, and again in June
2015" is two trips, as are "paid visits to X in May and in June" and "visited X in May, before
returning on May 30"; "again" without a date, or two dates without "again", is not."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate
from tests.visit_rows import visit_rows

PIPELINE = default_pipeline()


def _starts(text: str) -> list[PartialDate | None]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2022, 1, 26)))
    return sorted((v.start for v in document.visits if v.start), key=lambda d: d.lexical)


def test_repeated_visits_and_again_in_a_date_is_a_second_visit() -> None:
    text = "President Ana Ruiz visited Japan in May 2010, and again in June 2015."
    assert _starts(text) == [PartialDate(2010, 5), PartialDate(2015, 6)]


def test_repeated_visits_again_without_a_date_is_no_second_visit() -> None:
    text = "President Ana Ruiz visited Japan in May 2010 and met Prime Minister Kenji Morita again."
    assert _starts(text) == [PartialDate(2010, 5)]


def test_repeated_visits_a_date_that_is_no_repeat_is_no_second_visit() -> None:
    text = (
        "President Ana Ruiz visited Japan in May 2010, and the two countries agreed in June "
        "2015 to extend the accord."
    )
    assert _starts(text) == [PartialDate(2010, 5)]


def test_repeated_visits_and_again_in_a_bare_year_is_a_second_visit() -> None:
    # Issue 4: a year alone ("in 1960") is read with its "in", which must still join it.
    text = "King Baudouin of Belgium went to Zaire in 1970 and again in 1985."
    assert _starts(text) == [PartialDate(1970), PartialDate(1985)]


def test_repeated_visits_two_bare_years_without_again_are_one_visit() -> None:
    text = "King Baudouin of Belgium went to Zaire in 1970 and spoke of its future in 1985."
    assert _starts(text) == [PartialDate(1970)]


def _dated(text: str) -> set[tuple[str, str, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2022, 1, 26)))
    return {
        (v.visitor, v.host_country, v.start.lexical if v.start else None) for v in document.visits
    }


@pytest.mark.parametrize(
    ("second", "start"), [("She returned in 1979", "1979"), ("She returned in May 1979", "1979-05")]
)
def test_repeated_visits_returned_in_a_year_is_a_second_visit_there(
    second: str, start: str
) -> None:
    # Issue 4: "returned in 1979" names its date where the destination would stand.
    text = f"President Ana Ruiz visited Japan in 1973. {second} during a tour of Asia."
    assert ("ana-ruiz", "JP", start) in _dated(text)


@pytest.mark.parametrize(
    "second",
    [
        "She returned in 1980 as prime minister.",  # to a post, not to a place
        "She returned to power in 1980.",
    ],
)
def test_repeated_visits_returned_to_a_post_is_no_visit(second: str) -> None:
    text = f"President Ana Ruiz visited Japan in 1973. {second}"
    assert _dated(text) == {("ana-ruiz", "JP", "1973")}


def test_repeated_visits_returned_long_after_is_no_visit() -> None:
    # Counter-example: the trip returned from was told paragraphs before; "returned" is home.
    filler = " ".join(
        f"Ministers of both countries discussed trade and fisheries at round {n}." for n in range(9)
    )
    text = f"President Ana Ruiz visited Japan in 1973. {filler} She returned in 1979."
    assert ("ana-ruiz", "JP", "1979") not in _dated(text)


_UNDER_WAY = "President Ana Ruiz of Peru is on an official visit to Japan. "
_FILLER = " ".join(f"Ministers discussed trade and fisheries at round {n}." for n in range(9))


@pytest.mark.parametrize(
    "second",
    [
        "Ms Ruiz last came in May 2016.",
        "Ruiz last came here in May 2016, when she opened a school.",
        # the story's visit may be told long before: it is where the story is
        f"{_FILLER} Ruiz previously came in May 2016.",
    ],
)
def test_repeated_visits_last_came_is_an_earlier_trip_where_the_story_is(second: str) -> None:
    # Issue 4: "last came in May 2016" with no place is a trip to the story's host.
    assert ("ana-ruiz", "JP", "2016-05") in _dated(_UNDER_WAY + second)


@pytest.mark.parametrize(
    "second",
    [
        "Ruiz first came in 1999 as a student.",  # a stay in another role
        "Ruiz last came in second in the 2016 race.",  # a placing, not a trip
    ],
)
def test_repeated_visits_last_came_only_a_dated_trip(second: str) -> None:
    assert {v for v in _dated(_UNDER_WAY + second) if v[2] and v[2] < "2020"} == set()


def test_repeated_visits_last_came_needs_a_visit_being_told() -> None:
    # Counter-example: no trip of hers is told, so there is no place she came back to.
    text = "President Ana Ruiz of Peru spoke in Lima. Ruiz last came in May 2016."
    assert _dated(text) == set()


def _rows(text: str) -> set[tuple[str | None, str, str | None, str | None]]:
    return {
        (r.visitor, r.host_country, r.start, r.city)
        for r in visit_rows(text, datetime.date(2024, 3, 12))
    }


def test_repeated_visits_plural_visits_with_two_dates_are_two_trips() -> None:
    text = (
        "Nepalese Army Chief Ashok Raj Sigdel paid visits to Japan in April 2019 and in "
        "November 2019 to attend the security dialogue."
    )
    assert {start for _, _, start, _ in _rows(text)} == {"2019-04", "2019-11"}


@pytest.mark.parametrize(
    "text",
    [
        # one visit whose dates are a month and a day of it
        "Nepalese Army Chief Ashok Raj Sigdel paid a visit to Japan in April 2019 and in "
        "November 2019 the two armies held a drill.",
        # a later date of something else the visitor did
        "Nepalese Army Chief Ashok Raj Sigdel paid a visit to Japan in April 2019 and met "
        "officials in November 2019.",
    ],
)
def test_repeated_visits_a_singular_visit_with_two_dates_stays_one(text: str) -> None:
    assert {start for _, _, start, _ in _rows(text)} == {"2019-04"}


def test_repeated_visits_returning_on_a_day_is_a_trip_of_its_own_with_its_companions() -> None:
    text = (
        "Danish Prime Minister Mette Frederiksen had visited Accra in April 2021, before "
        "returning on April 28, 2021, accompanied by then President of Portugal Marcelo Rebelo "
        "de Sousa, and again in September 2021."
    )
    rows = _rows(text)
    assert {(v, s) for v, _, s, _ in rows} == {
        ("Mette Frederiksen", "2021-04"),
        ("Mette Frederiksen", "2021-04-28"),
        ("Marcelo Rebelo de Sousa", "2021-04-28"),
        ("Mette Frederiksen", "2021-09"),
    }


def test_repeated_visits_companions_before_a_return_made_the_first_trip() -> None:
    text = (
        "Danish Prime Minister Mette Frederiksen visited Accra in April 2021 together with "
        "President of Portugal Marcelo Rebelo de Sousa, before returning on June 2, 2021."
    )
    assert ("Marcelo Rebelo de Sousa", "GH", "2021-04", "Accra") in _rows(text)
    assert ("Marcelo Rebelo de Sousa", "GH", "2021-06-02", "Accra") not in _rows(text)


def test_repeated_visits_two_mentions_of_one_trip_in_a_sentence_stay_one() -> None:
    # a month and a day of it, both of the one trip: no repeat tells them apart
    text = (
        "Danish Prime Minister Mette Frederiksen visited Accra in April 2021; the visit, "
        "on April 28, 2021, was her first to Africa."
    )
    assert len({s for _, _, s, _ in _rows(text)}) == 1
