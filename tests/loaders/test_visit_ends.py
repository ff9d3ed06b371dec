"""A visit's last day told in a sentence of its own ("The visit runs until Monday, 17 June",
"she stays until 6 June") is the visit's end; a fair, a mandate or an office that runs until a
day is not."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2024, 6, 12)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    document = read(text, FILED)
    return [(v.start and v.start.lexical, v.end and v.end.lexical) for v in document.visits]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "President Lula of Brazil arrived in Tokyo on Friday, 14 June, for a state visit. "
            "The visit runs until Monday, 17 June.",
            ("2024-06-14", "2024-06-17"),
        ),
        (
            "Foreign Minister Penny Wong of Australia arrived in New Delhi on 10 June for an "
            "official visit. She stays until 13 June.",
            ("2024-06-10", "2024-06-13"),
        ),
        (
            "Prime Minister Narendra Modi of India arrived in Hanoi on Tuesday, 11 June. The "
            "talks continue through Thursday, 13 June.",
            ("2024-06-11", "2024-06-13"),
        ),
        (
            "President Cyril Ramaphosa of South Africa will visit Indonesia from 17 June. He is "
            "due to stay in Jakarta until 20 June.",
            ("2024-06-17", "2024-06-20"),
        ),
    ],
)
def test_visit_ends_the_day_the_visit_goes_on_until_is_its_end(
    text: str, days: tuple[str, str]
) -> None:
    assert _days(text) == [days]


@pytest.mark.parametrize(
    "second",
    [
        "An exhibition of Moroccan carpets runs until 18 June in the capital.",
        "Chile's mandate at the head of the council runs until 28 June.",
        "He remains in office until 30 September.",
        "The visit runs until Monday, 16 December, when the ferry strike ends.",
    ],
)
def test_visit_ends_what_else_runs_until_a_day_is_no_end(second: str) -> None:
    """Counter-examples: other subjects, an office, and a day too far from the arrival."""
    first = "President Emmanuel Macron of France arrived in Rabat on 10 June for a state visit. "
    assert _days(first + second) == [("2024-06-10", None)]


@pytest.mark.parametrize(
    "second",
    [
        "The President is scheduled to depart Rabat on Thursday, 13 June, concluding the State "
        "Visit.",
        "He left Marrakesh on 13 June, ending his four-day trip to Morocco.",
    ],
)
def test_visit_ends_a_departure_that_concludes_the_visit_is_its_last_day(second: str) -> None:
    first = "President Emmanuel Macron of France arrived in Rabat on 10 June for a state visit. "
    assert _days(first + second) == [("2024-06-10", "2024-06-13")]


@pytest.mark.parametrize(
    "second",
    [
        "The President is scheduled to depart Rabat for Dakar on Thursday, 13 June.",
        "The delegation left the talks on 11 June, ending the session early.",
    ],
)
def test_visit_ends_a_departure_that_concludes_nothing_is_no_end(second: str) -> None:
    """Counter-examples: a departure onward, and something other than the visit ended."""
    first = "President Emmanuel Macron of France arrived in Rabat on 10 June for a state visit. "
    assert _days(first + second)[0] == ("2024-06-10", None)


def test_visit_ends_an_arrival_day_and_a_stay_of_days_give_the_stay_its_end() -> None:
    """The arrival and "for an official visit from d to d" are two cues of one visit: the
    second tells the last day the first does not."""
    text = (
        "President of the Republic of Peru Dina Boluarte arrived in Rabat on 10 June for an "
        "official visit to Morocco from 10 to 12 June 2024."
    )
    assert _days(text) == [("2024-06-10", "2024-06-12")]
