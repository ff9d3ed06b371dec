"""Talks a report gives no day of their own, filed on a later day of a visit under way, are the
talks of the report's day; talks told right after a day the story names, or reported after the
visit is over, keep that day or the visit's first day."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read


def _talks_days(text: str, filed: datetime.date) -> list[str | None]:
    return [m.date.lexical if m.date else None for m in read(text, filed).meetings]


_ARRIVAL = (
    "President Elena Rojas of Chile arrived in Accra on Thursday (June 5) for a three-day "
    "state visit to Ghana. Three accords have since been concluded: they open Ghanaian waters "
    "to Chilean research vessels, set up a joint body on lithium and gold mining, and let tour "
    "operators of both countries sell each other's packages. Ministers of the two countries "
    "put their names to the texts at the Foreign Ministry, where a choir sang both national "
    "anthems and the two flags flew side by side over the courtyard. Business leaders from "
    "both countries followed the ceremony from the gallery. "
)


def test_meeting_visits_filed_day_untold_talks_are_on_the_reports_day() -> None:
    text = _ARRIVAL + (
        "After his discussions with President Rojas, President John Mensah of Ghana told "
        "reporters that cocoa processing would be the next field of work."
    )
    assert _talks_days(text, datetime.date(2025, 6, 6)) == ["2025-06-06"]


def test_meeting_visits_filed_day_talks_right_after_a_told_day_keep_it() -> None:
    text = (
        "President Elena Rojas of Chile arrived in Accra on Thursday (June 5) for a state visit. "
        "President John Mensah of Ghana then held talks with President Rojas at Jubilee House."
    )
    assert _talks_days(text, datetime.date(2025, 6, 6)) == ["2025-06-05"]


def test_meeting_visits_filed_day_a_report_after_the_visit_keeps_its_first_day() -> None:
    text = (
        "President Elena Rojas of Chile paid a state visit to Ghana from 2 to 3 June. "
        + _ARRIVAL[_ARRIVAL.index("Three accords") :]
        + "In Accra, President John Mensah of Ghana held talks with President Rojas on cocoa."
    )
    assert _talks_days(text, datetime.date(2025, 6, 6)) == ["2025-06-02"]
