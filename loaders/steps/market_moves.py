"""Price moves on a stock market, which business news prints beside the economic figures.

"Shares of the carmaker rose 4.2%", "the index closed 0.8% lower", "gained 2% in trading": a
percentage change of a share price or an index is no growth of trade or investment between
countries, though it is worded like one.
"""

from __future__ import annotations

import re

_I = re.I
_MARKET = re.compile(
    r"\b(?:shares|stocks|equities|bourse|stock\s+(?:exchange|market|index|prices?)|index|indices|"
    r"benchmark|Sensex|Nifty|Nikkei|KOSPI|Dow|Nasdaq|FTSE|DAX|CAC|Hang\s+Seng|IBEX|BIST)\b",
    _I,
)
_MARKET_AFTER = re.compile(
    r"^[^.;,]{0,25}?\b(?:in\s+(?:early\s+|late\s+)?trading|during\s+the\s+session|at\s+the\s+close|"
    r"intraday)\b",
    _I,
)
"""Price moves on a stock market ("shares rose 4%", "the index closed 0.8% lower", "rose 2% in
trading") are not growth of the economic relationship."""


def is_market_move(before: str, after: str) -> bool:
    """True when the text around a percentage says a share price or an index moved.

    ``before`` is the text since the previous amount, ``after`` the rest of the sentence.
    """
    return bool(_MARKET.search(before[-50:]) or _MARKET_AFTER.match(after))
