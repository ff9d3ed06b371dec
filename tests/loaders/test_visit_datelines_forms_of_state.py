"""A guest who "arrived in the Emirate" (the Kingdom, the Sultanate, the archipelago) arrived in
the country the story is filed from: a form of state alone names no other place. Visits called
"introductory", "farewell", "friendship" or "goodwill" are visits of no stated type."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2025, 5, 13)


def _trips(text: str) -> list[tuple[str | None, str, str | None, str]]:
    return [(r.visitor, r.host_country, r.start, r.visit_type) for r in visit_rows(text, FILED)]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "DOHA - Peruvian President Dina Boluarte arrived in the Emirate on Sunday evening "
            "for a two-day introductory visit.",
            "QA",
        ),
        (
            "KUWAIT CITY, May 12 (KUNA) - Peruvian President Dina Boluarte arrived in the "
            "Emirate on Sunday for a farewell visit.",
            "KW",
        ),
        (
            "MANILA - Peruvian President Dina Boluarte arrived in the Archipelago on Sunday for "
            "a friendship visit.",
            "PH",
        ),
        (
            "MUSCAT - Peruvian President Dina Boluarte arrived in the Sultanate on Sunday for a "
            "goodwill visit.",
            "OM",
        ),
    ],
)
def test_visit_datelines_a_form_of_state_alone_is_the_country_filed_from(
    text: str, host: str
) -> None:
    assert _trips(text) == [("Dina Boluarte", host, "2025-05-11", "unspecified")]


def test_visit_datelines_a_kingdom_named_before_keeps_its_own_name() -> None:
    """Counter-example: a story filed from the guest's home names the kingdom she goes to,
    and "the Kingdom" is that one, not the dateline's country."""
    text = (
        "LIMA - Peruvian President Dina Boluarte left for Saudi Arabia on Saturday. Boluarte "
        "arrived in the Kingdom on Sunday for an official visit."
    )
    assert {(name, host) for name, host, _, _ in _trips(text)} == {("Dina Boluarte", "SA")}


def test_visit_datelines_a_republic_named_in_full_is_that_republic() -> None:
    """Counter-example: "the Republic of Korea" is a name, not the dateline's country."""
    text = (
        "DOHA - Peruvian President Dina Boluarte arrived in the Republic of Korea on Sunday for "
        "a goodwill visit."
    )
    assert _trips(text) == [("Dina Boluarte", "KR", "2025-05-11", "unspecified")]
