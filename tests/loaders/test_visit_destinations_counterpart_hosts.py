"""A trip to a place nobody's gazetteer knows is placed by the host it names ("received by
his Mozambican counterpart"); a counterpart only telephoned from home is no host."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

DAY = datetime.date(2025, 3, 8)  # a Saturday
_LEADER = "South African President Cyril Ramaphosa"


def test_visit_destinations_counterpart_hosts_place_an_unknown_province() -> None:
    received = (
        f"{_LEADER} spent Saturday in the province of Cabo Delgado, where he was received by"
        " his Mozambican counterpart."
    )
    welcomed = f"{_LEADER} travelled on Saturday to Lichinga, where his Mozambican host met him."
    assert ("Cyril Ramaphosa", "MZ") in visits(read(received, DAY))
    assert ("Cyril Ramaphosa", "MZ") in visits(read(welcomed, DAY))


def test_visit_destinations_counterpart_hosts_not_from_home() -> None:
    text = (
        f"{_LEADER} travelled on Saturday to Cape Town, where he spoke with his Mozambican"
        " counterpart by telephone."
    )
    assert ("Cyril Ramaphosa", "MZ") not in visits(read(text, DAY))
