"""A year that sets a horizon ("raise trade to $150 billion by 2030") dates neither the talks
nor the visit the same sentence tells."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def test_visit_days_horizon_years_do_not_date_a_visit() -> None:
    text = (
        "Chancellor Olaf Scholz and Prime Minister Narendra Modi agreed on Saturday to double "
        "trade by 2030 during Scholz's two-day official visit to India. Scholz arrived in New "
        "Delhi on Friday."
    )
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 2, 25)))
    assert [(v.visitor, v.start and v.start.year) for v in document.visits] == [
        ("olaf-scholz", 2023)
    ]


def test_visit_days_a_year_of_the_visit_itself_still_dates_it() -> None:
    text = "Chancellor Olaf Scholz paid an official visit to India in 2023."
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 5, 1)))
    assert [(v.start and v.start.year) for v in document.visits] == [2023]
