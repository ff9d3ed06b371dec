""" "Three days ago", "two weeks ago", "five months ago" counted back from the story's date, to
no finer a precision than the phrase has."""

from __future__ import annotations

import pytest

from tests.loaders.reading import dated_visits, read

_HEAD = "Talks in Nairobi\nOctober 16, 2025\n\n"


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("four days ago", "2025-10-12"),
        ("3 days ago", "2025-10-13"),
        ("a week ago", "2025-10"),
        ("five months ago", "2025-05"),
        ("eleven months ago", "2024-11"),
        ("two years ago", "2023"),
    ],
)
def test_relative_dates_ago_counts_back_from_the_story_date(phrase: str, start: str) -> None:
    text = f"{_HEAD}Ethiopian Prime Minister Abiy Ahmed paid a visit to Kenya {phrase}."
    assert dated_visits(read(text)) == {("Abiy Ahmed", "KE", start)}


def test_relative_dates_ago_a_week_across_two_months_names_no_month() -> None:
    """Counter-example: the week three weeks before 16 October 2025 runs from 22 to 28
    September; two weeks before, from 29 September to 5 October, so it dates nothing."""
    text = f"{_HEAD}Ethiopian Prime Minister Abiy Ahmed paid a visit to Kenya two weeks ago."
    assert dated_visits(read(text)) == {("Abiy Ahmed", "KE", None)}


def test_relative_dates_ago_without_a_count_or_a_story_date_dates_nothing() -> None:
    """Counter-examples: "long ago" and "a few weeks ago" give no count; an undated story
    gives nothing to count back from."""
    for phrase in ("long ago", "a few weeks ago", "years ago"):
        text = f"{_HEAD}Ethiopian Prime Minister Abiy Ahmed paid a visit to Kenya {phrase}."
        assert dated_visits(read(text)) == {("Abiy Ahmed", "KE", None)}
    undated = "Talks in Nairobi\n\nEthiopian Prime Minister Abiy Ahmed visited Kenya 4 days ago."
    assert dated_visits(read(undated)) == {("Abiy Ahmed", "KE", None)}


@pytest.mark.parametrize(
    "phrase", ["twenty-one days ago", "thirty two weeks ago", "Forty-one years ago"]
)
def test_relative_dates_ago_the_units_of_a_larger_count_date_nothing(phrase: str) -> None:
    """The "one" of "twenty-one days ago" is no count of one day: the story dates nothing
    rather than a day twenty days off."""
    text = f"{_HEAD}Ethiopian Prime Minister Abiy Ahmed paid a visit to Kenya {phrase}."
    assert dated_visits(read(text)) == {("Abiy Ahmed", "KE", None)}


def test_relative_dates_ago_a_count_after_a_word_ending_like_a_tens_word_still_counts() -> None:
    """Counter-example: "the city two days ago" keeps its count of two."""
    text = (
        f"{_HEAD}Ethiopian Prime Minister Abiy Ahmed paid a visit to Kenya and toured the "
        "port city two days ago."
    )
    assert dated_visits(read(text)) == {("Abiy Ahmed", "KE", "2025-10-14")}
