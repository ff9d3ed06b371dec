"""A visit whose span the sentence writes ("the visit she makes from 4 to 6 June") starts on
the span's first day, even when the sentence also counts the day of the talks it tells ("on
the second day of the visit"): the span is the whole visit, not a day within it."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

_FILED = datetime.date(2025, 6, 5)


def test_visit_days_told_spans_a_span_is_not_counted_back() -> None:
    document = read(
        "President Elena Varga of Hungary held talks with Chancellor Olaf Brandt in Berlin on "
        "the second day of the state visit she is making to Germany from 4 to 6 June.",
        _FILED,
    )
    assert dated_visits(document) == {("Elena Varga", "DE", "2025-06-04")}


def test_visit_days_told_spans_a_single_counted_day_still_moves_the_start() -> None:
    """Counter-example: one day told as the second of the visit puts its start a day before."""
    document = read(
        "President Elena Varga of Hungary held talks with Chancellor Olaf Brandt in Berlin on "
        "5 June, the second day of her state visit to Germany.",
        _FILED,
    )
    assert dated_visits(document) == {("Elena Varga", "DE", "2025-06-04")}
