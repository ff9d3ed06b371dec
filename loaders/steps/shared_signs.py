"""Give money written with a sign several countries use ("Sh", "Rs", "kr") the currency of the
one such country the text is about.

"Sh110 billion" is Kenyan shillings in a story about Kenya and Tanzanian ones in a story about
Tanzania: the sign alone cannot tell, so ``find_amounts`` leaves such money without a currency
and lists the candidates. The countries the sentence names decide first, then those of the
whole document. When none or several of the sign's countries are named ("Kenya's trade with
Uganda reached Sh90 billion"), the amount keeps no currency and states no figure: a figure's
unit is an ISO 4217 code (ontology/MODEL.md), and a guessed currency is worse than none.
Amounts are never converted.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from dkg.loaders.steps.amounts import Amount
from dkg.loaders.steps.currencies import SHARED_SIGNS

_ISSUER = {code: iso2 for issuers in SHARED_SIGNS.values() for code, iso2 in issuers.items()}
"""The country (ISO 3166-1 alpha-2) of each currency a shared sign may stand for."""


def resolve_shared_signs(
    amounts: Sequence[Amount],
    sentence_countries: Collection[str],
    document_countries: Collection[str],
) -> list[Amount]:
    """``amounts`` with each shared sign read as the currency of the one country it can be.

    ``sentence_countries`` and ``document_countries`` are ISO 3166-1 alpha-2 codes (upper
    case) of the countries the sentence and the document name.

    >>> from dkg.loaders.steps.amounts import find_amounts
    >>> [a.currency for a in resolve_shared_signs(find_amounts("Sh5 billion"), {"TZ"}, {"TZ"})]
    ['TZS']
    """
    return [
        replace(
            amount, currency=_currency(amount.candidates, sentence_countries, document_countries)
        )
        if amount.candidates and amount.currency is None
        else amount
        for amount in amounts
    ]


def _currency(
    candidates: Sequence[str], sentence: Collection[str], document: Collection[str]
) -> str | None:
    """The one candidate whose country the sentence names, else the document; None if not one."""
    for countries in (sentence, document):
        named = [code for code in candidates if _ISSUER[code] in countries]
        if len(named) == 1:
            return named[0]
        if named:
            return None  # two of the sign's countries in one sentence: the sign cannot tell
    return None
