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
        "It is recalled that President Boluarte was chief guest at the Wine Festival in "
        "Valparaiso in November 2021.",
        "Boluarte was the guest of honour of the Santiago Book Fair in Santiago in November 2021.",
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
        "Boluarte was chief guest at a gala in Lima in November 2021.",  # her own country
        "Boluarte was chief guest at the festival in November 2021.",  # no place
    ],
)
def test_visit_presence_been_in_without_a_day_or_abroad_is_no_visit(sentence: str) -> None:
    """Counter-examples: no day after the place, no place, or a place at home."""
    assert not any(v[2] == "2021-11" for v in dated_visits(read(_LEAD + sentence)))


def test_visit_presence_been_in_a_month_of_the_filing_year() -> None:
    """A month told alone ("in February") is the earlier trip, and the talks of today are
    still a visit of their own."""
    text = _LEAD + "Dina Boluarte was in Valparaiso in February for a fisheries forum."
    assert {("Dina Boluarte", "CL", "2025-02"), ("Dina Boluarte", "CL", "2025-05-02")} <= (
        dated_visits(read(text))
    )


def test_visit_presence_been_in_the_same_month_is_the_same_trip() -> None:
    """Counter-example: a stay told in the month of the talks is their trip, not another."""
    text = _LEAD + "Dina Boluarte was in Santiago in May for the talks."
    assert {v[2] for v in dated_visits(read(text))} <= {"2025-05", "2025-05-02"}
    assert len(dated_visits(read(text))) == 1


@pytest.mark.parametrize(
    ("sentence", "visitors"),
    [
        # issue 4: a country after the name, a shared verb, the day after further places
        ("Dina Boluarte of Peru was last in Santiago on 9 November 2021.", {"Dina Boluarte"}),
        (
            "Dina Boluarte of Peru and Prime Minister Gustavo Adrianzen of Peru were last in"
            " Santiago on 9 November 2021.",
            {"Dina Boluarte", "Gustavo Adrianzen"},
        ),
        ("Dina Boluarte had been in Santiago and Valparaiso in November 2021.", {"Dina Boluarte"}),
        # or the day opens the sentence
        ("In November 2021, Dina Boluarte had been in Santiago.", {"Dina Boluarte"}),
    ],
)
def test_visit_presence_been_in_other_word_orders(sentence: str, visitors: set[str]) -> None:
    found = {
        (name, host, day[:7]) for name, host, day in dated_visits(read(_LEAD + sentence)) if day
    }
    assert {(name, "CL", "2021-11") for name in visitors} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        # the opening day is another clause's, not the stay's
        "In November 2021, as a student, Dina Boluarte had been in Santiago.",
        # the places named together, but no day after them
        "Dina Boluarte had been in Santiago and Valparaiso as a student.",
    ],
)
def test_visit_presence_been_in_needs_the_stay_day(sentence: str) -> None:
    assert not any(v[2] and v[2].startswith("2021") for v in dated_visits(read(_LEAD + sentence)))
