"""Talks still to come on the programme of a stay ("During his stay, X will call on Y") are the
meetings of a visit under way, and none of a visit only announced."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

DAY = datetime.date(2025, 8, 6)
_CALL = (
    "During her stay, President Murmu will call on the Governor-General at Government House "
    "on Friday."
)


def test_meetings_stay_programme_of_a_visit_under_way_is_a_meeting() -> None:
    text = (
        "Indian President Droupadi Murmu arrived in Canberra on Wednesday for a state visit at "
        "the invitation of Governor-General Sam Mostyn. " + _CALL
    )
    assert dated_meetings(read(text, DAY)) == [(["Droupadi Murmu", "Sam Mostyn"], "2025-08-08")]


def test_meetings_stay_programme_of_a_visit_announced_is_none() -> None:
    # near-miss: the same programme line, the visit still to come
    text = (
        "Indian President Droupadi Murmu will pay a state visit to Australia next week at the "
        "invitation of Governor-General Sam Mostyn. " + _CALL
    )
    assert dated_meetings(read(text, DAY)) == []


def test_meetings_stay_programme_a_future_without_the_stay_is_no_meeting() -> None:
    # near-miss: a visit under way, but talks to come told with no programme of the stay
    text = (
        "Indian President Droupadi Murmu arrived in Canberra on Wednesday for a state visit at "
        "the invitation of Governor-General Sam Mostyn. Next year President Murmu will call on "
        "the Governor-General again."
    )
    assert dated_meetings(read(text, DAY)) == []


def test_meetings_stay_programme_told_held_needs_no_visit_under_way() -> None:
    # near-miss: the stay's programme told in the past is talks held, visit read or not
    text = (
        "During her stay, President Droupadi Murmu called on Governor-General Sam Mostyn at "
        "Government House on Friday, 1 August."
    )
    assert dated_meetings(read(text, DAY)) == [(["Droupadi Murmu", "Sam Mostyn"], "2025-08-01")]
