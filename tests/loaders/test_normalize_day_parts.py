"""Parts of the filed day: "this morning", "this afternoon", "tonight" are the dateline's day."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Sentence, TextSpan
from dkg.loaders.steps.normalize import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "The two prime ministers held talks at Parliament House this morning.",
        "This afternoon the foreign ministers of Chile and Peru signed the accord.",
        "The Emir will host a state banquet for his guest tonight.",
        "This evening President Ruto laid a wreath at the memorial.",
        "Tonight the Sultan hosts his guests at the palace.",
    ],
)
def test_normalize_part_of_the_filed_day_is_that_day(text: str) -> None:
    sentence = Sentence(TextSpan(0, len(text)), text, 0)
    found = find_dates(sentence, datetime.date(2023, 1, 12))
    assert [m.start.lexical for m in found] == ["2023-01-12"]
