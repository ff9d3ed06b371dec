"""A plan's weekday, told after the plan was called off ("which had been planned for Thursday,
has been called off"), lies ahead of the filing day: the plan was made for a day to come."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates

TUESDAY = datetime.date(2025, 1, 14)


def _days(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, TUESDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A trip by the Emir to Muscat, which had been planned for Thursday, has been "
            "called off.",
            ["2025-01-16"],
        ),
        ("The summit had been scheduled for Friday but was put off.", ["2025-01-17"]),
        # Near misses: a day of the past told without a plan stays behind the filing day.
        ("The Emir flew to Muscat on Thursday and was received by the Sultan.", ["2025-01-09"]),
        ("The talks planned by both sides took place on Thursday.", ["2025-01-09"]),
    ],
)
def test_date_tense_plans_called_off_weekday_lies_ahead(text: str, expected: list[str]) -> None:
    assert _days(text) == expected
