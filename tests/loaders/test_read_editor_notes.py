"""A translator's note or an unnamed byline between the headline and the dateline does not
hide the dateline's date, so days told relative to it get their year."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.read import make_document
from tests.loaders.reading import dated_visits, read


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Senegal and Gambia renew river pact\n\n[Translated from French]\n\n"
            "By our correspondent\n\nDAKAR, Tuesday 9 May 2023 - The two presidents met.",
            datetime.date(2023, 5, 9),
        ),
        (
            "Kyiv Daily\nPoland pledges grain corridor\n(Unofficial translation)\n"
            "By a Staff Reporter\nKYIV, June 14, 2024 - The ministers spoke for an hour.",
            datetime.date(2024, 6, 14),
        ),
        (
            "Manila hosts Jakarta\n\nBy our correspondent in Manila\n\n"
            "MANILA, 2 February 2022 - The foreign ministers met.",
            datetime.date(2022, 2, 2),
        ),
    ],
)
def test_read_editor_notes_keep_the_dateline_date(text: str, date: datetime.date) -> None:
    assert make_document("t", "t", text).date == date


def test_read_editor_notes_give_a_relative_day_its_year() -> None:
    text = (
        "Ghana and Togo talk trade\n\n[Translated from French]\n\nBy our correspondent\n\n"
        "LOME, Friday 3 March 2023 - Ghanaian President Kofi Mensah arrived in Togo on "
        "Thursday for a two-day visit."
    )
    assert dated_visits(read(text)) == {("Kofi Mensah", "TG", "2023-03-02")}


@pytest.mark.parametrize(
    "text",
    [
        # a bracketed note does not make a later paragraph's dateline the story's
        "Talks in Lima\n\n[Translated from Spanish]\n\nThe ministers met for two hours.\n\n"
        "LIMA, May 3, 2024 - a second paragraph.",
        # a bracketed aside in the story's text is no note above it
        "Talks in Lima\n\nThe ministers met. (Both sides agreed.)\n\n[Photo]\n\n"
        "LIMA, May 3, 2024 - a later paragraph.",
    ],
)
def test_read_editor_notes_do_not_date_from_below_the_story(text: str) -> None:
    assert make_document("t", "t", text).date is None
