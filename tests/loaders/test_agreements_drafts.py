"""A draft is planned in its own noun phrase only: "signed a memorandum on fisheries and
discussed a draft treaty on extradition" reports one memorandum signed."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.agreements import find_agreements


def _statuses(sentence: str) -> dict[str, AgreementStatus]:
    found = find_agreements(sentence, 0)
    return {sentence[a.spans[0][0] : a.spans[0][1]]: a.status for a in found}


@pytest.mark.parametrize(
    ("sentence", "signed"),
    [
        (
            "Malaysia and Brazil signed a memorandum on palm oil, and their aides studied a "
            "draft treaty on mutual legal assistance.",
            "memorandum on palm oil",
        ),
        (
            "The two foreign ministers inked an accord on visas, while their deputies went "
            "over the draft of a protocol on consular affairs.",
            "accord on visas",
        ),
        ("Ghana and Morocco signed four agreements and reviewed a draft convention.", "four"),
    ],
)
def test_agreements_drafts_leave_a_document_signed_beside_them(sentence: str, signed: str) -> None:
    """The draft itself is planned or, when only studied, nothing."""
    statuses = _statuses(sentence)
    assert [s for text, s in statuses.items() if signed in text and "draft" not in text] == [
        AgreementStatus.SIGNED
    ]
    assert AgreementStatus.SIGNED not in {s for text, s in statuses.items() if "draft" in text}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chad and Niger discussed a draft agreement on border security.",
        "Officials of Fiji and Samoa went through the draft of a memorandum on shipping.",
        "Laos and Cambodia exchanged three draft agreements on energy.",
    ],
)
def test_agreements_drafts_are_planned(sentence: str) -> None:
    """Counter-examples: a document the noun phrase calls a draft is not signed."""
    assert set(_statuses(sentence).values()) == {AgreementStatus.PLANNED}


def test_agreements_a_draft_signs_nothing_beside_it() -> None:
    """Counter-example: a sentence with a draft and no signing verb signs no other document."""
    sentence = (
        "The ministers discussed a draft treaty on extradition and the existing trade agreement."
    )
    assert AgreementStatus.SIGNED not in set(_statuses(sentence).values())
