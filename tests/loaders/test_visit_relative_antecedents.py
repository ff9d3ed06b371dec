"""A "who" clause's trip is its antecedent's: a namesake ("a school named after Maria Reiche,
who came to Peru in 1932") or a relative ("his grandfather who came to Peru") made it, not the
visitor the story is about (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

FILED = datetime.date(2024, 9, 3)
OPENING = "Queen Mathilde of Belgium arrived in Lima on Monday for a state visit to Peru. "


@pytest.mark.parametrize(
    "sentence",
    [
        "She opened a clinic named after Hortense Dupont, who came to Peru in 1932.",
        "She later toured a hospital named after a Belgian nurse who came to Peru in 1950.",
        "She laid flowers at a memorial to her great-grandfather who had come to Peru in 1909.",
        "She visited a school run by nuns who first came to Peru in 1921.",
    ],
)
def test_visit_relative_antecedents_not_the_visitors_trip(sentence: str) -> None:
    found = dated_visits(read(OPENING + sentence, FILED))
    assert found == {("Mathilde", "PE", "2024-09-02")}


def test_visit_relative_antecedents_a_named_antecedent_made_the_trip() -> None:
    # Counter-example: the antecedent is a person the text names, whose trip it is.
    text = OPENING + "She met President Dina Boluarte, who came to Belgium in 2022."
    assert ("Dina Boluarte", "BE", "2022") in dated_visits(read(text, FILED))


def test_visit_relative_antecedents_a_subject_with_its_country() -> None:
    # Counter-example: "of Peru, who came" follows a named subject, whose trip it stays.
    text = OPENING + "President Dina Boluarte of Peru, who came to Belgium in 2022, met her."
    assert ("Dina Boluarte", "BE", "2022") in dated_visits(read(text, FILED))
