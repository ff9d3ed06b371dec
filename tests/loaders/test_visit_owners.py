"""Whose visit a sentence speaks of when several people are named: the owner of "X's visit",
the visitor of the kind "a visit by a Kenyan minister" describes, and the visitor of the visit
already told when the sentence only says "the visit"."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

OPENING = (
    "LIMA, March 4 - Chancellor Olaf Scholz of Germany, who is on an official visit to Peru, "
    "held talks with President Dina Boluarte at the Government Palace in Lima on Monday."
)


def test_the_owner_of_a_possessive_visit_is_its_only_visitor() -> None:
    """ "Boluarte praised Scholz's visit": Boluarte speaks of it and made no trip, even where
    no host can be found for Scholz in that sentence."""
    document = read(
        "Chancellor Olaf Scholz of Germany met President Dina Boluarte on Monday.\n\n"
        "Boluarte praised Scholz's visit as a turning point.",
        date=datetime.date(2024, 3, 4),
    )
    assert visits(document) == set()


def test_a_visit_by_a_kind_of_visitor_is_made_by_someone_of_that_country() -> None:
    document = read(
        OPENING + "\n\nBoluarte described Scholz's trip, his first to Peru as Chancellor and "
        "the first visit by a German chancellor since 2009, as historic.",
        date=datetime.date(2024, 3, 4),
    )
    assert visits(document) == {("Olaf Scholz", "PE")}


def test_a_visit_by_a_kind_of_visitor_keeps_a_visitor_of_unstated_country() -> None:
    """Counter-example: nobody's country is stated, so the subject may still be the visitor
    (first_visit_nationals.py then gives him the country)."""
    document = read(
        "Chancellor Olaf Scholz arrived in Lima on Monday, the first visit by a German "
        "chancellor since 2009.",
        date=datetime.date(2024, 3, 4),
    )
    assert visits(document) == {("Olaf Scholz", "PE")}


def test_the_visit_without_a_place_is_the_one_told_before() -> None:
    """ "prepare for the visit" restates the Chancellor's trip: Boluarte, named first, made no
    trip to Germany, whose leader is the other person named."""
    document = read(
        OPENING + "\n\nIn a call last month, Boluarte and Scholz had agreed to prepare well "
        "for the visit to make it a success.",
        date=datetime.date(2024, 3, 4),
    )
    assert visits(document) == {("Olaf Scholz", "PE")}


def test_the_visit_to_a_place_may_be_another_trip() -> None:
    """Counter-example: "the visit to Berlin" says which trip it means, and it is Boluarte's."""
    document = read(
        OPENING + "\n\nBoluarte recalled the visit to Berlin she made in 2023.",
        date=datetime.date(2024, 3, 4),
    )
    assert ("Dina Boluarte", "DE") in visits(document)
