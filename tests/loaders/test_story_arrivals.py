"""An arrival told without a destination, in a story filed from the host's city, is a visit
to that city's country; a planned arrival or one with its own destination is not moved."""

from __future__ import annotations

import datetime

from dkg.loaders import Document, default_pipeline
from tests.loaders.reading import dated_visits

PIPELINE = default_pipeline()
DATE = datetime.date(2024, 3, 12)


def _visits(text: str) -> set[tuple[str, str, str | None]]:
    return dated_visits(PIPELINE(Document("t", "t", text, date=DATE)))


def test_story_arrivals_an_unplaced_arrival_is_in_the_datelines_country() -> None:
    text = (
        "LIMA, 12 March 2024 - Portuguese President Ana Ferreira arrived on Monday evening, "
        "the first visit by a Portuguese head of state in twenty years."
    )
    assert _visits(text) == {("Ana Ferreira", "PE", "2024-03-11")}


def test_story_arrivals_a_landing_at_an_unknown_base_is_in_the_datelines_country() -> None:
    text = (
        "LIMA, 12 March 2024 - Portuguese President Ana Ferreira landed at the military air "
        "base on Monday afternoon."
    )
    assert {host for _, host, _ in _visits(text)} == {"PE"}


def test_story_arrivals_a_planned_arrival_is_not_moved_to_the_dateline() -> None:
    text = "LIMA, 12 March 2024 - Portuguese President Ana Ferreira arrives on Friday."
    assert _visits(text) == set()


def test_story_arrivals_a_named_destination_is_not_replaced_by_the_dateline() -> None:
    text = (
        "LIMA, 12 March 2024 - Portuguese President Ana Ferreira arrived in Tumbesia on "
        "Monday, an outpost the map does not show."
    )
    assert "PE" not in {host for _, host, _ in _visits(text)}


def test_story_arrivals_a_guest_of_the_next_clause_is_not_the_host() -> None:
    text = (
        "LIMA, 12 March 2024 - Portuguese President Ana Ferreira and Kenyan President Amani "
        "Otieno came for the summit. Ferreira arrived on Monday evening, and the Kenyan "
        "president was greeted at the airport on Tuesday."
    )
    assert ("Ana Ferreira", "KE") not in {(name, host) for name, host, _ in _visits(text)}
    assert ("Ana Ferreira", "PE", "2024-03-11") in _visits(text)


def test_story_arrivals_a_host_named_in_the_same_clause_is_kept() -> None:
    text = (
        "LIMA, 12 March 2024 - Portuguese President Ana Ferreira arrived on Monday evening "
        "and was welcomed by Kenyan President Amani Otieno."
    )
    assert "PE" not in {host for _, host, _ in _visits(text)}


def test_story_arrivals_a_landing_is_not_where_the_tour_goes_next() -> None:
    text = (
        "Portuguese President Ana Ferreira arrived in Peru on Sunday, 10 March 2024, for a "
        "state visit. She had landed at the military air base late on Sunday, the first stop "
        "of a tour that was to take her on to Chile and Bolivia."
    )
    visits = _visits(text)
    assert ("Ana Ferreira", "PE", "2024-03-10") in visits
    assert ("Ana Ferreira", "CL", "2024-03-10") not in visits


def test_story_arrivals_the_subject_of_the_next_clause_makes_its_own_arrival() -> None:
    text = (
        "LIMA, 12 March 2024 - Portuguese President Ana Ferreira and Kenyan President Amani "
        "Otieno came for the summit. Ferreira flew in on Sunday night, and the Kenyan "
        "president landed at the air base on Monday afternoon."
    )
    visits = _visits(text)
    assert ("Amani Otieno", "PE", "2024-03-11") in visits
    assert not any(host == "PT" for _, host, _ in visits)


def test_story_arrivals_a_known_place_after_the_day_is_not_replaced_by_the_dateline() -> None:
    # A paper at home reports its president's landing abroad: the airport's city is said.
    text = (
        "LIMA, 12 March 2024 - The President of the Republic, Dina Boluarte, landed on Monday "
        "morning at Quito international airport for a one-day working visit."
    )
    assert {host for _, host, _ in _visits(text)} == {"EC"}


def test_story_arrivals_a_place_of_an_earlier_stop_leaves_the_dateline() -> None:
    text = (
        "QUITO, 12 March 2024 - Portuguese President Ana Ferreira landed on Monday after "
        "talks in Lima."
    )
    assert {host for _, host, _ in _visits(text)} == {"EC"}


def test_story_arrivals_a_visit_abroad_told_from_home_keeps_its_host() -> None:
    """Filed from the visitor's capital: the arrival at an airport the gazetteer does not know
    belongs to the trip told before (to Chile), not to the dateline's country."""
    text = (
        "LIMA, 12 March 2024 - The President of the Republic, Dina Boluarte, opened a trade "
        "office in Santiago on Tuesday, within the framework of an official visit to Chile.\n\n"
        "The head of State arrived on Monday at the Arturo Merino Benitez airport, where she "
        "was received by officials of the Chilean foreign ministry."
    )
    assert _visits(text) == {("Dina Boluarte", "CL", "2024-03-11")}
