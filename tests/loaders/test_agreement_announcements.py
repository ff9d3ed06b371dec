"""A document its parties announce is a document, with the money it is worth."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.agreements import find_agreements


def _found(sentence: str) -> list[tuple[str, int | None, Decimal | None]]:
    return [(a.kind.value, a.count, a.value) for a in find_agreements(sentence, 0)]


def test_agreement_announcements_an_announced_memorandum_with_its_value() -> None:
    sentence = (
        "Kenya Airways and Embraer announced a memorandum of understanding for 12 E2 jets "
        "valued at about $900 million."
    )
    assert _found(sentence) == [("memorandum", 1, Decimal("900000000"))]


def test_agreement_announcements_a_signed_contract_keeps_its_value() -> None:
    sentence = "The port authority signed a contract for two cranes worth $40 million."
    assert _found(sentence) == [("contract", 1, Decimal("40000000"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry announced the end of the agreement with the fishing fleet.",
        "The minister announced that talks on a trade agreement would resume.",
        "The minister announced it would negotiate a trade accord next year.",
    ],
)
def test_agreement_announcements_an_announcement_about_a_document_is_none(sentence: str) -> None:
    assert _found(sentence) == []
