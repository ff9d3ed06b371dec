"""The money an agreement or a package of them is worth, read from the words around it.

"12 documents worth $800 million", "$2bn worth of deals", "a swap agreement of $400 million":
the value is taken in the US dollars the text restates it in, when it does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.steps.agreement_mentions import AgreementMention
from dkg.loaders.steps.amounts import Amount
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN
from dkg.loaders.steps.money_restatements import in_dollars

_VALUE_CUE = re.compile(
    r"(?:worth|valued\s+at|value\s+of|totall?ing|amounting\s+to|for\s+a\s+total\s+of|for)"
    r"(?:\s++(?:(?:a|an)\s*+)?(?:combined|total|overall|aggregate|estimated)(?:\s+of)?)?\s*$",
    re.I,
)
"""Words between a package and its value: "worth $2bn", "worth a combined $2bn"."""
_VALUE_IN_TITLE = re.compile(
    rf"\b(?:{DOCUMENT_NOUN})\s+(?:of|worth|valued\s+at|totall?ing|amounting\s+to)\s+$", re.I
)
"""A value written right after the document noun, inside the title a named document takes:
"a currency swap agreement of $400 million"; a sum further in ("a memorandum on a loan of
$50 million") is what the document is about."""


def valued(
    mention: AgreementMention, sentence: str, offset: int, money: list[Amount]
) -> AgreementMention:
    """A named document with the money it is worth: "a contract for 50 jets valued at $7bn"."""
    value = value_for(sentence, money, mention.start - offset, mention.end - offset)
    return replace(mention, value=value.value, currency=value.currency) if value else mention


def value_for(sentence: str, money: list[Amount], start: int, end: int) -> Amount | None:
    """The money a package is worth: "N documents worth $X", "$X worth of deals", in the US
    dollars the text restates it in right after ("40 billion yen (US$270 million)")."""
    for index, amount in enumerate(money):
        after = money[index + 1] if index + 1 < len(money) else None
        dollars = in_dollars(sentence, amount, after) or amount
        if start < amount.start < end and _VALUE_IN_TITLE.search(sentence, start, amount.start):
            return dollars  # "a swap agreement of $400 million and Rs 30 billion": the first
        if amount.start >= end and _VALUE_CUE.search(sentence[end : amount.start].strip() + " "):
            gap = sentence[end : amount.start]
            if len(gap) < 60:
                return dollars
        if amount.end <= start and re.match(r"^\s+worth\s+of\b", sentence[amount.end :], re.I):
            return dollars
    return None
