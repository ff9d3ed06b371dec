"""A trip announced with "come to" ("will come to Chile early next year") is a visit, as "came
to" already was (issue 4); "come to" an agreement, to terms or to rely on someone is no trip."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read, visits

_DAY = datetime.date(2024, 10, 2)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Spanish Prime Minister Pedro Sanchez said he will come to Chile early next year.",
            ("Pedro Sanchez", "CL", "2025"),
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev is expected to come to Hungary in May.",
            ("Kassym-Jomart Tokayev", "HU", "2025-05"),
        ),
    ],
)
def test_visit_cues_coming_trip_is_a_visit(sentence: str, expected: tuple[str, str, str]) -> None:
    assert dated_visits(read(sentence, _DAY)) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Spanish Prime Minister Pedro Sanchez said Spain and Chile had come to an agreement on "
        "fisheries.",
        "Spanish Prime Minister Pedro Sanchez said Spain had come to rely on Chile for copper.",
        "Spanish Prime Minister Pedro Sanchez urged Chile to come to terms with its neighbours.",
    ],
)
def test_visit_cues_come_to_something_else_is_no_visit(sentence: str) -> None:
    """Counter-example: "come to" followed by no place."""
    assert visits(read(sentence, _DAY)) == set()
