"""A visit named after "ahead of" is still to come, and a country's possessive after the
destination ("a visit to Japan, Chile's envoy said") is whose envoy, not a further stop."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

DAY = datetime.date(2024, 6, 3)


def _trips(text: str) -> set[tuple[str | None, str, str]]:
    return {(r.visitor, r.host_country, r.status) for r in visit_rows(text, DAY)}


def test_visit_status_visit_named_after_ahead_of_is_announced() -> None:
    text = (
        "Ahead of President Gabriel Boric's state visit to Japan, the two sides finished a "
        "trade study."
    )
    assert _trips(text) == {("Gabriel Boric", "JP", "announced")}


def test_visit_status_visit_in_the_run_up_is_announced() -> None:
    text = "In the run-up to President Gabriel Boric's visit to Japan, ministers met in Tokyo."
    assert ("Gabriel Boric", "JP", "announced") in _trips(text)


def test_visit_status_visit_told_plainly_still_happened() -> None:
    text = "President Gabriel Boric of Chile paid a state visit to Japan on Monday."
    assert _trips(text) == {("Gabriel Boric", "JP", "happened")}


def test_visit_status_possessive_country_after_the_destination_is_no_stop() -> None:
    text = (
        "Ahead of President Gabriel Boric's state visit to Japan, Chile's ambassador in Tokyo "
        "spoke to reporters."
    )
    assert {host for _, host, _ in _trips(text)} == {"JP"}
