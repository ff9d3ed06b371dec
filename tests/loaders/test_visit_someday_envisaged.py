"""A visit only thought of for no time ("is envisaged when the conditions allow", "is
contemplated at a later date", "should take place as soon as the calendars allow") is no visit;
one envisaged for a time is announced, and a trip put off "to a later date" is still postponed."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

_DAY = datetime.date(2025, 9, 12)


def _trips(text: str) -> set[tuple[str | None, str, str | None, str]]:
    return {(r.visitor, r.host_country, r.start, r.status) for r in visit_rows(text, _DAY)}


@pytest.mark.parametrize(
    "sentence",
    [
        "A visit of the Beninese Foreign Minister, Olushegun Adjadi Bakari, to Burkina Faso is "
        "envisaged when the conditions allow.",
        "A visit of the Beninese Foreign Minister, Olushegun Adjadi Bakari, to Burkina Faso is "
        "contemplated at a later date.",
        "A visit of the Beninese Foreign Minister, Olushegun Adjadi Bakari, to Burkina Faso is "
        "envisaged at a date to be agreed.",
        "Beninese Foreign Minister Olushegun Adjadi Bakari will travel to Burkina Faso as soon "
        "as circumstances permit.",
    ],
)
def test_visit_someday_envisaged_for_no_time_is_no_visit(sentence: str) -> None:
    assert _trips(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "A visit of the Beninese Foreign Minister, Olushegun Adjadi Bakari, to Burkina Faso is "
        "envisaged in March 2026.",
        # a day told before the vague words still dates the trip
        "Beninese Foreign Minister Olushegun Adjadi Bakari will visit Burkina Faso in March "
        "2026, as soon as the calendars allow a second round of talks.",
    ],
)
def test_visit_someday_envisaged_for_a_time_is_announced(sentence: str) -> None:
    assert _trips(sentence) == {("Olushegun Adjadi Bakari", "BF", "2026-03", "announced")}


def test_visit_someday_envisaged_without_a_time_said_is_announced() -> None:
    """A plan with a month the reader cannot date is still a plan, not a trip made."""
    sentence = (
        "A visit of the Beninese Foreign Minister, Olushegun Adjadi Bakari, to Burkina Faso is "
        "envisaged for March."
    )
    assert {t[3] for t in _trips(sentence)} == {"announced"}


def test_visit_someday_put_off_to_a_later_date_is_postponed() -> None:
    """Counter-example: a planned trip moved to a later date keeps its plan and is postponed."""
    sentence = (
        "Beninese Foreign Minister Olushegun Adjadi Bakari's visit to Burkina Faso, planned for "
        "3 September, has been postponed to a later date."
    )
    assert _trips(sentence) == {("Olushegun Adjadi Bakari", "BF", "2025-09-03", "postponed")}


def test_visit_someday_call_after_a_postponement_is_no_visit() -> None:
    """A phone call that wishes the postponed trip 'as soon as the calendars allow' is the
    call's meeting, not a trip made on its day."""
    text = (
        "The working visit of the Foreign Minister of Benin, Olushegun Adjadi Bakari, who was "
        "due in Ouagadougou on 3 and 4 September, has been postponed to a later date.\n\n"
        "The Minister spoke by telephone with the Foreign Minister of Burkina Faso, Karamoko "
        "Jean-Marie Traoré, yesterday afternoon, and the two agreed that the visit should take "
        'place "as soon as the calendars allow".\n'
    )
    assert _trips(text) == {("Olushegun Adjadi Bakari", "BF", "2025-09-03", "postponed")}


def test_visit_someday_trip_made_beside_a_wish_is_a_visit() -> None:
    """Counter-example: the vague words are another plan's; the trip told with its day stays."""
    sentence = (
        "Beninese Foreign Minister Olushegun Adjadi Bakari visited Burkina Faso on Monday and "
        "the two sides agreed to meet again as soon as the calendars allow."
    )
    assert _trips(sentence) == {("Olushegun Adjadi Bakari", "BF", "2025-09-08", "happened")}
