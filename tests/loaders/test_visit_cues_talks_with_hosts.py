"""Talks "with his hosts in" a city tell a guest's visit there, though no arrival, trip or
visit is named and the host is not."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FILED = datetime.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uruguayan President Yamandu Orsi is touring Asia this month. The President held"
            " talks with his host in Seoul on Monday.",
            [("Yamandu Orsi", "KR", "2025-03-10", "happened")],
        ),
        (
            "Norwegian Prime Minister Jonas Gahr Store held talks with his Polish hosts in"
            " Warsaw on Tuesday, his office said.",
            [("Jonas Gahr Store", "PL", "2025-03-11", "happened")],
        ),
        (
            "Thai Foreign Minister Maris Sangiampongsa will hold talks with her hosts in"
            " Canberra on Friday.",
            [("Maris Sangiampongsa", "AU", "2025-03-14", "announced")],
        ),
    ],
)
def test_visit_cues_talks_with_hosts_tell_the_guest_visit(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    rows = visit_rows(text, FILED)
    assert [(r.visitor, r.host_country, r.start, r.status) for r in rows] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Talks by video link with a host far away: no one travelled.
        "Norwegian Prime Minister Jonas Gahr Store held video talks with his hosts in Warsaw"
        " on Tuesday.",
        # Talks in the guest's own capital are no trip abroad.
        "Norwegian Prime Minister Jonas Gahr Store held talks with his hosts in Oslo on Tuesday.",
        # A host of an event, not a guest's host: "hosts" is no cue without "talks with".
        "Polish officials said the hosts in Warsaw were ready for the summit on Tuesday.",
    ],
)
def test_visit_cues_talks_with_hosts_other_talks_tell_no_visit(text: str) -> None:
    assert visit_rows(text, FILED) == []
