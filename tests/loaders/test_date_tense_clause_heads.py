"""A weekday heading its clause takes the clause's tense, past a comma or an "and"; a day still
to come then cannot fix which weekday a dateline without a year fell on."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps import date_tense
from dkg.loaders.steps.normalize import find_dates

FRIDAY = datetime.date(2025, 10, 17)


def _days(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, FRIDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, the envoy is due to open the new consulate.", ["2025-10-20"]),
        ("The talks ended, and on Tuesday the delegation will tour the port.", ["2025-10-21"]),
        ("On Monday, the envoy opened the new consulate.", ["2025-10-13"]),
        ("The talks ended, and on Tuesday the delegation toured the port.", ["2025-10-14"]),
    ],
)
def test_date_tense_a_weekday_heading_its_clause_takes_the_clause_tense(
    text: str, expected: list[str]
) -> None:
    assert _days(text) == expected


def _dates_of(text: str) -> list[str]:
    document = default_pipeline()(Document("t", "t", text))
    return [d.start.lexical for d in document.dates]


def test_date_tense_days_announced_for_later_do_not_move_the_dateline_weekday() -> None:
    text = (
        "OSLO, June 9 (Wire) - The Chilean president arrived in Oslo on Sunday for a "
        "two-day visit, the first by a Chilean head of state in 24 years.\n\n"
        "On Monday, she is due to address parliament, and on Tuesday she will open a "
        "fisheries fair in Bergen."
    )
    assert _dates_of(text) == ["--06-09", "--06-10", "--06-11"]


def test_date_tense_a_duration_in_years_after_a_dateline_is_no_day() -> None:
    text = (
        "OSLO, June 9 (Wire) - The Chilean president arrived on Sunday, the first visit "
        "by a Chilean head of state in 24 years."
    )
    assert _dates_of(text) == ["--06-09"]


def test_date_tense_a_past_verb_first_keeps_a_clause_head_weekday_past() -> None:
    text = "On Monday, the envoy opened the consulate and will return soon."
    assert _days(text) == ["2025-10-13"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # News tells a coming trip in the present tense.
        ("On Tuesday the minister travels to Kisumu to meet traders.", ["2025-10-21"]),
        ("On Monday the envoy flies back to Oslo.", ["2025-10-20"]),
        # The same trip told in the past, or a present verb that is no trip, stays past.
        ("On Tuesday the minister travelled to Kisumu to meet traders.", ["2025-10-14"]),
        ("On Tuesday the minister's office travels budget was cut.", ["2025-10-14"]),
    ],
)
def test_date_tense_a_trip_told_in_the_present_lies_ahead(text: str, expected: list[str]) -> None:
    assert _days(text) == expected


_CLAUSE_PIECES = [",", ";", ":", " ", "  ", "\n", "and", "but", "On", "on", "Later", "next", "x"]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=12), cut=st.integers(0, 40))
@example(pieces=["x", ",", " ", "and", " ", "on", " "], cut=40)
def test_date_tense_clause_head_is_found_after_the_last_mark_as_by_a_search(
    pieces: list[str], cut: int
) -> None:
    # Only the last clause mark before the date can start a clause head, so matching there
    # answers as the search over the whole text before the date did.
    text = "".join(pieces)
    start = min(cut, len(text))
    searched = date_tense._OPENS_CLAUSE.search(text, 0, start) is not None
    assert date_tense._opens_clause(text, start) == searched


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=",;:()[]\u2013\u2014 ax\n", max_size=30),
    pos=st.integers(0, 30),
    end=st.integers(0, 30),
)
def test_date_tense_clause_before_is_what_follows_the_last_break(
    text: str, pos: int, end: int
) -> None:
    window = text[pos:end]
    clause = date_tense._clause_before(text, pos, end)
    assert window.endswith(clause)
    assert not any(mark in clause for mark in date_tense._CLAUSE_BREAKS)
    before = window[: len(window) - len(clause)]
    assert before == "" or before[-1] in date_tense._CLAUSE_BREAKS
