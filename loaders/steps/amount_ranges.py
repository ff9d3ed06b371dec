"""Fold two amounts written as the ends of a range ("between A and B", "A-B", "A to B") into one.

>>> from dkg.loaders.steps.amounts import find_amounts
>>> [(a.value, a.range_high) for a in find_amounts("between $2.5 billion and $6.5 billion")]
[(Decimal('2500000000'), Decimal('6500000000'))]
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from dkg.loaders.steps.amount import Amount, AmountKind, Scaled

_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_AND_GAP = re.compile(r"^\s+and\s+$")
_DASH_GAP = re.compile(r"^\s?[-\u2013\u2014]\s?$|^\s+to\s+$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)


def fold_ranges(text: str, found: list[tuple[Amount, Decimal | None]]) -> list[Scaled]:
    """Join "between A and B", "A-B" and "A to B" into one amount whose value is the low end."""
    amounts: list[Scaled] = []
    i = 0
    while i < len(found):
        low, low_scale = found[i]
        if i + 1 < len(found):
            high, high_scale = found[i + 1]
            gap = text[low.end : high.start]
            before = text[max(0, low.start - 10) : low.start]
            between = _BETWEEN_BEFORE.search(before) and _AND_GAP.match(gap)
            dashed = _DASH_GAP.match(gap) and not _FROM_BEFORE.search(before)
            if (between or dashed) and _compatible(low, high):
                value = low.value
                if low_scale is None and high_scale is not None:
                    value *= high_scale
                if value < high.value:
                    joined = replace(
                        low,
                        end=high.end,
                        value=value,
                        kind=high.kind if low.kind is AmountKind.COUNT else low.kind,
                        currency=low.currency or high.currency,
                        candidates=low.candidates or high.candidates,
                        unit=low.unit or high.unit,
                        is_range=True,
                        range_high=high.value,
                    )
                    amounts.append((joined, low_scale or high_scale))
                    i += 2
                    continue
        amounts.append((low, low_scale))
        i += 1
    return amounts


def _compatible(low: Amount, high: Amount) -> bool:
    """Two amounts can be the ends of one range: same kind, or a bare number before a unit."""
    if low.kind is AmountKind.COUNT:
        return True
    if high.kind is AmountKind.COUNT:
        return low.kind is AmountKind.MONEY  # "$2-3 billion": the currency is written once
    return low.kind is high.kind and (low.currency == high.currency or high.currency is None)
