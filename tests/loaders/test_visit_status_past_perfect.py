"""A trip told in the past perfect ("who had visited Kinshasa in November 2022 to attend a
summit") was made, even when the sentence goes on about a trip still to come."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Document
from tests.loaders.reading import read

FILED = datetime.date(2025, 6, 14)
DATELINE = "LUSAKA, 14 June 2025 - "


def _statuses(document: Document) -> set[tuple[str, str | None, str]]:
    names = {p.key: p.name for p in document.people}
    return {
        (names[v.visitor], v.start.lexical if v.start else None, v.status) for v in document.visits
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "President Hakainde Hichilema of Zambia, who had visited Harare in March 2023 to open a"
        " bridge, will go back there next month.",
        "President Hakainde Hichilema of Zambia, who had already travelled to Harare in March"
        " 2023 for a summit, is expected to return next month.",
    ],
)
def test_visit_status_past_perfect_trip_happened(sentence: str) -> None:
    assert ("Hakainde Hichilema", "2023-03", "happened") in _statuses(
        read(DATELINE + sentence, FILED)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # "had" followed by other words: a plan, not a trip made
        "President Hakainde Hichilema of Zambia had planned to visit Harare in March 2026.",
        "President Hakainde Hichilema of Zambia had been due to visit Harare in March 2026.",
    ],
)
def test_visit_status_past_perfect_not_a_plan(sentence: str) -> None:
    found = _statuses(read(DATELINE + sentence, FILED))
    assert not any(status == "happened" for _, _, status in found)
