"""A joint statement released or issued on the two countries' relations ("released a joint
statement on building a comprehensive strategic partnership") is the document of the visit; one
issued on a war, or calling for a ceasefire, speaks to the press."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _found(sentence: str) -> list[tuple[str, int | None, str | None]]:
    return [(a.kind.value, a.count, a.title) for a in find_agreements(sentence, 0)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The two presidents also released a joint statement on building a comprehensive "
            "strategic partnership.",
            "joint statement on building a comprehensive strategic partnership",
        ),
        (
            "Lisbon and Hanoi issued a joint statement on deepening bilateral ties.",
            "joint statement on deepening bilateral ties",
        ),
        (
            "The leaders published a joint statement on elevating relations to a strategic "
            "partnership.",
            "joint statement on elevating relations to a strategic partnership",
        ),
    ],
)
def test_agreements_a_statement_released_on_relations_is_a_document(
    sentence: str, title: str
) -> None:
    assert _found(sentence) == [("joint-statement", 1, title)]


def test_agreements_a_joint_declaration_adopted_is_a_document() -> None:
    sentence = "The two heads of state adopted a joint declaration on maritime security."
    assert [(kind, count) for kind, count, _ in _found(sentence)] == [("joint-declaration", 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministers released a joint statement calling for a ceasefire in the region.",
        "The two ministers issued a joint statement on the war in the Horn of Africa.",
        "The two sides issued a joint statement after the talks.",
        "The ministry released a statement on the talks.",
        "The two ministers released a joint statement to the press on their cooperation.",
    ],
)
def test_agreements_a_statement_to_the_press_is_no_document(sentence: str) -> None:
    assert _found(sentence) == []
