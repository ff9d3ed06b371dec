"""Documents a perfect of signing dates to an earlier year ("had already signed X and Y in
2018") are background, not documents of the visit; a perfect that tells this week's signing,
and new documents signed beside the old ones, stay."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

DAY = datetime.date(2025, 3, 12)
LEAD = (
    "Egypt and Norway deepen ties\n\n"
    "CAIRO, 12 March 2025 - Norwegian Prime Minister Jonas Gahr Store met Egyptian President "
    "Abdel Fattah al-Sisi in Cairo on Tuesday.\n\n"
)


def _counts(text: str) -> list[int | None]:
    return [a.count for a in read(LEAD + text, DAY).agreements]


@pytest.mark.parametrize(
    "text",
    [
        "Our two countries had already signed a fisheries accord and a memorandum on ports in "
        "2019, Sisi recalled.",
        "Norway and Egypt have previously signed three agreements on energy in March 2021.",
    ],
)
def test_agreements_signed_before_earlier_documents_are_background(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two governments have signed four agreements on Tuesday.", [4]),
        (
            "The ministers signed two agreements on Tuesday, and they had signed a water "
            "accord in 2019.",
            [2],
        ),
        ("The two sides have already signed five agreements during the visit.", [5]),
        # the year dates the partnership of the relative clause, not the accord
        (
            "The two governments have signed a trade accord that renews the partnership "
            "launched in 2019.",
            [1],
        ),
    ],
)
def test_agreements_signed_before_documents_of_the_visit_stay(
    text: str, expected: list[int]
) -> None:
    assert _counts(text) == expected
