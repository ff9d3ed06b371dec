"""A visit put off whose subject is long: a minister whose portfolios a comma list spells out
before the name ("the working visit of the Minister of Foreign Affairs, Regional Cooperation
and External Trade, Mr X, to Y, which was scheduled from 18 to 20 March, has been postponed"),
or a relative clause of its maker ("the state visit that President X planned to make to Y on
20 and 21 March was postponed", as a translation says "foresaw to realize")."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_MARCH = datetime.date(2024, 3, 5)


def _rows(text: str) -> list[tuple[str | None, str, str | None, str]]:
    return [(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, _MARCH)]


def test_visit_plans_put_off_portfolios_listed_before_the_name() -> None:
    assert _rows(
        "The working visit of the Minister of Foreign Affairs, Regional Cooperation and External "
        "Trade, Mr Tomas Alvarado, to the Republic of Zambia, which was scheduled from 18 to 20 "
        "March 2024, has been postponed owing to heavy flooding."
    ) == [("Tomas Alvarado", "ZM", "2024-03-18", "postponed")]


def test_visit_plans_put_off_long_post_without_commas() -> None:
    assert _rows(
        "The visit of Swiss Federal Minister for European and International Affairs Anna "
        "Berger-Lindqvist to Bosnia and Herzegovina, which had been scheduled for March 12-13, "
        "has been postponed, the Ministry announced today."
    ) == [("Anna Berger-Lindqvist", "BA", "2024-03-12", "postponed")]


def test_visit_plans_put_off_name_after_the_portfolios_of_someone_met() -> None:
    # Near miss: the minister is the object of another verb, not the visit's "of".
    rows = _rows(
        "The visit of the delegation that met the Minister of Foreign Affairs, Regional "
        "Cooperation and External Trade, Mr Tomas Alvarado, in Lusaka was postponed."
    )
    assert all(visitor != "Tomas Alvarado" for visitor, *_ in rows)


@pytest.mark.parametrize(
    ("plan", "fate", "status"),
    [
        ("foresaw to realize", "was postponed for reasons of agenda", "postponed"),
        ("planned to make", "was cancelled", "cancelled"),
    ],
)
def test_visit_plans_put_off_maker_in_a_relative_clause(plan: str, fate: str, status: str) -> None:
    assert _rows(
        f"It should be recalled that the state visit that President Luis Herrera {plan} to "
        f"Guatemala on 20 and 21 March {fate}."
    ) == [("Luis Herrera", "GT", "2024-03-20", status)]


def test_visit_plans_put_off_maker_of_a_visit_made() -> None:
    # Near miss: a visit the maker made keeps its day and its tense.
    assert _rows(
        "The state visit that President Luis Herrera made to Guatemala on 20 and 21 February "
        "was a success."
    ) == [("Luis Herrera", "GT", "2024-02-20", "happened")]


def test_visit_plans_put_off_guest_expected_who_cancelled() -> None:
    assert _rows(
        "The Comorian President, Ali Moussa, who was expected in Nairobi on Thursday, cancelled "
        "his trip at the last minute."
    ) == [("Ali Moussa", "KE", "2024-02-29", "cancelled")]


def test_visit_plans_put_off_guest_expected_without_fate_is_a_plan() -> None:
    assert _rows("The Comorian President, Ali Moussa, was expected in Nairobi on Thursday.") == [
        ("Ali Moussa", "KE", "2024-02-29", "announced")
    ]


def test_visit_plans_put_off_something_else_expected_is_no_trip() -> None:
    # Near miss: growth, not a person, was expected in the country.
    assert (
        _rows("Growth was expected in Kenya last year, President Ali Moussa of the Comoros said.")
        == []
    )
