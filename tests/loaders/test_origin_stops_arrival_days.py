"""An arrival told with its day between the verb and its "from" ("landed in Quito on Friday
from Bogota, where he opened a trade fair"): the stop before is a visit that happened, and the
day told is the arrival's, not the stop's (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.document import Document
from tests.loaders.reading import read

_FILED = datetime.date(2025, 9, 13)  # a Saturday


def _trips(document: Document) -> set[tuple[str, str | None]]:
    return {(v.host_country, v.start.lexical if v.start else None) for v in document.visits}


@pytest.mark.parametrize(
    ("sentence", "stop"),
    [
        (
            "Spanish Foreign Minister Jose Manuel Albares landed in Quito on Friday from Bogota,"
            " where he had opened a trade fair.",
            "CO",
        ),
        (
            "Spanish Foreign Minister Jose Manuel Albares arrived in Quito late on Friday from "
            "Lima, where he addressed business leaders.",
            "PE",
        ),
        (
            "Spanish Foreign Minister Jose Manuel Albares arrived in Quito on Friday evening "
            "from Bogota, where he had toured a flower farm.",
            "CO",
        ),
        (
            "Spanish Foreign Minister Jose Manuel Albares flew in to Quito on 12 September "
            "from Peru, where he spoke to students.",
            "PE",
        ),
    ],
)
def test_origin_stops_the_stop_before_a_dated_arrival_is_an_undated_visit(
    sentence: str, stop: str
) -> None:
    assert _trips(read(sentence, _FILED)) == {("EC", "2025-09-12"), (stop, None)}


@pytest.mark.parametrize(
    "sentence",
    [
        # The visitor's own capital is home, not a stop.
        "Spanish Foreign Minister Jose Manuel Albares arrived in Quito on Friday from Madrid, "
        "where he had chaired a meeting.",
        # A change of planes is a transit.
        "Spanish Foreign Minister Jose Manuel Albares landed in Quito on Friday from Bogota, "
        "where he changed planes.",
        # A place lived in is no stop of the trip.
        "Spanish Foreign Minister Jose Manuel Albares arrived in Quito on Friday from Lima, "
        "where he grew up.",
        # An origin with nothing told about it may have been a mere transit.
        "Spanish Foreign Minister Jose Manuel Albares arrived in Quito on Friday from Bogota.",
    ],
)
def test_origin_stops_a_home_transit_or_bare_origin_gives_no_stop(sentence: str) -> None:
    assert _trips(read(sentence, _FILED)) == {("EC", "2025-09-12")}
