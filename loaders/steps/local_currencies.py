"""The currency a bare name shared by several countries means: "dirhams" in a Moroccan story.

A currency name alone ("3.5 billion dirhams", "40 billion rupees") is read as the best-known
currency of that name (the UAE dirham, the Indian rupee), which is right in most news but wrong
in a story about the other countries that use the name: Moroccan news writes "dirhams" for its
own, Pakistani news "rupees". When exactly one of the two countries a document is about uses
the name, the bare name is that country's currency. A name that says whose it is ("UAE
dirhams", "Pakistani rupees") keeps its own reading, and so does one that both countries use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Final

from dkg.loaders.steps.amounts import Amount

_SHARED_NAMES: Final[tuple[tuple[re.Pattern[str], Mapping[str, str]], ...]] = (
    (re.compile(r"dirhams?", re.I), {"AE": "AED", "MA": "MAD"}),
    (re.compile(r"rupees?", re.I), {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR"}),
    (re.compile(r"manats?", re.I), {"AZ": "AZN", "TM": "TMT"}),
    (re.compile(r"(?:rubles?|roubles?)", re.I), {"RU": "RUB", "BY": "BYN"}),
    (re.compile(r"(?:lei|leu)", re.I), {"RO": "RON", "MD": "MDL"}),
    (re.compile(r"kwacha", re.I), {"ZM": "ZMW", "MW": "MWK"}),
)
"""Currency names that several countries' currencies share, with the code each country's is;
the first is the default the currency tables read the bare name as."""
_LAST_WORDS = re.compile(r"(?P<before>\S+)\s+(?P<name>\S+)$")


def with_local_currencies(
    amounts: Sequence[Amount], text: str, pair: Sequence[str]
) -> list[Amount]:
    """The amounts of a sentence, those written with a bare shared name (and the bare numbers
    that took their currency) in the currency of the one country of ``pair`` that uses it."""
    amounts = list(amounts)
    for amount in amounts:
        local = _local_code(text[amount.start : amount.end], pair)
        if local is None:
            continue
        default, code = local
        return [replace(a, currency=code) if a.currency == default else a for a in amounts]
    return amounts


def _local_code(surface: str, pair: Sequence[str]) -> tuple[str, str] | None:
    """(the code read, the local code) for an amount written with a bare shared name."""
    words = _LAST_WORDS.search(surface)
    if words is None or words["before"][:1].isupper():
        return None  # no name, or one that says whose it is ("UAE dirhams")
    for name, codes in _SHARED_NAMES:
        if not name.fullmatch(words["name"]):
            continue
        users = [codes[iso2] for iso2 in dict.fromkeys(pair) if iso2 in codes]
        default = next(iter(codes.values()))
        if len(users) == 1 and users[0] != default:
            return default, users[0]
        return None
    return None
