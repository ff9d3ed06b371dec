"""'arrived in Lisbon coming from Madrid, where she had held talks ... on 3 and 4 March': Madrid
is a visit of its own, dated by its clause, and its days are not the Lisbon visit's (issue 4)."""

from __future__ import annotations

import datetime

from dkg.loaders.document import Document
from tests.loaders.reading import read

_DAY = datetime.date(2025, 3, 7)


def _trips(document: Document) -> set[tuple[str, str | None, str | None]]:
    return {
        (
            v.host_country,
            v.start.lexical if v.start else None,
            v.end.lexical if v.end else None,
        )
        for v in document.visits
    }


def test_visit_origin_stops_coming_from_a_stop_with_talks_is_a_dated_visit() -> None:
    text = (
        "Brazilian Foreign Minister Mauro Vieira arrived in Rome on Thursday coming from Paris,"
        " where he had held talks with French officials on 3 and 4 March.\n"
    )
    assert _trips(read(text, _DAY)) == {
        ("IT", "2025-03-06", None),
        ("FR", "2025-03-03", "2025-03-04"),
    }


def test_visit_origin_stops_coming_from_home_of_a_life_is_no_visit() -> None:
    """Counter-example: a place lived in is no stop of the trip."""
    text = (
        "Brazilian Foreign Minister Mauro Vieira arrived in Rome on Thursday coming from Paris,"
        " where he lived for years.\n"
    )
    assert _trips(read(text, _DAY)) == {("IT", "2025-03-06", None)}
