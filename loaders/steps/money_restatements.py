"""A sum given again in other money: "NZ$3.1 billion (about US$1.9 billion)".

News restates a local sum for readers abroad, in brackets, after ", or" or with the note of
an exchange rate. The restatement is the same money, never a sum of its own: a figure or an
agreement's value is one sum. We never convert currencies, but users compare figures and
values across countries in US dollars (their gold format states money so): where the text
itself gives the dollar sum right after the local one, that sum is the one stored.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.amounts import Amount, AmountKind

_I = re.I
_RESTATEMENT = re.compile(
    r"\s*(?:,\s*)?(?:\(\s*(?:(?:or|i\.e\.,?|that\s+is,?|equivalent\s+to)\s+)?|"
    r"(?:or|i\.e\.,?|that\s+is,?|equivalent\s+to)\s*)"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost|over|more\s+than)\s+)?",
    _I,
)
"""What stands between a sum and the same sum in other money: ", or ", " (", ", that is ", also
both at once (" (or ", " (equivalent to "), maybe with the hedge of a rounded conversion
(" (about ", " (or about ")."""
_DATED_BRACKET = re.compile(
    r"\s+(?:in|for|during)\s+(?:(?:fiscal|financial|the\s+year)\s+)?(?:19|20)\d\d\s*\(\s*(?:(?:or|i\.e\.,?|that\s+is,?|equivalent\s+to)\s+)?"
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost|over|more\s+than)\s+)?",
    _I,
)
"""The bracket of a restatement after the year the sum is of: "96 billion CFA francs in 2023
(about 158 million US dollars)". The year belongs to the sum, and the bracket still restates it."""
_ROUNDING_HEDGES = frozenset({"about", "around", "roughly", "approximately", "some", "nearly"})
"""The hedges of a rounded conversion, which after a bare comma mark a sum restated in other
money ("20 billion reais, roughly $4 billion,"); "over" or "more than" after a comma start a
sum of its own ("5 billion euros, over $1 billion more than in 2022")."""
_APART = re.compile(r"\s*(?:,|--|[-\u2013\u2014])\s*")
"""A comma or a dash, which set a rounded conversion apart as brackets do: "SEK 5 billion,
roughly $480 million," or "SEK 5 billion \u2013 about $480 million \u2013"."""
_AT_RATE = re.compile(
    r"\s*(?:at|by|using)\s+(?:the\s+|today's\s+|this\s+week's\s+)?"
    r"(?:(?:current|official|prevailing|present|market|latest|average|central[-\s]bank)\s+)?"
    r"(?:exchange\s+)?rates?\b(?!\s+of\b)",
    _I,
)
"""The note that closes a conversion for readers abroad: "(about US$7 million at current rates)",
"at the official exchange rate". A sum so marked is the same money in another currency, even
when the sum it converts is written in a form no reader here knows; "at a rate of 5%" and "grew
at the same rate" are no such note."""


def restates(sentence: str, before: Amount | None, amount: Amount) -> bool:
    """True when ``amount`` gives the sum right before it again in another currency.

    News restates a sum for its readers ("US$32.7 billion, or around Rp480 trillion"); the
    restatement is no figure of its own, whether the sum it restates is a figure (trade) or
    the price of agreements (which is no figure either).
    """
    if (
        before is None
        or before.kind is not AmountKind.MONEY
        or amount.kind is not AmountKind.MONEY
        or before.currency == amount.currency
    ):
        return False
    if _RESTATEMENT.fullmatch(sentence, before.end, amount.start) is not None:
        return True
    if _DATED_BRACKET.fullmatch(sentence, before.end, amount.start) is not None:
        return True
    hedged = amount.qualifier in _ROUNDING_HEDGES
    return hedged and _APART.fullmatch(sentence, before.end, amount.start) is not None


def converted(sentence: str, amount: Amount) -> bool:
    """True when ``amount`` is money followed by an exchange-rate note ("at current rates"):
    a conversion, not a sum of its own."""
    return amount.kind is AmountKind.MONEY and _AT_RATE.match(sentence, amount.end) is not None


def in_dollars(sentence: str, amount: Amount, after: Amount | None) -> Amount | None:
    """The US dollar sum ``after`` when it restates the local sum ``amount`` right before it.

    "NZ$3.1 billion (about US$1.9 billion)", "250 billion rupees, or about $3 billion": the
    dollars, also for a sign several countries use that the text's countries do not settle
    ("500 million kroner (about $70 million)"). A sum already in dollars, in no currency read,
    or a range (whose two ends are one sum in one currency) has none.
    """
    if (
        after is None
        or after.currency != "USD"
        or amount.currency == "USD"
        or (amount.currency is None and not amount.candidates)
        or amount.is_range
        or after.is_range
        or not (restates(sentence, amount, after) or converted(sentence, after))
    ):
        return None
    return after
