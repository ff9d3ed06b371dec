"""'X left Lima late Sunday for Bogota' ends X's visit to Peru on Sunday: the place left and the
time may stand before 'for', and home may be named by a city of the guest's country (issue 4)."""

from __future__ import annotations

import datetime

from dkg.loaders.document import Document
from tests.loaders.reading import read

_DAY = datetime.date(2025, 3, 11)
_OPENING = "Colombian President Gustavo Petro arrived in Lima on Friday for a state visit. "


def _spans(document: Document) -> set[tuple[str, str, str | None]]:
    return {
        (v.host_country, v.start.lexical if v.start else "", v.end.lexical if v.end else None)
        for v in document.visits
    }


def test_visit_departures_left_the_city_for_a_home_city_ends_the_visit() -> None:
    text = _OPENING + "Petro left Lima late Sunday for Bogota.\n"
    assert _spans(read(text, _DAY)) == {("PE", "2025-03-07", "2025-03-09")}


def test_visit_departures_left_for_a_home_city_ends_the_visit() -> None:
    text = _OPENING + "Petro left for Bogota on Sunday.\n"
    assert _spans(read(text, _DAY)) == {("PE", "2025-03-07", "2025-03-09")}


def test_visit_departures_left_for_a_third_country_city_is_no_end() -> None:
    """Counter-example: the next leg, in another country, does not end the visit here."""
    text = _OPENING + "Petro left Lima late Sunday for Santiago.\n"
    assert ("PE", "2025-03-07", None) in _spans(read(text, _DAY))


def test_visit_departures_left_for_a_host_city_is_no_end() -> None:
    """Counter-example: a city of the host country is a further stop of the same visit."""
    text = _OPENING + "Petro left Lima early Sunday for Cusco.\n"
    assert ("PE", "2025-03-07", None) in _spans(read(text, _DAY))
