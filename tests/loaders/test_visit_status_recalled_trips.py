"""A past trip that readers or speakers "will recall" or "will remember" happened: the "will"
is the recalling's, not the trip's (issue 4); a trip that "will" be made is still announced."""

from __future__ import annotations

import datetime

from dkg.loaders.document import Document
from tests.loaders.reading import meetings, read

_DAY = datetime.date(2024, 10, 2)
_OPENING = "Indian Prime Minister Narendra Modi arrived in Paris on Tuesday. "


def _statuses(document: Document) -> set[tuple[str, str | None, str]]:
    return {
        (v.host_country, v.start.lexical if v.start else None, v.status) for v in document.visits
    }


def test_visit_status_recalled_trip_happened_and_its_talks_too() -> None:
    text = (
        _OPENING + "Many will remember the state visit Modi paid to France in July 2023, when "
        "he first met President Emmanuel Macron.\n"
    )
    document = read(text, _DAY)
    assert ("FR", "2023-07", "happened") in _statuses(document)
    assert ["Emmanuel Macron", "Narendra Modi"] in meetings(document)


def test_visit_status_trip_that_will_be_made_is_announced() -> None:
    """Counter-example: "will" of the trip itself."""
    text = _OPENING + "Modi will travel to Germany in December, his office said.\n"
    assert ("DE", "2024-12", "announced") in _statuses(read(text, _DAY))
