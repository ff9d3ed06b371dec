"""A byline between the headline and the dateline does not hide the dateline's date."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.read import make_document


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Harris opens Africa tour in Accra\n\nBy Kwame Asante-Boakye\n\n"
            "ACCRA, March 27, 2023 — The vice-president held talks on Monday.",
            datetime.date(2023, 3, 27),
        ),
        (
            "Nordic leaders meet in Reykjavik\nBy Anna Sigurdardottir\n"
            "REYKJAVIK, Oct. 31, 2023 (Wire) — The prime ministers of five countries met.",
            datetime.date(2023, 10, 31),
        ),
    ],
)
def test_read_byline_before_a_dated_dateline(text: str, date: datetime.date) -> None:
    assert make_document("t", "t", text).date == date


def test_read_a_byline_is_not_a_dateline_and_a_later_paragraph_is_not_either() -> None:
    text = (
        "Talks in Lima\n\nBy Maria Quispe\n\nThe ministers met for two hours.\n\n"
        "LIMA, May 3, 2024 — a second paragraph."
    )
    assert make_document("t", "t", text).date is None
