"""A welcome and, in a clause of its own after a time phrase, talks of the guest with a third
person ("X welcomed the President, and in the afternoon President A held talks with B") are
two meetings, each with the guest: B never met X (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 6, 20)


def _meetings(text: str) -> set[tuple[str, ...]]:
    return {tuple(m) for m in meetings(read(text, _DAY))}


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June Queen Astrid welcomed the President at the Royal Palace, and in the "
        "afternoon President Karin Ulm held talks with Prime Minister Ola Berg.",
        "Queen Astrid received the President on Wednesday, and on Thursday President Karin "
        "Ulm held summit talks with Prime Minister Ola Berg.",
        "Queen Astrid welcomed the President, and after the ceremony President Karin Ulm met "
        "Prime Minister Ola Berg.",
    ],
)
def test_meeting_counterparts_timed_clauses_each_meets_the_guest(text: str) -> None:
    found = _meetings(text)
    assert ("Karin Ulm", "Ola Berg") in found
    assert ("Astrid", "Ola Berg") not in found


def test_meeting_counterparts_timed_clauses_named_object_stays_the_subjects() -> None:
    """Counter-example: no name between the time phrase and the verb, so the host of both
    verbs is the sentence's subject; the guest of the first is not the second's."""
    text = (
        "Queen Astrid welcomed Prime Minister Ola Berg and on Thursday held talks with "
        "President Karin Ulm."
    )
    found = _meetings(text)
    assert ("Astrid", "Karin Ulm") in found
    assert ("Karin Ulm", "Ola Berg") not in found
