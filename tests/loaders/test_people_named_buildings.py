"""Buildings, museums and hospitals named after someone are places, not people of the text."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "Sir John A. Macdonald Building\nOttawa\n\nPrime Minister Mark Carney spoke first.",
        "President William Ruto opened the Sir Henry Wellcome Centre in Kisumu.",
        "Prime Minister Mark Carney toured the Nelson Mandela Museum on Monday.",
    ],
)
def test_people_named_buildings_are_not_people(text: str) -> None:
    names = {p.name for p in PIPELINE(Document("t", "t", text)).people}
    assert names <= {"Mark Carney", "William Ruto"}
    assert names


def test_people_named_buildings_keep_a_person_met_at_a_building() -> None:
    text = "President Bola Tinubu met Governor Babajide Sanwo-Olu at the State House building."
    names = {p.name for p in PIPELINE(Document("t", "t", text)).people}
    assert {"Bola Tinubu", "Babajide Sanwo-Olu"} <= names
