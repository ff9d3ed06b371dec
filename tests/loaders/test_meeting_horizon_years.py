"""A year that sets a horizon ("a plan of cooperation until 2030") is not the year of the talks
that adopted it; a year the talks were held in is."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate

PIPELINE = default_pipeline()


def _dates(text: str) -> list[PartialDate | None]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 3, 21)))
    return [m.date for m in document.meetings]


def test_meeting_horizon_years_a_plan_until_a_year_does_not_date_the_talks() -> None:
    text = (
        "After talks in Astana, President Aliya Nurova and President Tomas Berg signed a "
        "roadmap of trade cooperation until 2030."
    )
    assert _dates(text) == [PartialDate(2023, 3, 21)]


def test_meeting_horizon_years_talks_held_in_a_year_keep_it() -> None:
    text = "President Aliya Nurova met President Tomas Berg in Astana in 2019."
    assert _dates(text) == [PartialDate(2019)]
