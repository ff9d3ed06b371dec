"""'the visit to Japan by the Indonesian President in 2019' was made by whoever held the post
then: a bare title on a trip of an earlier year is not the holder the story names (issue 4)."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

_DAY = datetime.date(2025, 5, 14)
_OPENING = "Indonesian President Prabowo Subianto arrived in Tokyo on Monday. "


def test_visit_visitors_title_after_by_on_an_earlier_trip_is_not_todays_holder() -> None:
    text = (
        _OPENING + "It was the first such trip since the visit to Japan by the Indonesian"
        " President in 2019.\n"
    )
    found = dated_visits(read(text, _DAY))
    assert found == {("Prabowo Subianto", "JP", "2025-05-12")}


def test_visit_visitors_title_as_subject_of_an_earlier_trip_is_the_holder() -> None:
    """Counter-example: "The President had last visited" tells the named holder's own trip."""
    text = _OPENING + "The President had last visited Japan in 2019.\n"
    assert ("Prabowo Subianto", "JP", "2019") in dated_visits(read(text, _DAY))


def test_visit_visitors_title_after_by_on_this_years_trip_is_the_holder() -> None:
    """Counter-example: the trip under way, told by title, is still the holder's."""
    text = _OPENING + "The visit to Japan by the Indonesian President ends on Wednesday.\n"
    assert dated_visits(read(text, _DAY)) == {("Prabowo Subianto", "JP", "2025-05-12")}
