"""A list of counted documents goes on with kinds that are documents only there ("three
treaties, four memoranda and two programmes"): each count is a package, and none is a figure
(issue 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.agreements import find_agreements
from dkg.loaders.steps.figures import FigureContext, find_figures


def _counts(sentence: str) -> list[int | None]:
    return [a.count for a in find_agreements(sentence, 0)]


def _figure_counts(sentence: str) -> list[Decimal]:
    found = find_figures(sentence, 0, FigureContext(document_year=2025))
    return [f.value for f in found if f.unit == "count"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Oman and Kenya signed three treaties, four memoranda and two programmes.", [3, 4, 2]),
        ("Chile and Vietnam signed 6 agreements and 2 joint declarations.", [6, 2]),
    ],
)
def test_package_listed_kinds_each_count_is_a_package(
    sentence: str, expected: list[int | None]
) -> None:
    assert _counts(sentence) == expected
    assert _figure_counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "packages", "figures"),
    [
        # a programme counted on its own, after no count of documents, is no document
        (
            "Oman and Kenya signed three treaties and discussed two programmes for students.",
            [3],
            [Decimal(2)],
        ),
        ("The accord and 300 companies from Kenya shaped trade with Oman.", [], [Decimal(300)]),
    ],
)
def test_package_listed_kinds_need_a_list_of_counted_documents(
    sentence: str, packages: list[int | None], figures: list[Decimal]
) -> None:
    assert [c for c in _counts(sentence) if c is not None] == packages
    assert _figure_counts(sentence) == figures
