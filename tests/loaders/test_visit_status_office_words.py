"""The "state" of an office ("head of state", "Secretary of State") gives no trip its type."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

FILED = datetime.date(2024, 3, 6)


def _types(text: str) -> list[tuple[str, str]]:
    return [(v.host_country, v.visit_type) for v in read(text, FILED).visits]


def test_visit_status_office_words_head_of_state_is_no_state_visit() -> None:
    text = (
        "French President Emmanuel Macron yesterday became the first French head of state "
        "to visit Fiji."
    )
    assert _types(text) == [("FJ", "unspecified")]
    assert _types("US Secretary of State Antony Blinken is to visit China next week.") == [
        ("CN", "unspecified")
    ]


def test_visit_status_office_words_the_trip_s_own_type_word_still_counts() -> None:
    assert _types("French President Emmanuel Macron paid a state visit to Fiji on Monday.") == [
        ("FJ", "state")
    ]
    text = "Kenyan Minister of State Jane Doe paid an official visit to Japan on Monday."
    assert _types(text) == [("JP", "official")]
