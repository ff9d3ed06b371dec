"""A framework a sentence signs ("signed a framework for joint funds") is a framework agreement;
the framework of a visit or of a law, which no one signs, is no document."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import read

_DAY = datetime.date(2024, 11, 5)


def _agreements(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(a.kind.value, a.count, a.title) for a in read(text, _DAY).agreements]


def test_signed_frameworks_a_signed_framework_is_an_agreement() -> None:
    text = "Temasek and Norway's oil fund signed a framework for co-investment in offshore wind."
    assert _agreements(text) == [("agreement", 1, "framework for co-investment in offshore wind")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Within the framework of the visit, the ministers signed six documents.",
            [("package", 6, None)],
        ),
        (
            "The ministers signed six documents within the framework of their partnership.",
            [("package", 6, None)],
        ),
        ("The two sides agreed a framework for further talks on debt.", []),
        ("Parliament adopted a new legal framework for investment last year.", []),
    ],
)
def test_signed_frameworks_a_framework_no_one_signs_is_no_document(
    text: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    assert _agreements(text) == expected
