"""A past trip told as a noun whose maker is named after it ("the state visit Modi paid to
France in July 2023", "the visit that Lula made to Angola") is that person's visit (issue 4);
a person after the noun who made nothing ("the visit Modi hosted") is not its maker."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import dated_visits, read

_DAY = datetime.date(2024, 10, 2)
_OPENING = "Chilean President Gabriel Boric arrived in Brasilia on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The state visit Boric paid to Argentina in June 2022 set the tone.",
        "Aides compared it with the official visit that Boric made to Argentina in June 2022.",
    ],
)
def test_visit_visitors_maker_named_after_the_trip_noun(sentence: str) -> None:
    found = dated_visits(read(_OPENING + sentence + "\n", _DAY))
    assert ("Gabriel Boric", "AR", "2022-06") in found


def test_visit_visitors_person_after_the_noun_who_made_nothing() -> None:
    """Counter-example: the person after the noun hosted the visit, someone else made it."""
    text = (
        "Chilean President Gabriel Boric arrived in Brasilia on Tuesday. The state visit "
        "President Javier Milei hosted in Buenos Aires in June 2022 was recalled.\n"
    )
    found = {(name, host) for name, host, _ in dated_visits(read(text, _DAY))}
    assert ("Javier Milei", "AR") not in found
