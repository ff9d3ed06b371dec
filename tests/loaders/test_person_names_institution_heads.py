"""A capitalised pair named after a plural title is no person when it ends in the head of an
institution (a legislature, a court, an armed or police force), whatever its country."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> list[str]:
    return [p.name for p in PIPELINE(Document("t", "t", text)).people]


@pytest.mark.parametrize(
    "text",
    [
        "Their presidents, National Congress and Supreme Court, met on Monday.",
        "Both envoys, Armed Forces and Federal Police, spoke on Friday.",
        "Their ministers, Constitutional Tribunal and Royal Navy, met at noon.",
        "Both premiers, National Army and Coast Guard, spoke on Sunday.",
    ],
)
def test_person_names_institution_heads_name_no_one(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Their envoys, Armand Courtois of France and Navya Guardado of Chile, met on Monday.",
            ["Armand Courtois", "Navya Guardado"],
        ),
        (
            "Both ministers, Policarpo Ruiz and Mario Armyn, spoke on Friday.",
            ["Policarpo Ruiz", "Mario Armyn"],
        ),
    ],
)
def test_person_names_institution_heads_inside_a_name_keep_the_person(
    text: str, names: list[str]
) -> None:
    # "Court", "Navy", "Guard", "Police", "Army" begin these names but are not words of them.
    assert _people(text) == names
