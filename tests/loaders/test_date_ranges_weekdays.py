"""Two days of one week written as a run ("Friday and Saturday", "Monday to Wednesday") are
one range, so a visit told with them starts on the first day and ends on the last."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
MONDAY = datetime.date(2023, 11, 6)


def _dates(text: str) -> list[tuple[str, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=MONDAY))
    return [(m.start.lexical, m.end.lexical if m.end else None) for m in document.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy was in Lima on Friday and Saturday.", [("2023-11-03", "2023-11-04")]),
        ("She spent Thursday and Friday in Quito.", [("2023-11-02", "2023-11-03")]),
        ("The minister will be in Accra from Tuesday to Thursday.", [("2023-11-07", "2023-11-09")]),
    ],
)
def test_date_ranges_weekdays_make_a_run_of_days_one_range(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(text) == expected


def test_date_ranges_weekdays_keep_days_apart_after_and_as_two_days() -> None:
    text = "The envoy met the minister on Tuesday and Friday."
    assert _dates(text) == [("2023-10-31", None), ("2023-11-03", None)]


def test_date_ranges_weekdays_date_a_visit_spent_over_two_days() -> None:
    text = "Japan's prime minister, Fumio Kishida, spent Friday and Saturday in the Philippines."
    document = PIPELINE(Document("t", "t", text, date=MONDAY))
    assert [
        (v.host_country, v.start.lexical, v.end.lexical if v.end else None) for v in document.visits
    ] == [("PH", "2023-11-03", "2023-11-04")]
