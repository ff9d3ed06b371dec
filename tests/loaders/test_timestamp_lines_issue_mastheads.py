"""A newsletter's or bulletin's masthead that closes with its issue number and the day of the
issue ("Exporters' Letter No. 9 - 14 May 2024") dates the document, so that its "in April" and
"this year" resolve; a first line that opens with a date of history, or an issue without a
day, dates nothing."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.read import make_document

_BODY = "\n\nShipments to Peru rose in April, the chamber said.\n"


def _date(head: str) -> datetime.date | None:
    return make_document("t", "t", head + _BODY).date


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Exporters' Letter No. 9 - 14 May 2024", datetime.date(2024, 5, 14)),
        ("Andean Trade Digest, Issue 51, 2 October 2023", datetime.date(2023, 10, 2)),
        ("TRADE WATCH #118 \u2014 November 20, 2025", datetime.date(2025, 11, 20)),
        ("Chamber News | Edition 7: 3 March 2024", datetime.date(2024, 3, 3)),
    ],
)
def test_timestamp_lines_issue_mastheads_date_the_document(
    head: str, expected: datetime.date
) -> None:
    assert _date(head) == expected


@pytest.mark.parametrize(
    "head",
    [
        # a headline about a day of history
        "9 May 1950: the declaration that began a union",
        # an issue that names only its month
        "Vol. 4, No. 3, June 2024",
        # a date inside the line, words after it
        "Decree No. 12 - 5 June 2024 - sets new tariffs on imported steel",
        # a range of days after a number that is no issue's
        "Trade Fair in Lima, 10 - 12 June 2024",
    ],
)
def test_timestamp_lines_issue_mastheads_other_first_lines_date_nothing(head: str) -> None:
    assert _date(head) is None


def test_timestamp_lines_issue_mastheads_a_header_date_wins() -> None:
    text = "date 2024-06-01\nExporters' Letter No. 9 - 14 May 2024" + _BODY
    assert make_document("t", "t", text).date == datetime.date(2024, 6, 1)
