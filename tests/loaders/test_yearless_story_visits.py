"""A story whose dateline gives a day without a year ("RIGA, Latvia, March 14.") still dates
its own talks and the visit they belong to, apart from an earlier visit it dates with a
year: months lie between them whatever the story's year."""

from __future__ import annotations

from tests.loaders.reading import dated_meetings, dated_visits, read

_STORY = (
    "RIGA, Latvia, March 14. Latvia and Moldova have signed six documents during the official "
    "visit of Moldovan President Maia Sandu to Riga, the agency reports.\n\n"
    "Latvian President Edgars Rinkevics and Maia Sandu held talks at Riga Castle earlier "
    "today.\n\n"
    "Sandu last visited Latvia in September 2019."
)


def test_yearless_story_visits_the_dateline_closed_by_a_stop_dates_the_talks() -> None:
    assert dated_meetings(read(_STORY)) == [(["Edgars Rinkevics", "Maia Sandu"], "--03-14")]


def test_yearless_story_visits_keep_the_visit_of_the_talks_apart_from_an_earlier_one() -> None:
    assert dated_visits(read(_STORY)) == {
        ("Maia Sandu", "LV", "--03-14"),
        ("Maia Sandu", "LV", "2019-09"),
    }
