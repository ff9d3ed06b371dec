"""A guest under way who "will leave this evening" ends the visit on the day the text was
filed, the day that evening falls on."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2025, 6, 3)


def _spans(text: str) -> set[tuple[str, str | None, str | None]]:
    document = read(text, FILED)
    return {
        (v.host_country, v.start.lexical if v.start else None, v.end.lexical if v.end else None)
        for v in document.visits
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "President Alar Karis of Estonia arrived in Lisbon on Saturday night and will leave this"
        " evening.",
        "President Alar Karis of Estonia arrived in Lisbon on Saturday; Karis is due to leave"
        " later today.",
    ],
)
def test_visit_departures_today_ends_on_the_filing_day(sentence: str) -> None:
    assert _spans(sentence) == {("PT", "2025-05-31", "2025-06-03")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a trip still to come ends on no day yet
        "President Alar Karis of Estonia will visit Portugal on Friday and will leave that"
        " evening.",
        # the one leaving tonight is someone the sentence names after the leaving
        "President Alar Karis of Estonia arrived in Lisbon on Saturday. The trade mission will"
        " leave tonight, said Foreign Minister Margus Tsahkna of Estonia.",
    ],
)
def test_visit_departures_today_only_a_named_guest_under_way(sentence: str) -> None:
    assert all(end is None for _, _, end in _spans(sentence))
