"""Read the last sum of a list as a figure of the kind the list began with.

"€2 billion for the port, €1 billion for rail, as well as €500 million for schools": the last
sum names no kind of its own, yet it belongs to the list the first sum opened. Kept apart from
``figures`` because it reads the sentence between two sums, not the words around one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from dkg.loaders.steps.amounts import Amount, AmountKind
from dkg.loaders.steps.figure_cues import FigureKind

_I = re.I
_LIST_CLOSE = re.compile(r"[^.;:]{0,60}?(?:,\s*|\s+)(?:as\s+well\s+as|plus|along\s+with)\s+", _I)
"""What closes a list of sums after the previous one and its purpose: "€2 billion for the port,
€1 billion for rail, as well as €500 million for schools"."""


def listed_after(
    sentence: str, previous: tuple[Amount, tuple[FigureKind, Decimal, str, str]], amount: Amount
) -> tuple[FigureKind, Decimal, str, str] | None:
    """The kind of the figure before ``amount`` when ``amount`` is the last sum of a list it
    opens ("..., as well as €500 million for schools"), a sum in the same currency that names
    no kind of its own; else None."""
    before, (kind, _, _, description) = previous
    if (
        amount.kind is not AmountKind.MONEY
        or amount.currency is None
        or before.kind is not AmountKind.MONEY
        or before.currency != amount.currency
        or _LIST_CLOSE.fullmatch(sentence, before.end, amount.start) is None
    ):
        return None
    label = description.split(": ", 1)[0]
    return kind, amount.value, amount.currency, f"{label}: {sentence[amount.start : amount.end]}"
