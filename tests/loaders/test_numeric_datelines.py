"""A dateline dated in figures dates the story, day first unless it was filed from the United
States; a figure above 12 is the day wherever it was filed."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import PartialDate
from dkg.loaders.pipeline import default_pipeline
from dkg.loaders.steps.read import make_document

_BODY = "The visiting minister held talks yesterday with his counterpart on fisheries."


def _date(dateline: str, body: str = _BODY) -> datetime.date | None:
    return make_document("t", "t", f"Ministers hold talks\n\n{dateline} {body}\n").date


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("DAKAR, 05/03/2024 (APS) -", datetime.date(2024, 3, 5)),
        ("Windhoek, 11.10.2022 (NAMPA) -", datetime.date(2022, 10, 11)),
        ("Kigali, 9-6-2023 \u2013", datetime.date(2023, 6, 9)),
        ("Baku, 30/04/2021 (Trend) --", datetime.date(2021, 4, 30)),
        # A figure above 12 is the day, first or second.
        ("Houston, 04/27/2024 (Wire) -", datetime.date(2024, 4, 27)),
        ("Lima, 27/04/2024 -", datetime.date(2024, 4, 27)),
    ],
)
def test_numeric_datelines_date_the_story_day_first(dateline: str, day: datetime.date) -> None:
    assert _date(dateline) == day


def test_numeric_datelines_filed_from_the_united_states_read_month_first() -> None:
    assert _date("Chicago, 05/03/2024 (Wire) -") == datetime.date(2024, 5, 3)


def test_numeric_datelines_resolve_yesterday_to_the_day_before() -> None:
    text = (
        "Leaders meet\n\nACCRA, 14.06.2023 (GNA) - Ghanaian President Nana Akufo-Addo met "
        "yesterday with Togolese President Faure Gnassingbe at the Jubilee House.\n"
    )
    document = default_pipeline()(make_document("t", "t", text))
    assert [m.date for m in document.meetings] == [PartialDate(2023, 6, 13)]


@pytest.mark.parametrize(
    "text",
    [
        # A figure date inside the story's sentence is no dateline.
        "Ministers hold talks\n\nThe accord signed on 05/03/2024 enters into force in May.\n",
        # A reference number or a score is not a day.
        "Ministers hold talks\n\nCircular, 12/34/2024 - The ministry amended its rules.\n",
        "Ministers hold talks\n\nDAKAR, 05/03/20245 - The ministry amended its rules.\n",
        # A date followed by more of the sentence is no dateline either.
        "Ministers hold talks\n\nOn Friday, 05/03/2024 was declared a holiday in Senegal.\n",
    ],
)
def test_numeric_datelines_other_figures_leave_the_story_undated(text: str) -> None:
    assert make_document("t", "t", text).date is None
