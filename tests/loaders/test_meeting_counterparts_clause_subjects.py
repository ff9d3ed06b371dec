"""A second talks verb with a subject of its own ("X received A, and later A held talks with
B") is A's meeting with B, not X's: one sentence telling two rounds of a guest's programme
gives each round its own two sides."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

FILED = datetime.date(2025, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Sultan Haitham bin Tarik received Brazilian President Luiz Inacio Lula da Silva at "
        "Al Alam Palace on Wednesday, and later Lula held talks with Foreign Minister Badr "
        "Albusaidi.",
        "Sultan Haitham bin Tarik received Brazilian President Luiz Inacio Lula da Silva on "
        "Wednesday and then the Brazilian president met Foreign Minister Badr Albusaidi.",
    ],
)
def test_meeting_counterparts_clause_subjects_meet_their_own_counterpart(text: str) -> None:
    assert meetings(read(text, FILED)) == [
        ["Haitham bin Tarik", "Luiz Inacio Lula da Silva"],
        ["Badr Albusaidi", "Luiz Inacio Lula da Silva"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The host goes on: no subject of its own before the second verb.
        (
            "Sultan Haitham bin Tarik received Brazilian President Luiz Inacio Lula da Silva "
            "on Wednesday and later met Indian Prime Minister Narendra Modi.",
            [
                ["Haitham bin Tarik", "Luiz Inacio Lula da Silva"],
                ["Haitham bin Tarik", "Narendra Modi"],
            ],
        ),
        # The guest, named first in the passive, goes on.
        (
            "Brazilian President Luiz Inacio Lula da Silva was received by Sultan Haitham bin "
            "Tarik on Wednesday, and later held talks with Foreign Minister Badr Albusaidi.",
            [
                ["Haitham bin Tarik", "Luiz Inacio Lula da Silva"],
                ["Badr Albusaidi", "Luiz Inacio Lula da Silva"],
            ],
        ),
    ],
)
def test_meeting_counterparts_clause_subjects_only_after_a_conjunction(
    text: str, expected: list[list[str]]
) -> None:
    """Counter-examples: a name that is the object of the verb before is no new subject."""
    assert meetings(read(text, FILED)) == expected
