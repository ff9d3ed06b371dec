"""Shares one country holds in another's trade or investment: "a fifth of its wheat from Egypt".

A share of a total ("cocoa makes up 60% of exports") describes one economy, not the ties
between two, and is no figure. It becomes one when its clause names two countries: "Kenya buys
roughly a fifth of its wheat from Egypt", "Egypt accounts for some 3 percent of foreign
investment in Kenya". News writes such shares in words as often as in digits, so the common
fractions are read here as percentages (one decimal, "a third" is 33.3), and only as such
shares: "half" is left out, as the samples' gold reads "half of its smartphones" as a share
without a number, and a fraction of one country's supplies ("a third of Europe's gas") is none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from decimal import Decimal

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.amounts import Amount, AmountKind
from dkg.loaders.steps.figure_parties import CountryAt
from dkg.loaders.steps.numerals import small_count

_I = re.I
_PARTS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "tenth": 10}
_FRACTION = Prefiltered(
    r"\b(?:(?P<qual>roughly|about|around|some|nearly|almost|more\s+than|over|less\s+than|"
    r"close\s+to|just\s+over|just\s+under|at\s+least)\s+)?"
    r"(?P<count>a|one|two|three|four)[\s-]+(?P<part>third|quarter|fifth|sixth|tenth)s?"
    r"(?=\s+of\b)",
    _I,
)
"""A fraction in words before "of": "roughly a fifth of", "two-thirds of", "one quarter of"."""
_FLOW_TOTAL = re.compile(
    r"^\s+of\s+(?:[\w'\u2019-]+\s+){0,4}?(?:imports|exports|trade|investments?|FDI|purchases|"
    r"supplies|needs|consumption|demand|cargo|freight|traffic|transit|shipments|sales|"
    r"remittances|aid|arrivals|tourists|visitors)\b",
    _I,
)
"""A total that flows between countries: "a third of its wheat imports", "3% of the FDI"."""
_TO_PARTNER = re.compile(
    r"^[^.;:]{0,80}?\b(?:from|go(?:es)?\s+to|went\s+to|bound\s+for|(?:sold|shipped|sent|"
    r"exported)\s+to)\s+(?:the\s+)?(?-i:[A-Z])",
    _I,
)
"""A share told as what one country gets from or sends to another: "buys a fifth of its
fertiliser from Morocco", "a quarter of the cargo is bound for Uganda"."""
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but|and\s+(?=[A-Z]))|\.\s")
"""What parts two statements of one sentence: a share's countries are in its own."""


def find_fractions(sentence: str) -> list[Amount]:
    """The fractions written in words that open a share ("a third of"), as percent amounts.

    >>> [(a.value, a.qualifier) for a in find_fractions("roughly a fifth of its wheat")]
    [(Decimal('20.0'), 'roughly')]
    """
    return list(_fractions_of(sentence))


@functools.lru_cache(maxsize=64)
def _fractions_of(sentence: str) -> tuple[Amount, ...]:
    """The fractions of ``sentence``, read once: the annotate step and the figures both ask."""
    found = []
    for match in _FRACTION.finditer(sentence):
        count, part = small_count(match["count"]), _PARTS[match["part"].lower()]
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
    return tuple(found)


def shares_between(sentence: str, amount: Amount, countries: Sequence[CountryAt]) -> bool:
    """True when the share ``amount`` is one country's in a flow with another: its clause names
    two countries, and its total is trade, investment or goods that one gets from the other.

    "Kenya buys a fifth of its wheat from Egypt" measures the two countries' trade; "a fifth of
    Kenya's wheat is grown in the Rift Valley", "cocoa is 60% of Ghana's exports" and "Qatar
    holds 49% of the venture with Egypt's oil firm" do not.
    """
    after = sentence[amount.end :]
    if _FLOW_TOTAL.match(after) is None and _TO_PARTNER.match(after) is None:
        return False
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, amount.start)), default=0)
    next_break = _CLAUSE_BREAK.search(sentence, amount.end)
    end = next_break.start() if next_break else len(sentence)
    return len({c.iso2 for c in countries if start <= c.start and c.end <= end}) >= 2
