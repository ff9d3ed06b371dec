"""A document named in quotes after "titled" ("a declaration titled "Peace, Bread and
Work"") is read with its whole name, the commas inside the quotes included."""

from __future__ import annotations

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.named_agreements import find_named_agreements


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_named_agreements(sentence, 0, AgreementStatus.PLANNED)]


def test_named_agreements_titled_a_quoted_name_after_titled_is_kept() -> None:
    sentence = 'Later the leaders will sign a declaration titled "Peace, Bread and Work".'
    assert _titles(sentence) == ['declaration titled "Peace, Bread and Work"']


def test_named_agreements_titled_a_titled_speech_is_no_document() -> None:
    """Counter-example: only a document's head noun takes the quoted name."""
    assert _titles('The minister gave a lecture titled "Peace, Bread and Work".') == []
