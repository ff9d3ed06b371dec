"""The lines of a package's breakdown belong to its total, whether written in one sentence or
as bulleted lines under a lead-in; counts in other sentences or beyond the total stay packages."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementKind
from tests.loaders.reading import read

DAY = datetime.date(2025, 3, 12)


def _packages(text: str) -> list[int | None]:
    """The count of each package the document reports, in its order."""
    document = read(text, DAY)
    return [a.count for a in document.agreements if a.kind is AgreementKind.PACKAGE]


@pytest.mark.parametrize(
    "text",
    [
        "Nine documents were signed on Monday: three agreements between governments, five "
        "memoranda between ministries and one commercial contract.",
        "Norway and Kenya signed 9 accords, among them 3 deals between companies and 2 "
        "memoranda on fisheries.",
        "The visit ended with nine documents signed, including:\n"
        "- three intergovernmental agreements;\n"
        "- five memoranda between agencies;\n"
        "- one commercial contract.",
    ],
)
def test_package_parts_lines_of_a_breakdown_are_one_package(text: str) -> None:
    assert _packages(text) == [9]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another sentence: a second signing, not a line of the first
        (
            "Peru and Egypt signed six agreements on Monday. Two contracts were signed by "
            "firms on Tuesday.",
            [6, 2],
        ),
        # a clause of its own after a semicolon
        (
            "Laos and Japan signed five accords, including two loans; three contracts were "
            "signed by firms.",
            [5, 3],
        ),
        # nothing tells parts of a whole
        ("Ghana and Spain signed four accords, and their ports signed two deals.", [4, 2]),
        # more documents than the total: no breakdown of it
        ("They signed 3 agreements: 5 contracts were also signed by banks.", [3, 5]),
        # a paragraph after the lead-in that is no bulleted line
        (
            "Officials signed five documents, including:\n\nTwo contracts were signed by banks.",
            [5, 2],
        ),
    ],
)
def test_package_parts_counts_that_are_no_lines_stay_packages(
    text: str, expected: list[int]
) -> None:
    assert _packages(text) == expected
