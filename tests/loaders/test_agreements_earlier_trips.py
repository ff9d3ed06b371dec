"""A trip of an earlier year told as made "to sign" a document ("travelled to Hanoi in 2016 to
sign the accord", "Six years ago she flew to Quito to sign ...", "went to Quito in 2016 and
signed ...") is background: its documents are not agreements of the visit the story reports."""

from __future__ import annotations

import pytest

from tests.loaders.reading import read

_LEAD = (
    "QUITO, June 3 2025 - Peruvian Foreign Minister Elena Salas arrived in Quito on Monday and "
    "held talks with her Ecuadorian counterpart.\n\n"
)


def _titles(text: str) -> list[str | None]:
    return [a.title for a in read(_LEAD + text).agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Salas had travelled to Quito in 2016 to sign the memorandum on river navigation.",
        "Six years ago she flew to Quito to sign the accord that opened consulates in both "
        "countries.",
        "Eight years ago, the minister came to Quito to sign a protocol on customs checks.",
        "Her predecessor went to Quito in 2012 to sign an agreement on border markers, the "
        "ministry recalled.",
        "Salas went to Quito in 2016 and signed the memorandum on river navigation.",
        "Seven years ago she flew to Quito and signed the accord that opened consulates in both "
        "countries.",
        "Nine years ago, the minister came to Quito and concluded a protocol on customs checks.",
    ],
)
def test_agreements_earlier_trips_to_sign_are_background(text: str) -> None:
    assert _titles(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the trip is this year's: the news itself
        (
            "Salas travelled to Quito in 2025 to sign the memorandum on river navigation.",
            "memorandum on river navigation",
        ),
        # the year belongs to another clause than the trip to sign
        (
            "Elected in 2019, the minister came to Quito to sign a protocol on customs checks.",
            "protocol on customs checks",
        ),
        (
            "Salas, who has led the ministry since 2021, came to Quito to sign a protocol on "
            "customs checks.",
            "protocol on customs checks",
        ),
        (
            "The ministers met in 2018 and this week they travelled to Quito to sign a protocol "
            "on customs checks.",
            "protocol on customs checks",
        ),
        # the same with "and signed": this year's trip, or a year of another clause
        (
            "Salas came to Quito in 2025 and signed the memorandum on river navigation.",
            "memorandum on river navigation",
        ),
        (
            "Salas, who has led the ministry since 2021, came to Quito and signed a protocol on "
            "customs checks.",
            "protocol on customs checks",
        ),
        (
            "The ministers met in 2018 and this week they travelled to Quito and signed a "
            "protocol on customs checks.",
            "protocol on customs checks",
        ),
    ],
)
def test_agreements_earlier_trips_keep_the_news(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "The accord on consulates, which Salas signed in Quito nine years ago, is still in force.",
        "The accord on consulates, which Salas signed in Quito in 2016, is still in force.",
    ],
)
def test_agreements_earlier_trips_signed_at_a_place_years_ago(text: str) -> None:
    assert _titles(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministers signed in Quito on Tuesday a protocol on customs checks.",
        "The ministers signed at Carondelet Palace a protocol on customs checks.",
        "The ministers signed in Quito in June a protocol on customs checks.",
    ],
)
def test_agreements_earlier_trips_signed_at_a_place_today(text: str) -> None:
    assert "protocol on customs checks" in _titles(text)
