"""A building named after someone names no one who acts: "visited the Sultan Idris Shah
mosque", "Masjid Sultan Idris Shah", "a dinner in the Tun Razak Hall" make no person and no
visitor; a person whose family name is "Hall" or who stands at an airport stays a person."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read
from tests.visit_rows import visit_rows

FILED = datetime.date(2025, 6, 9)
ARRIVAL = "Bangladeshi Prime Minister Nadia Rahman arrived in Malaysia on 3 June. "


@pytest.mark.parametrize(
    "second",
    [
        "The Prime Minister also visited the Sultan Idris Shah mosque and the museum.",
        "The Prime Minister also visited Masjid Sultan Idris Shah and the museum.",
        "The Prime Minister also visited the Sultan Idris Shah state mosque in Ipoh.",
        "She later landed at Sultan Idris Shah international airport in Ipoh.",
        "A state banquet was held in the Sultan Idris Shah Hall in her honour.",
    ],
)
def test_building_names_a_building_named_after_someone_makes_no_person(second: str) -> None:
    document = read(ARRIVAL + second, FILED)
    assert [p.name for p in document.people] == ["Nadia Rahman"]
    assert [(r.visitor, r.host_country) for r in visit_rows(ARRIVAL + second, FILED)] == [
        ("Nadia Rahman", "MY")
    ]


@pytest.mark.parametrize(
    ("second", "name"),
    [
        ("She met Foreign Minister Stuart Hall in Kuala Lumpur.", "Stuart Hall"),
        ("She was met at the airport by Sultan Idris Shah.", "Idris Shah"),
        ("Sultan Idris Shah hosted a dinner in her honour.", "Idris Shah"),
    ],
)
def test_building_names_people_near_buildings_stay_people(second: str, name: str) -> None:
    """Counter-examples: a family name "Hall" and a sultan met at an airport."""
    assert name in [p.name for p in read(ARRIVAL + second, FILED).people]
