"""The guest a relative clause is about: "received President X of the Republic of Y, who is on
a state visit", as Gulf and other agency reports open, even after the place of the reception."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _visits(text: str) -> list[tuple[str, str | None]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2024, 6, 22)))
    return [(v.visitor, v.host_country) for v in document.visits]


@pytest.mark.parametrize(
    "text",
    [
        "Crown Prince Ali Hassan today received at the Royal Palace in Riyadh President Jorge "
        "Ruiz of the Republic of Peru, who is on a state visit to the Kingdom.",
        "Crown Prince Ali Hassan received President Jorge Ruiz of Peru, who arrived in Riyadh "
        "on Monday.",
        "In Riyadh, Crown Prince Ali Hassan welcomed President Jorge Ruiz of Peru, who is on an "
        "official visit to Saudi Arabia.",
    ],
)
def test_visits_the_guest_of_the_relative_clause_is_the_visitor(text: str) -> None:
    assert _visits(text) == [("jorge-ruiz", "SA")]


def test_visits_a_relative_clause_without_a_trip_gives_no_visit() -> None:
    text = (
        "Crown Prince Ali Hassan received President Jorge Ruiz of Peru, who is also chairman "
        "of the Andean Community, to discuss trade."
    )
    assert _visits(text) == []
