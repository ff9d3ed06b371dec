"""Pacts are documents like accords: "signed three pacts" is a package of three (issue 4; the
sentence test before the reading knew every document noun but this one)."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.agreements import find_agreements


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenya and Rwanda signed three pacts on Monday.", [(3, AgreementStatus.SIGNED)]),
        ("Four pacts will be signed when the emir visits Jordan.", [(4, AgreementStatus.PLANNED)]),
    ],
)
def test_agreements_counted_pacts_are_packages(
    sentence: str, expected: list[tuple[int, AgreementStatus]]
) -> None:
    assert [(a.count, a.status) for a in find_agreements(sentence, 0)] == expected


def test_agreements_counted_pacts_impact_is_no_pact() -> None:
    """Counter-example: "impact" holds the letters of "pact" and names no document."""
    assert find_agreements("Kenya and Rwanda studied the impact of two new tariffs.", 0) == []
