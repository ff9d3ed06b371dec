"""Dates at the precision the text gives; relative dates only against a known document date."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates

MAY_7 = datetime.date(2025, 5, 7)  # a Wednesday


def _dates(text: str, today: datetime.date | None) -> list[tuple[str, str | None]]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [
        (m.start.lexical, m.end.lexical if m.end else None) for m in find_dates(sentence, today)
    ]


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("The summit opened on 3 June 2024.", None, [("2024-06-03", None)]),
        ("It was held in October 2023.", None, [("2023-10", None)]),
        ("They met in 2021.", None, [("2021", None)]),
        ("He arrived on November 1.", None, [("--11-01", None)]),
        ("He arrived on November 1.", MAY_7, [("2024-11-01", None)]),
        ("He will come on 22-23 August.", MAY_7, [("2025-08-22", "2025-08-23")]),
        ("He will come on August 22 to 24, 2026.", None, [("2026-08-22", "2026-08-24")]),
        ("Last year trade grew.", MAY_7, [("2024", None)]),
        ("Last year trade grew.", None, []),
        ("Next year they will meet.", MAY_7, [("2026", None)]),
        ("They met on Monday.", MAY_7, [("2025-05-05", None)]),
        ("They will meet on Monday.", MAY_7, [("2025-05-12", None)]),
        ("They met yesterday.", MAY_7, [("2025-05-06", None)]),
        ("Growth may slow.", MAY_7, []),
    ],
)
def test_normalize_dates(
    text: str, today: datetime.date | None, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(text, today) == expected


def test_normalize_weekdays_against_a_dateline_without_a_year() -> None:
    from dkg.loaders import Document, default_pipeline

    text = (
        "LIMA, March 5 (Wire) - The two ministers signed a fisheries accord on Thursday.\n"
        "The visiting minister had arrived late on Wednesday."
    )
    document = default_pipeline()(Document("t", "t", text))
    assert document.filed is not None and document.filed.lexical == "--03-05"
    assert [d.start.lexical for d in document.dates] == ["--03-05", "--03-04"]


def test_normalize_weekdays_against_a_leap_day_dateline_without_a_year() -> None:
    from dkg.loaders import Document, default_pipeline

    # 29 February falls on a Thursday only in some leap years: the stand-in must be one of them.
    text = (
        "OSLO, Feb 29 (Wire) - The two ministers signed a fisheries accord on Thursday.\n"
        "The visiting minister had arrived late on Tuesday."
    )
    document = default_pipeline()(Document("t", "t", text))
    assert document.filed is not None and document.filed.lexical == "--02-29"
    assert [d.start.lexical for d in document.dates] == ["--02-29", "--02-27"]
