"""A trip someone is reported to be making, in the past progressive of reported speech ("the
spokesperson said X was travelling to Y for the summit"), is still to come when it was said;
the same tense in narration ("X was travelling in Y when ...") tells a trip under way then."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _statuses(text: str) -> list[tuple[str, str, str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 10, 14)))
    return [(v.visitor, v.host_country, v.status) for v in document.visits]


def test_visit_status_reported_progressive_said_was_travelling_is_announced() -> None:
    text = (
        "The spokesperson said Foreign Minister Ravi Menon was travelling to Dhaka for the forum."
    )
    assert _statuses(text) == [("ravi-menon", "BD", "announced")]


def test_visit_status_reported_progressive_said_that_was_flying_is_announced() -> None:
    text = "Officials said that Foreign Minister Ravi Menon was flying to Dhaka for the forum."
    assert _statuses(text) == [("ravi-menon", "BD", "announced")]


def test_visit_status_reported_progressive_narration_tells_a_trip_made() -> None:
    text = "Foreign Minister Ravi Menon was travelling in Bangladesh when the floods struck."
    assert [status for _, _, status in _statuses(text)] in ([], ["happened"])
