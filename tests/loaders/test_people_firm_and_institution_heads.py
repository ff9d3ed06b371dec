"""Heads of firms and institutions named with a lower-case post."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    document = PIPELINE(Document("t", "t", text))
    return [(p.name, [(q.title, q.country) for q in p.posts]) for p in document.people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Vantor Steel chairman R. Subramanian in Pune.", [("R. Subramanian", "Chairman")]),
        ("She also met Orbis Motors chief executive Lena Hartmann.", [("Lena Hartmann", "CEO")]),
        (
            "The president of ENERSA, Tomas Vidal, explained the plan.",
            [("Tomas Vidal", "President")],
        ),
        (
            "He toured the Asian Clearing Bank, where he was received by its president, "
            "Marta Quiroga.",
            [("Marta Quiroga", "President")],
        ),
    ],
)
def test_people_firm_heads(text: str, expected: list[tuple[str, str]]) -> None:
    people = _people(text)
    assert [(name, posts[0][0]) for name, posts in people] == expected
    assert all(country is None for _, posts in people for _, country in posts)


@pytest.mark.parametrize(
    "text",
    [
        "The chairman of the Senate, Ivan Petrov, spoke.",  # a chamber, no firm
        "Its Greek partner Delta Terna will build it.",  # a partner firm, no head
        "Speaking in Geneva chairman Ravi Kumar said talks would go on.",  # a place, no firm
    ],
)
def test_people_no_firm_before_or_after_the_post(text: str) -> None:
    assert _people(text) == []
