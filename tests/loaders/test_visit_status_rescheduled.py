"""A visit the leaders agree to reschedule did not happen: it is postponed."""

from __future__ import annotations

from tests.loaders.reading import read

_HEAD = "Leaders call\nApril 9, 2024\n\nACCRA, April 9 - "


def _statuses(text: str) -> set[tuple[str, str]]:
    return {(v.host_country, v.status) for v in read(_HEAD + text).visits}


def test_visit_status_rescheduled_a_visit_to_reschedule_is_postponed() -> None:
    text = (
        "Ghanaian President Nana Akufo-Addo and Kenyan President William Ruto spoke by phone "
        "and agreed to reschedule Akufo-Addo's state visit to Kenya."
    )
    assert _statuses(text) == {("KE", "postponed")}


def test_visit_status_rescheduled_a_visit_not_moved_keeps_its_status() -> None:
    """Counter-example: a schedule of meetings is no rescheduled trip."""
    text = (
        "Ghanaian President Nana Akufo-Addo arrived in Kenya on Monday for a state visit, "
        "and aides set the schedule of his talks."
    )
    assert _statuses(text) == {("KE", "happened")}
