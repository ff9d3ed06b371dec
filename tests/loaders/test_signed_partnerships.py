"""A partnership that is signed is a document; a partnership that ties are raised to is not."""

from __future__ import annotations

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.agreements import find_agreements


def _titles(sentence: str) -> list[tuple[str | None, AgreementStatus]]:
    return [(a.title, a.status) for a in find_agreements(sentence, 0)]


def test_signed_partnerships_signing_of_a_named_partnership_is_a_document() -> None:
    sentence = "The two sides welcomed the signing of a Comprehensive Strategic Energy Partnership."
    assert _titles(sentence) == [
        ("Comprehensive Strategic Energy Partnership", AgreementStatus.SIGNED)
    ]


def test_signed_partnerships_a_framework_to_be_signed_is_planned() -> None:
    sentence = "The ministers will sign a Strategic Partnership Framework in Lima next month."
    assert _titles(sentence) == [("Strategic Partnership Framework", AgreementStatus.PLANNED)]


def test_signed_partnerships_a_relationship_raised_is_no_document() -> None:
    assert _titles("The leaders elevated ties to a Comprehensive Strategic Partnership.") == []
    assert _titles("They reaffirmed the Strategic Partnership established in 2008.") == []


def test_signed_partnerships_leave_a_partnership_agreement_to_the_named_reader() -> None:
    sentence = "They witnessed the signing of the Comprehensive Economic Partnership Agreement."
    titles = [t for t, _ in _titles(sentence)]
    assert "Comprehensive Economic Partnership" not in titles
