"""Talks a retrospective tells right after a past visit known only by its month ("In August 2006
X became the first ... to set foot in Y. In the capital he held talks with Z") are dated by that
visit's month, not by the day the piece was written."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate

PIPELINE = default_pipeline()
WRITTEN = datetime.date(2022, 1, 26)


def _meeting_dates(text: str) -> list[PartialDate | None]:
    document = PIPELINE(Document("t", "t", text, date=WRITTEN))
    return [m.date for m in document.meetings]


def test_meeting_visits_background_months_talks_after_a_past_visit_take_its_month() -> None:
    text = (
        "In March 2005 President Ana Ruiz became the first Peruvian president to set foot in "
        "Japan. In Tokyo she held talks with Prime Minister Kenji Morita on fisheries."
    )
    assert _meeting_dates(text) == [PartialDate(2005, 3)]


def test_meeting_visits_background_months_a_visit_named_in_the_talks_sentence_dates_nothing() -> (
    None
):
    text = (
        "President Ana Ruiz, on her first trip to Japan since a visit in March 2005, held talks "
        "with Prime Minister Kenji Morita in Tokyo."
    )
    assert PartialDate(2005, 3) not in _meeting_dates(text)


def test_meeting_visits_background_months_talks_told_far_later_keep_their_own_date() -> None:
    filler = " ".join(["The two countries trade fish, copper and machinery."] * 10)
    text = (
        "In March 2005 President Ana Ruiz became the first Peruvian president to set foot in "
        f"Japan. {filler} In Tokyo she held talks with Prime Minister Kenji Morita."
    )
    assert PartialDate(2005, 3) not in _meeting_dates(text)
