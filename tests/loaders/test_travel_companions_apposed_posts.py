"""A companion set after a post by a comma ("together with the Prime Minister of Portugal, X")
is a head of government of a third country who makes the same trip; a minister of the
visitor's own country is part of the delegation, no visitor of their own."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

FILED = datetime.date(2025, 10, 2)


def test_travel_companions_post_then_comma_then_name() -> None:
    text = (
        "Today, Commission President Greta Nilsen travelled to Bamako, together with the Prime"
        " Minister of Greece, Nikos Pappas, where they were received by President Oumar Traore."
    )
    assert visits(read(text, FILED)) == {("Greta Nilsen", "ML"), ("Nikos Pappas", "ML")}


def test_travel_companions_own_minister_after_a_comma_is_delegation() -> None:
    # Counter-example: the visitor's own minister travels with the delegation.
    text = (
        "Today, Greek Prime Minister Nikos Pappas travelled to Bamako, together with the Minister"
        " of Defence of Greece, Eleni Kosta, where they were received by President Oumar Traore."
    )
    assert visits(read(text, FILED)) == {("Nikos Pappas", "ML")}
