""" "Stepped off the plane" is an arrival, like "landed": a guest who "stepped off the plane on
Sunday morning" where the story is filed from arrived that Sunday, which was left unread and
the visit dated by the filing day (issue 4, arrival dates)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

_MONDAY = datetime.date(2025, 10, 20)


def test_visit_cues_stepping_off_the_plane_dates_the_arrival() -> None:
    text = (
        "MAPUTO, 20 October 2025 - Namibian President Netumbo Nandi-Ndaitwah is on a state visit "
        "to Mozambique. Nandi-Ndaitwah stepped off the plane on Sunday morning and was met by "
        "ministers.\n"
    )
    assert dated_visits(read(text, _MONDAY)) == {("Netumbo Nandi-Ndaitwah", "MZ", "2025-10-19")}


def test_visit_cues_stepping_off_the_plane_in_a_named_city() -> None:
    text = "Slovak Prime Minister Robert Fico stepped off his plane in Hanoi on Saturday.\n"
    assert dated_visits(read(text, _MONDAY)) == {("Robert Fico", "VN", "2025-10-18")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Slovak Prime Minister Robert Fico stepped off the stage in Bratislava after his speech.",
        "Slovak Prime Minister Robert Fico stepped down as party chief in Bratislava on Friday.",
        "Slovak Prime Minister Robert Fico said Hanoi had stepped off the path of reform.",
    ],
)
def test_visit_cues_stepping_off_something_else_is_no_arrival(sentence: str) -> None:
    """Counter-example: stepping off a stage, down from a post or off a path is no trip."""
    assert dated_visits(read(sentence + "\n", _MONDAY)) == set()
