"""A tour "that took him" inside a "who" clause about a guest ("A received the Minister B, who
arrived on a visit as part of his tour that took him before to X") is the guest's: the hosts
who open the sentence make no visit, neither to their own country nor to the earlier legs."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read, visits

FILED = datetime.date(2025, 9, 18)


def test_pronoun_references_tour_of_a_received_guest_is_the_guests() -> None:
    text = (
        "The President of Paraguay, General Tomas Riera, and Vice-President Sofia Aranda received"
        " this Wednesday the Minister of Foreign Affairs of Poland, Jan Wrobel, who arrived in"
        " Asuncion on Wednesday afternoon on an official visit as part of his tour of the region"
        " that took him before to Uruguay and to Argentina."
    )
    found = visits(read(text, FILED))
    assert ("Jan Wrobel", "PY") in found
    assert {visitor for visitor, _ in found} == {"Jan Wrobel"}


def test_pronoun_references_tour_of_the_subject_stays_the_subjects() -> None:
    # Counter-example: no "who" clause, the tour that took him is the subject's own.
    text = (
        "Polish Foreign Minister Jan Wrobel arrived in Asuncion on Wednesday on an official visit"
        " as part of a tour of the region that took him to Uruguay and Argentina."
    )
    assert visits(read(text, FILED)) == {
        ("Jan Wrobel", "PY"),
        ("Jan Wrobel", "UY"),
        ("Jan Wrobel", "AR"),
    }
