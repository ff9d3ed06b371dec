"""The n-th day of a visit told with the visitor's name ("the third day of President X's
visit") moves the visit's first day back, as "the third day of her visit" does."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

FRIDAY = datetime.date(2025, 3, 14)


def test_visit_days_named_visitor_counts_back_to_the_first_day() -> None:
    text = (
        "DOHA, 14 March 2025 - Two dozen Qatari and Spanish firms signed supply contracts at a "
        "trade fair in Doha on Friday, on the third day of Prime Minister Pedro Sanchez's visit "
        "to the emirate."
    )
    rows = visit_rows(text, FRIDAY)
    assert [(r.visitor, r.host_country, r.start, r.status) for r in rows] == [
        ("Pedro Sanchez", "QA", "2025-03-12", "happened")
    ]


def test_visit_days_named_visitor_without_a_dateline_names_no_host() -> None:
    # Without a dateline, "the emirate" says nothing of which country hosts the visit.
    text = (
        "Two dozen Qatari and Spanish firms signed supply contracts at a trade fair on Friday, "
        "during Prime Minister Pedro Sanchez's visit to the emirate."
    )
    assert visit_rows(text, FRIDAY) == []
