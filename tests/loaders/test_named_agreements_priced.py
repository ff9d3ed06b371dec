"""A document with its price between the article and its name ("a 12 million euro loan
agreement for a port") is read as the document, titled without the price; a year there ("the
2019 agreement") is no price."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.agreement_mentions import AgreementStatus
from dkg.loaders.steps.named_agreements import find_named_agreements


def _titles(sentence: str) -> list[str | None]:
    return [a.title for a in find_named_agreements(sentence, 0, AgreementStatus.SIGNED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers signed a 12 million Euro loan agreement for the port of Tema.",
        "The ministers signed a USD 12 million loan agreement for the port of Tema.",
        "The ministers signed a $12-million loan agreement for the port of Tema.",
        "The ministers signed a USD 1.2 bn loan agreement for the port of Tema.",
        "The ministers signed a 3 lakh crore loan agreement for the port of Tema.",
        "The ministers signed a 2 trillion Yen loan agreement for the port of Tema.",
    ],
)
def test_named_agreements_priced_documents_are_read_without_the_price(sentence: str) -> None:
    assert _titles(sentence) == ["loan agreement for the port of Tema"]


def test_named_agreements_priced_a_year_is_no_price() -> None:
    """Counter-example: "the 2019 agreement" is an earlier document named by its year."""
    assert _titles("The ministers recalled the 2019 agreement for the port of Tema.") == []
