"""Give a bare scaled number the currency of the money written before it in the same sentence.

Reports list sums with the currency written once: "(exports - $3.3 billion, imports - 1.8
billion)". The second is dollars too; this step says so and marks it elliptical.
"""

from __future__ import annotations

from dataclasses import replace

from dkg.loaders.steps.amount import Amount, AmountKind, Scaled
from dkg.loaders.steps.currencies import unknown_mark


def inherit_currency(text: str, amounts: list[Scaled]) -> list[Amount]:
    """Give a bare "3.3 billion" the currency of the last money amount before it.

    Only numbers written with a scale word of a million or more inherit: "17,000 visas" and
    "200 companies" stay counts even in a sentence about money, and so do numbers written
    next to a currency these tables do not know ("TL 90 billion").
    """
    result: list[Amount] = []
    money: Amount | None = None
    for amount, scale in amounts:
        if amount.kind is AmountKind.MONEY:
            money = amount
        elif (
            amount.kind is AmountKind.COUNT
            and money is not None
            and scale is not None
            and scale >= 1_000_000
            and not unknown_mark(text, amount.start, amount.end)
        ):
            amount = replace(
                amount,
                kind=AmountKind.MONEY,
                currency=money.currency,
                candidates=money.candidates,
                elliptical=True,
            )
        result.append(amount)
    return result
