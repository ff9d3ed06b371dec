"""Read a percentage as a figure: growth or decline of a flow, or one country's share of another's.

Most percentages in the news are shares of a whole ("80% of exports") or market moves, which
are no figures of a relationship; a percentage is one when a word of rising or falling sits
next to it, or when it is the share one country holds in another's supplies or flows. Kept
apart from ``figures`` because these patterns read only percentages.
"""

from __future__ import annotations

import re
from decimal import Decimal

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.amounts import Amount
from dkg.loaders.steps.figure_cues import LABELS, FigureKind, first_cue, last_cue
from dkg.loaders.steps.market_moves import is_market_move

_I = re.I
_SHARE_AFTER = re.compile(r"^\s+of\b", _I)
_SHARE_BEFORE = Prefiltered(
    r"\b(?:share|account(?:s|ed)?\s+for|constitut\w+|makes?\s+up|made\s+up|represent\w*)"
    r"\s+(?:\w+\s+){0,2}$",
    _I,
)
_SUPPLIER_BEFORE = re.compile(
    r"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing))\s+(?:\w+\s+){0,2}$", _I
)
_SUPPLY_AFTER = re.compile(
    r"^\s+of\s+(?:[\w'\u2019-]+\s+){0,4}?(?:imports|supplies|needs|consumption|demand|purchases)\b",
    _I,
)
"""A share one country holds in another's supplies ("supplies 40% of France's uranium", "80% of
Japan's crude imports"): a measure of the relationship, unlike a share of a total ("cocoa
accounts for 60 percent of exports")."""
_RISE = re.compile(
    r"\b(?:increas\w*|grew|grow\w*|rose|ris(?:e|en|ing)|up|higher|more|jump\w*|surg\w*|"
    r"expand\w*|boost\w*|added|gain\w*|progress(?:ion|ed)|year-on-year|y/y|yoy)\b",
    _I,
)
"""Words of a rise; "a progression of 14 percent" is a rise as texts translated from French
write it ("une progression de"), while "progress" alone ("80% progress on the works") tells
how far works have come."""
_FALL = re.compile(
    r"\b(?:decreas\w*|declin\w*|fell|fall\w*|dropp?\w*|down|lower|less|shr[au]nk|contract(?:ed|ion)|"
    r"reduc\w*|regress(?:ion|ed))\b",
    _I,
)


def percent_figure(
    sentence: str, amount: Amount, window: str, ties: bool
) -> tuple[FigureKind, Decimal, str, str] | None:
    """Kind, value, unit and description of a percentage, or None when it is no figure.

    ``window`` is the text since the previous figure; ``ties`` tells that the percentage is a
    share one country holds in a flow with another (figure_shares.py).

    >>> from dkg.loaders.steps.amounts import find_amounts
    >>> text = "Exports fell 4% last year."
    >>> percent_figure(text, find_amounts(text)[0], text[:13], False)[1:3]
    (Decimal('-4'), 'percent')
    """
    surface = sentence[amount.start : amount.end]
    after = sentence[amount.end :]
    shares_supplies = _SUPPLIER_BEFORE.search(window[-40:]) or _SUPPLY_AFTER.match(after)
    if shares_supplies and _SHARE_AFTER.match(after) and not _SHARE_BEFORE.search(window):
        return FigureKind.OTHER, amount.value, "percent", f"share of supplies: {surface}"
    if ties and _SHARE_AFTER.match(after):
        return FigureKind.OTHER, amount.value, "percent", f"share: {surface}"
    if _SHARE_AFTER.match(after) or _SHARE_BEFORE.search(window):
        return None
    near = window[-40:] + " " + after[:30]
    if is_market_move(window, after):
        return None
    if _FALL.search(near) and not _RISE.search(window[-25:]):
        value = -amount.value
    elif _RISE.search(near):
        value = amount.value
    else:
        return None
    subject = last_cue(window) or first_cue(sentence)
    label = f"growth of {LABELS[subject]}" if subject in LABELS else "growth"
    return FigureKind.GROWTH_PERCENT, value, "percent", f"{label}: {surface}"
