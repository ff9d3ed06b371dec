"""Branches news names by their own word, steel, biodiversity and payments, are concepts of their
own under the broader area (metallurgy, environment, finance), so the reader sees the word the
text gave rather than the broader label; a firm's or an index's name is still no area."""

from __future__ import annotations

import pytest

from tests.loaders.test_sector_scheme_narrower_areas import broader_of as _broader
from tests.loaders.test_sector_scheme_narrower_areas import labels as _labels


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vietnam and India agreed to work together in steel and aluminium.",
            ["steel", "metallurgy"],
        ),
        (
            "The ministers of Gabon and Brazil discussed biodiversity and forests.",
            ["biodiversity", "forestry, forests, reforestation and timber"],
        ),
        (
            "Egypt and the UAE signed an MoU on payment cards and mobile payments.",
            ["payments", "digital payments"],
        ),
        ("Cooperation between Nepal and India in payment systems will deepen.", ["payments"]),
    ],
)
def test_sector_scheme_named_branches_keep_the_word_of_the_text(
    sentence: str, expected: list[str]
) -> None:
    assert _labels(sentence) == expected


def test_sector_scheme_named_branches_sit_under_their_broader_area() -> None:
    assert [_broader(b) for b in ("steel", "biodiversity", "payments")] == [
        "metallurgy",
        "environment",
        "finance",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tata Steel and JSW Steel signed deals with firms from Oman.",
        "The Biodiversity Fund of Peru met donors from Norway.",
        "Payments of the first tranche to Kenya were delayed by a week.",
    ],
)
def test_sector_scheme_named_branches_not_read_from_names_or_sums(sentence: str) -> None:
    assert _labels(sentence) == []
