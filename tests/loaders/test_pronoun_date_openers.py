"""A "he"/"she" after a date that opens the sentence without a comma ("On 3 March she came to
Accra", "In 2019 he flew to Lima") is the person the story is about, as after "On Monday" or
"On 3 March," (issue 4): the earlier trip it tells was lost."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read, visits

_DAY = datetime.date(2024, 10, 2)
_OPENING = "Danish Prime Minister Mette Frederiksen is touring East Africa this week. "


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("On 3 March she came to Accra to press for a migration deal.", "2024-03-03"),
        ("On March 3 she travelled to Accra.", "2024-03-03"),
        ("On 3 March 2022 she travelled to Accra.", "2022-03-03"),
        ("In 2019 she flew to Accra for talks on migration.", "2019"),
    ],
)
def test_pronoun_date_openers_earlier_trip_is_the_subjects(sentence: str, day: str) -> None:
    document = read(_OPENING + sentence + "\n", _DAY)
    assert ("Mette Frederiksen", "GH", day) in dated_visits(document)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 March Sheikha Lulwa travelled to Accra.",
        "In 2019 Shell sent engineers to Accra.",
    ],
)
def test_pronoun_date_openers_no_pronoun_no_trip_of_hers(sentence: str) -> None:
    """Counter-example: a word that only begins with "he"/"she" is no pronoun."""
    assert ("Mette Frederiksen", "GH") not in visits(read(_OPENING + sentence + "\n", _DAY))
