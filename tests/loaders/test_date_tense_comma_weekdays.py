"""A weekday set off by commas right after its verb ("received, Sunday at the palace, the
envoy"), as translated wires write it, is the day of that verb (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates

_THURSDAY = datetime.date(2024, 3, 14)


def _dates(text: str) -> list[str]:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    return [mention.start.lexical for mention in find_dates(sentence, _THURSDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The head of state received, Sunday at the palace, the envoy of Peru.", "2024-03-10"),
        ("The prime minister welcomed, Tuesday in Dakar, his Malian counterpart.", "2024-03-12"),
        ("The two ministers signed, Monday, a memorandum on fisheries.", "2024-03-11"),
    ],
)
def test_date_tense_comma_weekdays_after_a_past_verb_are_its_day(text: str, expected: str) -> None:
    assert _dates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A weekday after a comma that follows no verb is not the day of anything told.
        "The talks took place in Lima, Sunday being a public holiday there.",
        "Ministers from Chile, Peru and Bolivia attended, Sundays excepted.",
    ],
)
def test_date_tense_comma_weekdays_without_a_verb_before_name_no_day(text: str) -> None:
    assert _dates(text) == []
