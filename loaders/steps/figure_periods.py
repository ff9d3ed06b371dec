"""The period of months a figure is for ("January-June", "the first half"), clause by clause.

A sentence names its period once, but may state figures in several clauses: "In January-June,
trade reached $3bn, while 500 German firms operate in the country". The period belongs to the
figures of its own clause; the count in the next clause is no half-year figure.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.amounts import Amount
from dkg.loaders.steps.figure_years import in_one_clause, is_baseline_sum


def period_of(amount: Amount, sentence: str, period: re.Match[str] | None) -> str | None:
    """The period's words, lower case and without "the", when it shares the amount's clause."""
    if period is None:
        return None
    first, last = min(amount.start, period.start()), max(amount.end, period.end())
    if not in_one_clause(sentence, first, last):
        return None
    if period.start() < amount.start and is_baseline_sum(amount, sentence):
        return None  # "$3bn in January-June, up from $2bn in all of 2022": the baseline's own
    return re.sub(r"^the\s+", "", period[0], flags=re.IGNORECASE).lower()
