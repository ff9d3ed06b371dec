"""Talks dated by their place in a visit ("on the second day of the visit") fall on that day of
the visit, counted from its first day, as readouts and agency reports write a programme."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from dkg.loaders.document import PartialDate

PIPELINE = default_pipeline()


def _meeting_days(text: str) -> dict[tuple[str, ...], PartialDate | None]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 5)))
    return {m.participants: m.date for m in document.meetings}


def test_meeting_visit_days_the_second_day_follows_the_first() -> None:
    text = (
        "Kenyan President Samuel Otieno arrived in Hanoi on Monday, June 3, for a state visit "
        "to Vietnam. On the second day of the visit, Otieno held talks with Vietnamese Prime "
        "Minister Tran Van Minh at the Government Office."
    )
    assert _meeting_days(text) == {("samuel-otieno", "tran-van-minh"): PartialDate(2024, 6, 4)}


def test_meeting_visit_days_a_stated_date_is_kept() -> None:
    text = (
        "Kenyan President Samuel Otieno arrived in Hanoi on Monday, June 3, for a state visit "
        "to Vietnam. On the second day of the visit he laid a wreath, and on Wednesday, June 5, "
        "Otieno held talks with Vietnamese Prime Minister Tran Van Minh."
    )
    assert _meeting_days(text) == {("samuel-otieno", "tran-van-minh"): PartialDate(2024, 6, 5)}


def test_meeting_visit_days_the_final_day_is_the_visit_s_last() -> None:
    text = (
        "Kenyan President Samuel Otieno paid a state visit to Vietnam from June 3 to 5. On the "
        "final day of the visit, Otieno held talks with Vietnamese Prime Minister Tran Van Minh."
    )
    assert _meeting_days(text) == {("samuel-otieno", "tran-van-minh"): PartialDate(2024, 6, 5)}
