"""Whom "the Latvian minister" means: the minister of a portfolio the story named, not the
Prime Minister named in between; a head of government is "the prime minister", never "the
minister", and is meant only when no other minister of that country is named."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 10, 9)


def test_resolve_minister_references_portfolio_minister_first() -> None:
    text = (
        "Yerevan, 9 October 2025 - Latvian Foreign Minister Baiba Braze arrived in Yerevan on"
        " Thursday. Braze met Armenian Foreign Minister Ararat Mirzoyan. Latvian Prime Minister"
        " Evika Silina sent a letter to the Armenian government. The Latvian minister last"
        " visited Armenia in June, when she travelled to Yerevan with the Nordic ministers."
    )
    visits = dated_visits(read(text, FILED))
    assert ("Baiba Braze", "AM", "2025-06") in visits
    assert not any(visitor == "Evika Silina" for visitor, _, _ in visits)


def test_resolve_minister_references_prime_minister_when_alone() -> None:
    # no other Latvian minister named: the Prime Minister is the only one who fits
    text = (
        "Yerevan, 9 October 2025 - Latvian Prime Minister Evika Silina arrived in Yerevan on"
        " Thursday. Silina met Armenian President Vahagn Khachaturyan. The Latvian minister"
        " last visited Armenia in June."
    )
    assert ("Evika Silina", "AM", "2025-06") in dated_visits(read(text, FILED))
