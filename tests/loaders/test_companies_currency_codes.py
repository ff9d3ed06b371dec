"""A currency code written beside a number ("a loan of PLN 3 billion", "40 bn KES") is the
amount's currency, never a company, even where a firm's short name is spelt the same (PLN is
also Indonesia's state power utility)."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

GAZETTEER = load_gazetteer()


def _names(sentence: str) -> list[str]:
    return [m.name for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The development bank lent the Polish rail operator PLN 3 billion for new trains.",
        "Warsaw set aside PLN 450m for the new ferry terminal.",
        "The grant, worth 12.5 billion PLN, covers three wind farms.",
        "The fund disbursed PLN3bn to local governments last year.",
    ],
)
def test_companies_currency_codes_beside_a_number_are_no_company(sentence: str) -> None:
    assert "PLN" not in _names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "PLN will buy turbines from a Danish maker for its Java grid.",
        "The Indonesian utility PLN signed a power purchase deal with the Saudi developer.",
        "The loan to PLN, worth $2 billion, was signed in Jakarta.",
    ],
)
def test_companies_currency_codes_without_a_number_stay_the_company(sentence: str) -> None:
    """Counter-examples: the utility's name with no amount written beside it."""
    assert "PLN" in _names(sentence)
