"""Leaders who "will witness the signing of" documents have not yet seen them signed: the
documents are planned (issue 4)."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.agreements import find_agreements


def _statuses(sentence: str) -> set[AgreementStatus]:
    return {a.status for a in find_agreements(sentence, 0)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The two prime ministers will witness the signing of seven agreements on Thursday.",
        "The king will also attend the signing of three memoranda in Rabat.",
    ],
)
def test_agreements_witnessed_later_are_planned(sentence: str) -> None:
    assert _statuses(sentence) == {AgreementStatus.PLANNED}


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents, who will meet again in June, witnessed the signing of five accords.",
        "The minister, who will attend a summit next week, oversaw the signing of two deals.",
    ],
)
def test_agreements_witnessed_later_a_later_act_leaves_the_signing_signed(sentence: str) -> None:
    """Counter-examples: "will" speaks of another act; the signing was witnessed."""
    assert _statuses(sentence) == {AgreementStatus.SIGNED}
