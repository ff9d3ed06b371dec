"""A founding a story recalls ("relations established on 12 May 1976") is no day of the story:
it dates neither the visit nor the talks."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

# 24 November 2026 is a Tuesday.
_DAY = datetime.date(2026, 11, 24)


def _meeting_days(text: str) -> list[str | None]:
    return [m.date.lexical if m.date else None for m in read(text, _DAY).meetings]


def test_commemorated_dates_a_founding_dates_no_visit_or_talks() -> None:
    text = (
        "Austrian Chancellor Christian Stocker met Ghanaian President John Mahama in Accra "
        "during a visit marking the anniversary of relations established on 9 June 1960."
    )
    assert not any(start == "1960-06-09" for _, _, start in dated_visits(read(text, _DAY)))
    assert "1960-06-09" not in _meeting_days(text)


def test_commemorated_dates_since_a_founding_dates_no_visit() -> None:
    text = (
        "Peruvian President Jose Jeri arrived in Rabat for a visit to Morocco, the first "
        "since 1964, when the two countries set up diplomatic ties."
    )
    assert ("Jose Jeri", "MA", "1964") not in dated_visits(read(text, _DAY))


def test_commemorated_dates_a_founding_of_the_filing_year_is_a_day() -> None:
    """Counter-example: what the leaders set up during the story happened on its day."""
    text = (
        "Austrian Chancellor Christian Stocker and Ghanaian President John Mahama held talks "
        "in Accra and established a joint business council on Tuesday."
    )
    assert _meeting_days(text) == ["2026-11-24"]


def test_commemorated_dates_a_founding_at_a_visit_keeps_the_visit_day() -> None:
    """Counter-example: a partnership set up during an earlier visit dates that visit."""
    text = (
        "The leaders reviewed the partnership established during President Luiz Inacio Lula "
        "da Silva's visit to Hanoi in March 2025."
    )
    assert ("Luiz Inacio Lula da Silva", "VN", "2025-03") in dated_visits(read(text, _DAY))
