""" "The leaders first met in June on the sidelines of ..." tells an earlier meeting of the
story's two leaders; "the leaders gathered" at a summit, many leaders, does not."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

DAY = datetime.date(2025, 11, 20)

TALKS = (
    "President Karin Lindqvist of Sweden held talks with President Dilma Ferreira of Brazil in "
    "Stockholm on Thursday.\n\n"
)


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return dated_meetings(read(text, DAY))


def test_meetings_leaders_first_met_on_the_sidelines_is_an_earlier_meeting() -> None:
    text = TALKS + "The leaders first met in June on the sidelines of the G20 summit in Rio."
    assert _meetings(text) == [
        (["Dilma Ferreira", "Karin Lindqvist"], "2025-11-20"),
        (["Dilma Ferreira", "Karin Lindqvist"], "2025-06"),
    ]


def test_meetings_leaders_last_met_is_an_earlier_meeting() -> None:
    text = TALKS + "The leaders last met in September at the UN General Assembly in New York."
    assert _meetings(text) == [
        (["Dilma Ferreira", "Karin Lindqvist"], "2025-11-20"),
        (["Dilma Ferreira", "Karin Lindqvist"], "2025-09"),
    ]


def test_meetings_leaders_gathered_at_a_summit_is_no_pair_meeting() -> None:
    text = TALKS + "The leaders gathered in June for the G20 summit in Rio."
    assert _meetings(text) == [(["Dilma Ferreira", "Karin Lindqvist"], "2025-11-20")]
