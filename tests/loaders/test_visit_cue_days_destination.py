"""An undated departure takes the days of what the traveller does at the destination ("left
for Japan, where he will attend the summit in Osaka on 4-5 May, before travelling to Seoul on 6
May"): the first leg gets its own days and the next leg keeps its own."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 5, 1)
BEFORE = "President Gabriel Boric of Chile ended his visit to Vietnam on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "He then left for Japan, where he will attend the summit in Osaka on 4-5 May, before"
        " travelling to Seoul, South Korea, on 6 May.",
        "He later left for Japan, where he is to open a trade fair in Osaka on 4 May, and then"
        " flies to Seoul on 6 May.",
    ],
)
def test_visit_cue_days_destination_each_leg_its_own_day(sentence: str) -> None:
    found = dated_visits(read(BEFORE + sentence, FILED))
    assert ("Gabriel Boric", "JP", "2025-05-04") in found
    assert ("Gabriel Boric", "KR", "2025-05-06") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause about others there, or a sentence of its own, dates no leg
        "He then left for Japan, where officials said on 4 May that talks would be hard.",
        "He then left for Japan; the summit there opens on 4 May.",
        # the clause's day belongs to the next leg
        "He then left for Japan, where he will rest before flying to Seoul on 6 May.",
    ],
)
def test_visit_cue_days_destination_only_the_stay_there(sentence: str) -> None:
    found = dated_visits(read(BEFORE + sentence, FILED))
    assert not any(host == "JP" and day for _, host, day in found)
