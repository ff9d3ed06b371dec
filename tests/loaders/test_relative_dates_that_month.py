""" "That month" is the month the story told last ("took office in May 2023 ... travelled to his
inauguration that month"), at month precision; with no month told it dates nothing."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

_DAY = datetime.date(2025, 3, 6)


def test_relative_dates_that_month_is_the_month_told_before() -> None:
    text = (
        "President Tomas Vela of Paraguay has received many leaders since he took office in "
        "May 2023. President Ana Ruiz of Uruguay was among the Heads of State who travelled to "
        "Asuncion for his inauguration that month."
    )
    assert dated_visits(read(text, _DAY)) == {("Ana Ruiz", "PY", "2023-05")}


def test_relative_dates_the_same_month_of_another_year_is_not_the_month_told() -> None:
    text = (
        "President Tomas Vela of Paraguay took office in May 2023. President Ana Ruiz of "
        "Uruguay travelled to Asuncion in the same month last year."
    )
    assert ("Ana Ruiz", "PY", "2023-05") not in dated_visits(read(text, _DAY))


def test_relative_dates_that_month_without_a_month_told_dates_nothing() -> None:
    text = (
        "President Ana Ruiz of Uruguay travelled to Asuncion that month for the inauguration of "
        "President Tomas Vela."
    )
    assert dated_visits(read(text)) == {("Ana Ruiz", "PY", None)}
