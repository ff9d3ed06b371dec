"""Agreements as news words them: wished for (not signed), counted as "instruments", issued
under a capitalised title, planned before a second aim, and valued in two currencies."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dkg.loaders.steps.agreements import AgreementKind, AgreementStatus, find_agreements


def found(sentence: str) -> list[tuple[AgreementKind, AgreementStatus, int | None]]:
    return [(a.kind, a.status, a.count) for a in find_agreements(sentence, 0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two presidents said they wanted to conclude the free trade agreement this year.",
        "The ministers hope to sign the partnership agreement before the summer.",
        "Both leaders called for the early conclusion of the investment treaty.",
        "They urged each other to finalise the fisheries agreement soon.",
    ],
)
def test_agreement_wording_wishes_are_not_agreements(sentence: str) -> None:
    assert found(sentence) == []


def test_agreement_wording_concluded_and_intended_still_count() -> None:
    assert found("The leaders concluded the trade agreement after ten years of talks.") == [
        (AgreementKind.AGREEMENT, AgreementStatus.SIGNED, 1)
    ]
    assert found("Both sides intend to sign the investment treaty next month.") == [
        (AgreementKind.TREATY, AgreementStatus.PLANNED, 1)
    ]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Altogether, they were signed nine instruments, the ministry reported.", 9),
        ("Seven instruments of cooperation were signed in the presence of both presidents.", 7),
    ],
)
def test_agreement_wording_instruments_are_a_package(sentence: str, count: int) -> None:
    assert found(sentence) == [(AgreementKind.PACKAGE, AgreementStatus.SIGNED, count)]


def test_agreement_wording_financial_instruments_are_no_package() -> None:
    assert found("The central bank issued four debt instruments worth $2 billion.") == []


def test_agreement_wording_capitalised_statement_issued_is_a_document() -> None:
    assert found("After the talks they issued a Joint Statement on raising ties.") == [
        (AgreementKind.JOINT_STATEMENT, AgreementStatus.SIGNED, 1)
    ]
    assert found("The leaders upgraded ties and issued a Joint Statement to that effect.") == [
        (AgreementKind.JOINT_STATEMENT, AgreementStatus.SIGNED, 1)
    ]
    assert found("The two sides issued a joint statement on regional security.") == []


def test_agreement_wording_vision_document_is_adopted() -> None:
    assert found("The presidents adopted a Vision Document for a Green Growth Partnership.") == [
        (AgreementKind.JOINT_DECLARATION, AgreementStatus.SIGNED, 1)
    ]


def test_agreement_wording_planned_accord_before_a_second_aim() -> None:
    mentions = find_agreements(
        "The two presidents are expected to sign the Elysee Accord and to renew the pact.", 0
    )
    assert [(a.title, a.status) for a in mentions] == [("Elysee Accord", AgreementStatus.PLANNED)]


def test_agreement_wording_value_in_two_currencies_is_the_first() -> None:
    (swap,) = find_agreements(
        "The central banks signed a currency swap agreement of US$ 300 million and Rs 25 billion.",
        0,
    )
    assert (swap.value, swap.currency) == (Decimal(300_000_000), "USD")


def test_agreement_wording_sum_the_document_is_about_is_no_value() -> None:
    (memorandum,) = find_agreements("They signed a memorandum on a loan of $50 million.", 0)
    assert memorandum.value is None


def test_agreement_wording_half_a_dozen_is_six() -> None:
    assert found("The two governments signed half a dozen agreements on trade.") == [
        (AgreementKind.PACKAGE, AgreementStatus.SIGNED, 6)
    ]
    assert found("They signed a dozen agreements.") == [
        (AgreementKind.PACKAGE, AgreementStatus.SIGNED, 12)
    ]


def test_agreement_wording_notes_exchanged_on_a_grant_are_a_document() -> None:
    """ "A and B exchanged notes on a grant of ...": an exchange of notes, told by its verb, is
    an agreement as "signed an Exchange of Notes" is; it was missed."""
    sentence = (
        "Korea and Samoa exchanged notes on a grant of 4 billion won for the rebuilding of "
        "the Apia seawall."
    )
    titles = [a.title for a in find_agreements(sentence, 0)]
    assert titles == [
        "Exchange of Notes on a grant of 4 billion won for the rebuilding of the Apia seawall"
    ]


def test_agreement_wording_notes_exchanged_on_views_are_no_document() -> None:
    """Counter-example: leaders who "exchanged notes" on a topic compared their views."""
    assert found("The two leaders exchanged notes on regional security and trade.") == []
