"""The value type of an amount found in text: what it measures and where it was written.

Kept apart from the reader (amounts.py) so that the steps the reader calls on (ranges,
elliptical amounts) can build amounts without importing the reader back.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class AmountKind(StrEnum):
    """What an amount measures: the caller decides from its kind what it can be a figure of."""

    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    QUANTITY = "quantity"
    """A physical quantity with a unit (capacity "1.2GW", "5 million tonnes"): not money."""


@dataclass(frozen=True)
class Amount:
    """One amount in a text; ``start``/``end`` are character offsets of its surface form.

    ``value`` is in the unit written (units of the currency for money, the number for percent
    and counts); ``range_high`` is set for ranges, whose ``value`` is the low end.
    ``qualifier`` keeps the hedge as written ("more than", "about"); ``elliptical`` marks a bare
    "3.3 billion" that took its currency from an earlier amount of the same text.
    ``candidates`` are the currencies a sign several countries use may stand for ("Sh": KES,
    TZS, UGX, SOS); such money has no ``currency`` until the text's countries choose one.
    """

    start: int
    end: int
    value: Decimal
    kind: AmountKind
    currency: str | None = None
    unit: str | None = None
    is_range: bool = False
    range_high: Decimal | None = None
    qualifier: str | None = None
    elliptical: bool = False
    candidates: tuple[str, ...] = ()

    @property
    def approximate(self) -> bool:
        """True when the text hedges the amount ("about", "over", "nearly", "~")."""
        return self.qualifier is not None


Scaled = tuple[Amount, Decimal | None]
"""An amount with the multiplier of its scale word ("billion" -> 10**9), None when unscaled."""
