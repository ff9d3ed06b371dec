"""A host who travels with a guest inside his own country makes no visit there, even when the
story never says which country is his: "the President and the King travelled together to
Eindhoven" is the President's stop, the King going along as host."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_DAY = datetime.date(2025, 10, 8)


def _visits(text: str) -> set[tuple[str, str]]:
    document = read(text, _DAY)
    names = {p.key: p.name for p in document.people}
    return {(names[v.visitor], v.host_country) for v in document.visits}


def test_visit_touring_hosts_the_host_king_goes_along() -> None:
    text = (
        "STOCKHOLM, Oct 8 - King Carl Gustaf hosted Brazilian President Luiz Lula on Tuesday "
        "at the start of a three-day state visit to Sweden. On Wednesday, the President and the "
        "King travelled together to Gothenburg to visit the Volvo plant.\n"
    )
    found = _visits(text)
    assert ("Luiz Lula", "SE") in found
    assert ("Carl Gustaf", "SE") not in found


def test_visit_touring_hosts_an_inviting_host_goes_along() -> None:
    text = (
        "Brazilian President Luiz Lula arrived in Sweden on Tuesday for a state visit at the "
        "invitation of King Carl Gustaf. On Wednesday, the President and the King travelled "
        "together to Gothenburg.\n"
    )
    found = _visits(text)
    assert ("Luiz Lula", "SE") in found
    assert ("Carl Gustaf", "SE") not in found


def test_visit_touring_hosts_a_fellow_guest_still_travels() -> None:
    """Counter-example: a companion who hosted no one makes the trip with the guest."""
    text = (
        "Brazilian President Luiz Lula arrived in Sweden on Tuesday for a state visit. On "
        "Wednesday, the President and Foreign Minister Mauro Vieira travelled together to "
        "Gothenburg.\n"
    )
    assert ("Mauro Vieira", "SE") in _visits(text)
