"""Meeting counterparts: "met with the President, A, and with the Foreign Minister, B" is a
meeting with each, not one table of three."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()
DAY = datetime.date(2025, 3, 4)


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    document = PIPELINE(Document("t", "t", text, date=DAY))
    names = {p.key: p.name for p in document.people}
    return sorted(
        (sorted(names[k] for k in m.participants), m.date.lexical if m.date else None)
        for m in document.meetings
    )


def test_meeting_counterparts_titled_withs_are_met_in_turn() -> None:
    text = (
        "Minister Ivo Brandt today concluded a two-day visit to Peru, during which he met with "
        "the President, Lorena Vidales, and with the Foreign Minister, Carlos Ugarte."
    )
    assert _meetings(text) == [
        (["Carlos Ugarte", "Ivo Brandt"], "2025-03-04"),
        (["Ivo Brandt", "Lorena Vidales"], "2025-03-04"),
    ]


def test_meeting_counterparts_titled_withs_at_one_table_stay_one() -> None:
    text = (
        "Minister Ivo Brandt today held trilateral talks with the President, Lorena Vidales, "
        "and with the Foreign Minister, Carlos Ugarte."
    )
    assert _meetings(text) == [(["Carlos Ugarte", "Ivo Brandt", "Lorena Vidales"], "2025-03-04")]
