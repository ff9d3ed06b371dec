"""A trip told with a next step joined by "and" in its own future ("arrived in Gaborone on
Monday and will travel on to Lusaka") happened; the future is the next step's. A trip whose
own verb is future stays announced."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read


def _statuses(text: str) -> set[tuple[str, str]]:
    document = read(text, datetime.date(2025, 9, 3))
    return {(v.host_country, v.status) for v in document.visits}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan President Amani Otieno arrived in Gaborone on Monday and will travel on to "
            "Lusaka on Thursday.",
            {("BW", "happened"), ("ZM", "announced")},
        ),
        (
            "Peruvian Foreign Minister Rosa Quispe landed in Quito on Sunday and is expected to "
            "sign a border accord.",
            {("EC", "happened")},
        ),
        # the trip's own verb is future: the joined step does not make it happened
        (
            "Kenyan President Amani Otieno will visit Gaborone on Friday and will meet "
            "the cabinet.",
            {("BW", "announced")},
        ),
        (
            "Peruvian Foreign Minister Rosa Quispe is due in Quito on Friday and plans to "
            "visit the border.",
            {("EC", "announced")},
        ),
    ],
)
def test_visit_status_joined_futures_belong_to_the_next_step(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _statuses(text) == expected
