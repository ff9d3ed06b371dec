"""Dates in the body written day first in figures ("on 16/05/2022") or with the day in words
("the first of June") are read like any other date, and figures or words that are no date are
left alone."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dkg.loaders import Document, default_pipeline
from dkg.loaders.steps import written_dates

PIPELINE = default_pipeline()


def _dates(text: str) -> list[str]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 6, 1)))
    return [d.start.lexical for d in document.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister had toured the dam on 17/04/2022.", ["2022-04-17"]),
        ("The council was installed on 28.11.2021 in the capital.", ["2021-11-28"]),
        ("The accord took effect on 30-09-2020.", ["2020-09-30"]),
        ("The talks (17/04/2022) went well.", ["2022-04-17"]),
        # Both figures could be the month: the month the story names decides.
        ("The envoy arrived in May and left on 09/05/2023.", ["2023-05", "2023-05-09"]),
    ],
)
def test_written_dates_day_first_figures_in_the_body_are_dates(
    text: str, expected: list[str]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two sides exchanged notes 04/07/2021 without naming a month.",
        "Officials said the ratio was 12/10 in favour of the proposal.",
        "The decree no. 11/03/2019-KD was cited by the ministry.",
        "Version 10.04.2022.1 of the software was installed.",
        # Figures glued to a letter, a digit or a slash before them are a code, not a date.
        "Permit A17/04/2022 was renewed.",
        "Serial 117/04/2022 was logged.",
        "Case 2/17/04/2022 was reopened.",
    ],
)
def test_written_dates_figures_that_are_no_certain_date_give_none(text: str) -> None:
    """Without a month in the story "04/07/2021" may be April or July; a reference number or a
    version carries figures but no date."""
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation landed on the first of June.", ["2023-06-01"]),
        # A figure elsewhere in the sentence, where the day word is no longer what lets it in.
        ("Some 40 delegates landed on the first of June.", ["2023-06-01"]),
        ("Talks resumed on the twenty-first of March 2022.", ["2022-03-21"]),
        ("Talks resumed on the twenty first of March 2022.", ["2022-03-21"]),
        ("The delegation landed on the Twenty-First of June.", ["2023-06-21"]),
        ("The forum closed on May the thirtieth.", ["2023-05-30"]),
        ("The forum closed on May third, a day early.", ["2023-05-03"]),
        ("The forum closed on May the 30th.", ["2023-05-30"]),
    ],
)
def test_written_dates_days_in_ordinal_words_are_dates(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was the first visit of a head of state in a decade.",
        "The second of the three agreements covers fisheries.",
        "On the third day the ministers toured the port.",
        "On the second day 40 delegates marched to the square.",
    ],
)
def test_written_dates_ordinal_words_without_a_month_are_no_dates(text: str) -> None:
    assert _dates(text) == []


def test_written_dates_keep_the_text_of_the_document() -> None:
    """The rewriting only helps the date reader: the spans point at the words as written."""
    text = "The delegation landed on the first of June and left on 03/06/2023."
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 6, 1)))
    assert [text[d.span.start : d.span.end] for d in document.dates] == [
        "first of June",
        "03/06/2023",
    ]


def test_written_dates_a_turkish_dotted_capital_in_a_day_word_is_read() -> None:
    assert _dates("The minister landed in Ankara on the F\u0130RST of June.") == ["2023-06-01"]


_DAY_PIECES = [
    "the ",
    "The ",
    "first",
    "twenty",
    "-",
    " ",
    "second ",
    "of ",
    "June",
    "MAY",
    "21st",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_DAY_PIECES), max_size=10))
@example(pieces=["the ", "first", " ", "of ", "June", " ", "MAY", " ", "twenty", "-", "second "])
def test_written_dates_days_in_words_are_rewritten_as_the_pattern_substitutes(
    pieces: list[str],
) -> None:
    # The matches come through the pattern's skip-ahead scanner: every rewrite must be the
    # one ``re.sub`` makes with the pattern itself.
    text = "".join(pieces)
    pattern = re.compile(written_dates._WORD_DAY.pattern, written_dates._WORD_DAY.flags)
    expected = pattern.sub(written_dates._day_in_digits, text)
    assert written_dates._days_in_digits(text) == expected
