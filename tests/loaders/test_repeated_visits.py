"""A retrospective repeats a visit without a verb: "visited Lima in May 2010, and again in June
2015" is two trips; "again" without a date, or two dates without "again", is not."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate

PIPELINE = default_pipeline()


def _starts(text: str) -> list[PartialDate | None]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2022, 1, 26)))
    return sorted((v.start for v in document.visits if v.start), key=lambda d: d.lexical)


def test_repeated_visits_and_again_in_a_date_is_a_second_visit() -> None:
    text = "President Ana Ruiz visited Japan in May 2010, and again in June 2015."
    assert _starts(text) == [PartialDate(2010, 5), PartialDate(2015, 6)]


def test_repeated_visits_again_without_a_date_is_no_second_visit() -> None:
    text = "President Ana Ruiz visited Japan in May 2010 and met Prime Minister Kenji Morita again."
    assert _starts(text) == [PartialDate(2010, 5)]


def test_repeated_visits_a_date_that_is_no_repeat_is_no_second_visit() -> None:
    text = (
        "President Ana Ruiz visited Japan in May 2010, and the two countries agreed in June "
        "2015 to extend the accord."
    )
    assert _starts(text) == [PartialDate(2010, 5)]


def test_repeated_visits_and_again_in_a_bare_year_is_a_second_visit() -> None:
    # Issue 4: a year alone ("in 1960") is read with its "in", which must still join it.
    text = "King Baudouin of Belgium went to Zaire in 1970 and again in 1985."
    assert _starts(text) == [PartialDate(1970), PartialDate(1985)]


def test_repeated_visits_two_bare_years_without_again_are_one_visit() -> None:
    text = "King Baudouin of Belgium went to Zaire in 1970 and spoke of its future in 1985."
    assert _starts(text) == [PartialDate(1970)]
