"""A bare sum written next to a currency the tables do not know never takes the currency of an
earlier sum: a local amount must not be stored as US dollars (issue 4)."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.amounts import find_amounts


def _currencies(text: str) -> list[str | None]:
    return [a.currency for a in find_amounts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Exports hit $2 billion, while Hungarian firms put 75 billion Ft into Serbia.",
        "Aid reached $40 million, and Sofia added 1.5 billion лв for Skopje.",
        "The fund holds $3 billion; the Macedonian share is 2 billion ден.",
        # a sign several countries share, which the sentence's countries do not settle
        "After $600 million from Paris, Niger got 45 billion FCFA from Dakar.",
        "Chile's trade hit $9 billion; Chilean firms invested Bs 4 billion there.",
    ],
)
def test_amounts_unknown_marks_keep_no_borrowed_currency(text: str) -> None:
    assert _currencies(text) == ["USD", None]


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        (
            "Trade grew to 8.2 billion euros (exports - 4.9 billion, imports - 3.3 billion).",
            ["EUR", "EUR", "EUR"],
        ),
        ("Trade reached $4 billion in 2023 and 5.2 billion in 2024.", ["USD", "USD"]),
        ("Exports were $3 billion (Ghana 1.1 billion, Togo 0.9 billion).", ["USD"] * 3),
        ("Norway gave NOK 500 million, and Iceland a further 80 million.", ["NOK", "NOK"]),
    ],
)
def test_amounts_unknown_marks_leave_elliptical_sums(text: str, currencies: list[str]) -> None:
    assert _currencies(text) == currencies
