"""A weekday after a present-tense programme verb in its own clause ("The emir lands in Lima on
Friday") is a day still to come, as news tells plans in the present; a past verb after it, or
a past clause, keeps the day before the filing day."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates
from tests.loaders.reading import dated_visits, read

TUESDAY = datetime.date(2025, 6, 10)


def _days(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [m.start.lexical for m in find_dates(sentence, TUESDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The king arrives on Thursday for a three-day state visit.", ["2025-06-12"]),
        ("The emir lands in Lima on Friday, the palace said.", ["2025-06-13"]),
        ("Chancellor Weber signs the accord in Hanoi on Saturday.", ["2025-06-14"]),
        ("The summit begins on Wednesday in Addis Ababa.", ["2025-06-11"]),
        # past verbs, or a past verb after the present one, keep the day behind
        ("The king arrived on Thursday for a three-day state visit.", ["2025-06-05"]),
        ("The envoy holds the post he took up on Monday.", ["2025-06-09"]),
        ("The emir, who lands often in Lima, was received on Friday.", ["2025-06-06"]),
    ],
)
def test_date_tense_present_plans_place_the_weekday(text: str, expected: list[str]) -> None:
    assert _days(text) == expected


def test_date_tense_present_plans_date_the_coming_visit() -> None:
    text = "President Ana Kovac of Croatia arrives in Japan on Thursday for a visit."
    assert dated_visits(read(text, TUESDAY)) == {("Ana Kovac", "JP", "2025-06-12")}
