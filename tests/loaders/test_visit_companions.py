"""Who travels with whom: a leader "accompanied by" others makes the visit; someone "who
accompanied the President" is in the leader's delegation and makes none of their own."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

DAY = datetime.date(2024, 6, 4)


def _trips(text: str) -> list[tuple[str | None, str]]:
    return [(r.visitor, r.host_country) for r in visit_rows(text, DAY)]


def test_visit_companions_a_leader_accompanied_by_others_makes_the_visit() -> None:
    text = (
        "LIMA - Portuguese President Ana Lopes, accompanied by a dozen business leaders, held "
        "talks with President Jorge Quispe of Peru at the Government Palace in Lima on Monday."
    )
    assert _trips(text) == [("Ana Lopes", "PE")]


def test_visit_companions_a_minister_who_accompanied_the_leader_makes_no_visit() -> None:
    text = (
        "LIMA - Portuguese Economy Minister Rui Costa, who accompanied the President, held "
        "talks with Finance Minister Jorge Quispe of Peru in Lima on Monday."
    )
    assert _trips(text) == []
