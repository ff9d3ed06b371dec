"""The speaker who reports a trip without "that" ("Spokesman X said Putin had accepted an
invitation to visit Iran") does not make it; the one the reported clause names does."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _visits(text: str) -> list[tuple[str, str, str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2025, 2, 3)))
    names = {p.key: p.name for p in document.people}
    return [(names[v.visitor], v.host_country, v.status) for v in document.visits]


def test_reporting_subjects_without_that_the_reported_person_travels() -> None:
    text = (
        "President Omar Saleh held talks with the Moroccan envoy in Tunis on Monday. "
        "Presidential Spokesman Karim Haddad said Saleh had accepted an invitation to visit "
        "Morocco, without naming dates."
    )
    assert _visits(text) == [("Omar Saleh", "MA", "announced")]


def test_reporting_subjects_without_that_a_speaker_abroad_still_travels() -> None:
    """Counter-example: "said in Rabat" opens no reported clause; the speaker is the visitor."""
    text = (
        "Foreign Minister Karim Haddad said in Rabat on Monday, during an official visit to "
        "Morocco, that ties were excellent."
    )
    assert [v[0:2] for v in _visits(text)] == [("Karim Haddad", "MA")]
