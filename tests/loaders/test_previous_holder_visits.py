"""An earlier visit told by its maker's office ("The previous state visit by a Belgian Prime
Minister to Japan took place in October 2016, when Prime Minister X held talks ...") is X's
visit, happened, on the date told."""

from __future__ import annotations

import datetime

import pytest

from tests.visit_rows import visit_rows

FRIDAY = datetime.date(2025, 3, 14)
_ARRIVAL = (
    "Austrian Chancellor Lena Hofbauer arrived in Seoul on Thursday for a state visit to "
    "South Korea. "
)


def _trips(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(str(r.visitor), r.host_country, r.start, r.status) for r in visit_rows(text, FRIDAY)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The previous state visit by an Austrian Chancellor to South Korea took place in May "
        "2011, when Chancellor Klaus Brenner held talks with President Park Jin-ho in Seoul.",
        "The last visit by an Austrian Chancellor to South Korea was made in May 2011, when "
        "Chancellor Klaus Brenner met President Park Jin-ho.",
    ],
)
def test_previous_holder_visits_the_when_clause_names_the_visitor(sentence: str) -> None:
    assert ("Klaus Brenner", "KR", "2011-05", "happened") in _trips(_ARRIVAL + sentence)


def test_previous_holder_visits_the_host_opening_the_clause_made_no_trip() -> None:
    sentence = (
        "The previous state visit by an Austrian Chancellor to South Korea took place in May "
        "2011, when President Park Jin-ho received Chancellor Klaus Brenner in Seoul."
    )
    # The one received in Seoul made the trip; the host who received him made none.
    earlier = {name for name, _, start, _ in _trips(_ARRIVAL + sentence) if start == "2011-05"}
    assert earlier <= {"Klaus Brenner"}


def test_previous_holder_visits_no_name_is_no_visitor() -> None:
    sentence = (
        "The previous state visit by an Austrian Chancellor to South Korea took place in May "
        "2011, when relations were warm."
    )
    assert {h for _, h, _, _ in _trips(_ARRIVAL + sentence)} == {"KR"}
    assert all(start != "2011-05" for _, _, start, _ in _trips(_ARRIVAL + sentence))
