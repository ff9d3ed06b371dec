"""Some state agencies print the year slashed onto the day in their dateline ("Lusaka, March
4/2023 (Agency)"); the story is dated by it, so its "this morning" and "on Friday" fall on the
real calendar."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.read import make_document

_BODY = "The two foreign ministers met this morning and agreed to open a joint trade office."


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("Lusaka, March 4/2023 (ZANA)", datetime.date(2023, 3, 4)),
        ("Dodoma, Sept. 30/2021 (Wire)", datetime.date(2021, 9, 30)),
    ],
)
def test_read_slashed_datelines_date_the_story(dateline: str, day: datetime.date) -> None:
    document = make_document("t", "t", f"Ministers agree on office\n\n{dateline} {_BODY}\n")
    assert document.date == day


@pytest.mark.parametrize(
    "dateline",
    [
        # A two-day span slashed together carries no year.
        "Lusaka, March 4/5 (ZANA)",
        # A slash before a reference number is no year either.
        "Lusaka, March 4/12345 (ZANA)",
    ],
)
def test_read_slashed_datelines_without_a_year_leave_the_story_undated(dateline: str) -> None:
    document = make_document("t", "t", f"Ministers agree on office\n\n{dateline} {_BODY}\n")
    assert document.date is None


def test_read_slashed_datelines_a_slashed_date_inside_the_story_does_not_date_it() -> None:
    text = (
        f"Ministers agree on office\n\n{_BODY} The office follows a pact of March 4/2023.\n\n"
        f"{_BODY}\n"
    )
    assert make_document("t", "t", text).date is None
