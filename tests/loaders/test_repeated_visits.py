"""A retrospective repeats a visit without a verb: "visited Lima in May 2010, and again in June
2015" is two trips; "again" without a date, or two dates without "again", is not."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate

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
