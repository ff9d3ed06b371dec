"""Agreeing to conclude or finalise a document plans it; a document signed before the sentence
turns to such plans is still signed."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.agreements import find_agreements


def _statuses(sentence: str) -> list[tuple[str | None, AgreementStatus]]:
    return [(a.title, a.status) for a in find_agreements(sentence, 0)]


_PLANNED = AgreementStatus.PLANNED
_SIGNED = AgreementStatus.SIGNED


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ministers agreed to swiftly conclude the air services agreement.",
            [("air services agreement", _PLANNED)],
        ),
        (
            "Ghana and Egypt agreed to finalise an investment treaty in 2025.",
            [("investment treaty", _PLANNED)],
        ),
        (
            "Chad and Niger signed a memorandum on tourism and agreed to conclude a tax treaty.",
            [("memorandum on tourism", _SIGNED), ("tax treaty", _PLANNED)],
        ),
        (
            "Fiji and Samoa signed a fisheries accord, and they plan to conclude a trade treaty.",
            [("fisheries accord", _SIGNED), ("trade treaty", _PLANNED)],
        ),
    ],
)
def test_agreements_agreed_plans_are_planned_and_earlier_signings_stay_signed(
    sentence: str, expected: list[tuple[str, AgreementStatus]]
) -> None:
    assert _statuses(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a signing ceremony still to come signs nothing yet
        "At the signing ceremony next week the memorandum on tourism will be signed.",
        # a passive plan follows the document it plans
        "Fiji and Samoa inked a fisheries accord and said a trade agreement will be signed soon.",
        # the plan comes first: everything after it is planned
        "Laos and Vietnam will sign a road treaty, which officials concluded drafting in May.",
    ],
)
def test_agreements_agreed_plans_counter_examples_stay_planned(sentence: str) -> None:
    assert {status for _, status in _statuses(sentence)} == {_PLANNED}
