"""A guest welcomed "to Kenya" came to Kenya: a visit of the one welcomed, also when the welcome
says "him" of the person the sentence before named beside its subject (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read, visits

FILED = datetime.date(2024, 2, 6)


@pytest.mark.parametrize(
    "text",
    [
        "President Hakainde Hichilema welcomed President Andrzej Duda to Zambia on Monday.",
        "President Hakainde Hichilema met President Andrzej Duda on the sidelines of a summit"
        " in Lusaka on Monday. Hichilema welcomed him to Zambia.",
    ],
)
def test_visit_welcomed_to_a_country(text: str) -> None:
    assert ("Andrzej Duda", "ZM") in visits(read(text, FILED))
    assert ("Hakainde Hichilema", "ZM") not in visits(read(text, FILED))


@pytest.mark.parametrize(
    "text",
    [
        # Counter-examples: welcomed to talks, or welcomed a decision: no trip told.
        "President Hakainde Hichilema welcomed President Andrzej Duda to the talks on Monday.",
        "President Hakainde Hichilema welcomed the decision of President Andrzej Duda to the"
        " letter.",
    ],
)
def test_visit_welcomed_to_no_place(text: str) -> None:
    assert visits(read(text, FILED)) == set()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            'President Hakainde Hichilema said: "I look forward to welcoming President Andrzej '
            'Duda to Lusaka for the business forum later this year."',
            "announced",
        ),
        (
            'President Hakainde Hichilema said: "We are looking forward to welcoming President '
            'Andrzej Duda to Zambia."',
            "announced",
        ),
        # a welcome told as made is a visit that happened
        ("President Hakainde Hichilema welcomed President Andrzej Duda to Zambia.", "happened"),
    ],
)
def test_visit_welcomed_to_a_welcome_looked_forward_to_is_announced(text: str, status: str) -> None:
    document = read(text, FILED)
    names = {p.key: p.name for p in document.people}
    assert {(names[v.visitor], v.host_country, v.status) for v in document.visits} == {
        ("Andrzej Duda", "ZM", status)
    }
