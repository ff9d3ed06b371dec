"""Shares one country holds in another's trade or investment: "a fifth of its wheat from Egypt".

A share of a total ("cocoa makes up 60% of exports") describes one economy, not the ties
between two, and is no figure. It becomes one when its clause names two countries: "Kenya buys
roughly a fifth of its wheat from Egypt", "Egypt accounts for some 3 percent of foreign
investment in Kenya". News writes such shares in words as often as in digits, so the common
fractions are read here as percentages (one decimal, "a third" is 33.3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.amounts import Amount, AmountKind
from dkg.loaders.steps.figure_parties import CountryAt

_I = re.I
_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "tenth": 10}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_FRACTION = Prefiltered(
    r"\b(?:(?P<qual>roughly|about|around|some|nearly|almost|more\s+than|over|less\s+than|"
    r"close\s+to|just\s+over|just\s+under|at\s+least)\s+)?"
    r"(?P<count>a|one|two|three|four)[\s-]+(?P<part>half|third|quarter|fifth|sixth|tenth)s?"
    r"(?=\s+of\b)",
    _I,
)
"""A fraction in words before "of": "roughly a fifth of", "two-thirds of", "one quarter of"."""
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but|and\s+(?=[A-Z]))|\.\s")
"""What parts two statements of one sentence: a share's countries are in its own."""


def find_fractions(sentence: str) -> list[Amount]:
    """The fractions written in words that open a share ("a third of"), as percent amounts.

    >>> [(a.value, a.qualifier) for a in find_fractions("roughly a fifth of its wheat")]
    [(Decimal('20.0'), 'roughly')]
    """
    found = []
    for match in _FRACTION.finditer(sentence):
        count, part = _COUNTS[match["count"].lower()], _PARTS[match["part"].lower()]
        if count >= part:
            continue  # "two halves of": no share
        value = (Decimal(100 * count) / part).quantize(Decimal("0.1"))
        qualifier = match["qual"]
        found.append(
            Amount(
                start=match.start(),
                end=match.end(),
                value=value,
                kind=AmountKind.PERCENT,
                qualifier=" ".join(qualifier.lower().split()) if qualifier else None,
            )
        )
    return found


def ties_two_countries(sentence: str, amount: Amount, countries: Sequence[CountryAt]) -> bool:
    """True when the clause of the share ``amount`` names two different countries.

    "Kenya buys a fifth of its wheat from Egypt" measures the two countries' trade; "a fifth of
    Kenya's wheat is grown in the Rift Valley" and "cocoa is 60% of Ghana's exports" do not.
    """
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, amount.start)), default=0)
    next_break = _CLAUSE_BREAK.search(sentence, amount.end)
    end = next_break.start() if next_break else len(sentence)
    return len({c.iso2 for c in countries if start <= c.start and c.end <= end}) >= 2
