"""One who "had been" or "was" in a foreign place on a day written right after it ("had been
in Santiago in November 2021") made a visit there that day; without such a day, or without a
place, the words tell no trip."""

from __future__ import annotations

import pytest

from tests.loaders.reading import dated_visits, read

_LEAD = (
    "SANTIAGO, 3 May 2025 - President Rosa Lagos of Chile received President Dina Boluarte of "
    "Peru at La Moneda on Friday. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peruvian president had been in Santiago in November 2021, when she opened a school.",
        "Dina Boluarte was last in Chile in November 2021.",
    ],
)
def test_visit_presence_been_in_a_foreign_place_on_a_day(sentence: str) -> None:
    assert ("Dina Boluarte", "CL", "2021-11") in dated_visits(read(_LEAD + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peruvian president had been in Santiago as a student.",  # no day: a stay
        "The Peruvian president was in office in November 2021.",  # no place
        "Dina Boluarte was in Lima in November 2021.",  # her own country
    ],
)
def test_visit_presence_been_in_without_a_day_or_abroad_is_no_visit(sentence: str) -> None:
    """Counter-examples: no day after the place, no place, or a place at home."""
    assert not any(v[2] == "2021-11" for v in dated_visits(read(_LEAD + sentence)))
