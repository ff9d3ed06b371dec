"""Join a number spelt out in words over two scales into one amount.

Translated copy and speeches spell large numbers out: "one million five hundred thousand
Malians live in Côte d'Ivoire" is 1,500,000. The amount pattern reads each scale as a number of
its own ("one million", then "five hundred thousand"), so the reader joins the two when the
second follows the first with nothing between and is smaller than the first one's scale, as the
parts of one numeral are; "one million, five hundred thousand" (a list) and digits ("2 million
300 tourists") stay apart. Digits over several scales ("1 billion 800 million") are joined by
the pattern itself (amount_patterns.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.steps.amount import Amount, AmountKind
from dkg.loaders.steps.numerals import scale_value

_I = re.I
_ENDS_IN_SCALE = re.compile(r"[a-z]+\s+(?P<scale>thousand|million|billion|trillion)$", _I)
"""A first part spelt out to its scale word: "one million", "more than two billion"."""
_SPELT_START = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|a\s+hundred)\b",
    _I,
)
"""A second part spelt out from its first word: "five hundred thousand", "twenty thousand"."""
_JOINED = re.compile(r"\s+(?:and\s+)?")


def join_spelt_numbers(sentence: str, amounts: Sequence[Amount]) -> list[Amount]:
    """``amounts`` of ``sentence`` with each number spelt out over two scales read as one amount.

    The whole takes the second part's kind when that is money ("... five hundred thousand
    euros"), and the first part's hedge ("more than two million three hundred thousand").
    """
    joined: list[Amount] = []
    for amount in amounts:
        first = joined[-1] if joined else None
        if first is not None and _continues(sentence, first, amount):
            whole = amount if amount.kind is AmountKind.MONEY else first
            joined[-1] = replace(
                whole,
                start=first.start,
                end=amount.end,
                value=first.value + amount.value,
                qualifier=first.qualifier,
            )
        else:
            joined.append(amount)
    return joined


def _continues(sentence: str, first: Amount, second: Amount) -> bool:
    """Whether ``second`` is the rest of the numeral ``first`` opens."""
    if first.kind is not AmountKind.COUNT or second.kind not in (
        AmountKind.COUNT,
        AmountKind.MONEY,
    ):
        return False
    if first.is_range or second.is_range or second.qualifier is not None:
        return False
    if not _JOINED.fullmatch(sentence, first.end, second.start):
        return False
    scale = _ENDS_IN_SCALE.search(sentence, first.start, first.end)
    if scale is None or not _SPELT_START.match(sentence, second.start):
        return False
    return second.value < scale_value(scale["scale"])
