"""Whether a visit happened, as of the day the text was filed: a dated heading of a trip not yet
begun is an announcement, and a guest who arrived and "will leave" tonight has made the trip."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

FILED = datetime.date(2025, 9, 1)


def _statuses(text: str) -> set[tuple[str, str | None, str]]:
    document = read(text, FILED)
    names = {p.key: p.name for p in document.people}
    return {
        (names[v.visitor], v.start.lexical if v.start else None, v.status) for v in document.visits
    }


def test_visit_status_as_of_filing_dated_heading_of_a_coming_trip_is_announced() -> None:
    text = (
        "Official visit of President Gitanas Nauseda of Lithuania to Portugal, 8-10 September"
        " 2025\n\nPresident Gitanas Nauseda of Lithuania will pay an official visit to Portugal,"
        " his office said."
    )
    assert _statuses(text) == {("Gitanas Nauseda", "2025-09-08", "announced")}


@pytest.mark.parametrize(
    "text",
    [
        # the heading of a trip that has begun, or was made before the text
        "Official visit of President Gitanas Nauseda of Lithuania to Portugal, 1-3 September"
        " 2025\n\nPresident Gitanas Nauseda of Lithuania arrived in Lisbon on Monday.",
        "Official visit of President Gitanas Nauseda of Lithuania to Portugal, 4-6 June 2025"
        "\n\nThe talks covered trade.",
        # a sentence with a tense of its own keeps it, whatever day the text is dated
        "King Felipe received on Monday, 8 September 2025, President Gitanas Nauseda of"
        " Lithuania, who is paying an official visit to Spain.",
    ],
)
def test_visit_status_as_of_filing_trip_begun_stays_happened(text: str) -> None:
    assert {status for _, _, status in _statuses(text)} == {"happened"}


@pytest.mark.parametrize(
    "sentence",
    [
        "President Gitanas Nauseda of Lithuania arrived in Lisbon on Saturday night and will"
        " leave this evening.",
        "President Gitanas Nauseda of Lithuania landed in Lisbon on Saturday and is to meet"
        " the prime minister tomorrow.",
    ],
)
def test_visit_status_as_of_filing_arrival_with_a_later_plan_happened(sentence: str) -> None:
    assert _statuses(sentence) == {("Gitanas Nauseda", "2025-08-30", "happened")}


@pytest.mark.parametrize(
    "sentence",
    [
        "President Gitanas Nauseda of Lithuania will visit Portugal on Thursday and will meet"
        " the prime minister.",
        "President Gitanas Nauseda of Lithuania is to travel to Portugal on Thursday and is to"
        " meet the prime minister.",
    ],
)
def test_visit_status_as_of_filing_trip_still_to_come_is_announced(sentence: str) -> None:
    assert {status for _, _, status in _statuses(sentence)} == {"announced"}
