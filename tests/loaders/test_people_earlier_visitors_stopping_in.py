"""Whoever "stopped in", "arrived in" or "landed in" a place since or when an earlier visit
happened is a person even without a title, and that trip is an earlier visit."""

from __future__ import annotations

import pytest

from tests.loaders.reading import dated_visits, read

_LEAD = (
    "LIMA, 5 May 2025 - Brazilian President Luiz Inacio Lula da Silva held talks with President "
    "Dina Boluarte at the Government Palace on Monday. "
)


@pytest.mark.parametrize("verb", ["stopped in", "stopped over in", "arrived in", "landed in"])
def test_people_earlier_visitors_stopping_in_is_an_earlier_visit(verb: str) -> None:
    document = read(
        _LEAD + f"It is the first trip to Peru by a Brazilian leader since Dilma Rousseff {verb} "
        "Lima in June 2012."
    )
    assert ("Dilma Rousseff", "PE", "2012-06") in dated_visits(document)


def test_people_earlier_visitors_stopping_something_else_is_no_trip() -> None:
    """Counter-example: "stopped talks" is no trip, so the untitled name is no person."""
    document = read(
        _LEAD + "Relations cooled after Dilma Rousseff stopped talks on the border in June 2012."
    )
    assert "Dilma Rousseff" not in {p.name for p in document.people}
