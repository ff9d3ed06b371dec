"""A leader who travels "together with" a counterpart from a third country brings that
counterpart on the same trip: a visit of theirs to the same host on the same day. Companions
from the visitor's own country stay part of the delegation and make none."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2025, 6, 14)
DATELINE = "CHISINAU, 14 June 2025 - "


@pytest.mark.parametrize(
    ("sentence", "companion"),
    [
        (
            "Romanian President Nicusor Dan arrived in Chisinau on Friday together with"
            " Bulgarian President Rumen Radev.",
            "Rumen Radev",
        ),
        (
            "Estonian Foreign Minister Margus Tsahkna arrived by train on Friday along with his"
            " Latvian counterpart Baiba Braze.",
            "Baiba Braze",
        ),
        (
            "Estonian Foreign Minister Margus Tsahkna landed in Chisinau on Friday, joined by"
            " Latvian Foreign Minister Baiba Braze.",
            "Baiba Braze",
        ),
    ],
)
def test_travel_companions_a_foreign_companion_makes_the_trip(
    sentence: str, companion: str
) -> None:
    assert (companion, "MD", "2025-06-13") in dated_visits(read(DATELINE + sentence, FILED))


@pytest.mark.parametrize(
    "sentence",
    [
        # the visitor's own minister is part of the delegation
        "Romanian President Nicusor Dan arrived in Chisinau on Friday, accompanied by Romanian"
        " Foreign Minister Oana Toiu.",
        # the host's own official is no traveller
        "Romanian President Nicusor Dan arrived in Chisinau on Friday and toured the capital"
        " together with Moldovan President Maia Sandu.",
        # the companion of another clause, not of the trip
        "Romanian President Nicusor Dan arrived in Chisinau on Friday; on Monday he had spoken"
        " together with Bulgarian President Rumen Radev.",
        # no trip at all
        "Romanian President Nicusor Dan spoke by phone on Friday together with Bulgarian"
        " President Rumen Radev.",
    ],
)
def test_travel_companions_no_visit_for_others(sentence: str) -> None:
    found = {(name, host) for name, host, _ in dated_visits(read(DATELINE + sentence, FILED))}
    assert not found & {("Oana Toiu", "MD"), ("Maia Sandu", "MD"), ("Rumen Radev", "MD")}
