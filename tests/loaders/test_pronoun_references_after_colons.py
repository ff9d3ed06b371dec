"""A "he"/"she" opening the clause after a colon or semicolon is the story's person, as one
opening a sentence is: "It is not her first time in the region: she had visited Lima in
2019" tells her earlier trip."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 6, 5)


def test_pronoun_references_after_colons_tell_the_earlier_trip() -> None:
    text = (
        "Honduran President Xiomara Castro arrived in Quito on Monday. It is not her first time"
        " in the region: she had visited Lima in 2019 for a summit."
    )
    rows = visit_rows(text, FILED)
    assert {(r.visitor, r.host_country, r.start) for r in rows} == {
        ("Xiomara Castro", "EC", "2024-06-03"),
        ("Xiomara Castro", "PE", "2019"),
    }


def test_pronoun_references_after_colons_leave_named_subjects() -> None:
    # Someone else is named before the colon: "she" is not read as the story's person.
    text = (
        "Honduran President Xiomara Castro arrived in Quito on Monday. Foreign Minister Gabriela"
        " Sommerfeld was not at the airport: she had travelled to Lima in 2019 for a summit."
    )
    rows = visit_rows(text, FILED)
    assert ("Xiomara Castro", "PE", "2019") not in {
        (r.visitor, r.host_country, r.start) for r in rows
    }
