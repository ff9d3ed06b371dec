"""The goods a country sells or buys, named right after "exports" or "imports".

The project reads what a trade is made of as areas ("exports, including seafood", "its imports
consist of machinery", in ``sector_cues``), and the gold lists such goods among the optional
sectors. News names them just as often straight after the verb ("Ghana mainly exports cocoa and
gold", "Chile imports machinery and dairy products") or after "exports of" ("exports of palm
oil, electrical and electronic products and rubber"). There the list of goods runs only to the
first word that says where the trade goes, when, how much or what happened to it ("to Chile",
"in 2024", "worth", "rose"): the rest of the clause tells the figure, not the goods. A trade
named without its goods ("exports to Peru rose", "export controls", "exports of 5 billion
dollars") gives no region at all.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_CUE = Prefiltered(
    # the verb ("mainly exports coffee", "agreed to import beef"), not the noun before its
    # own verb ("exports rose") or a figure's kind ("export controls", "export credit")
    r"\b(?:(?:export|import)(?:s|ed|ing)|(?<=\bto\s)(?:export|import))"
    r"(?:\s+(?:mainly|mostly|chiefly|largely|primarily|principally))?\s+(?!of\b)"
    # the noun with its goods: "exports of palm oil", "the import of used cars"
    r"|\b(?:exports?|imports?)\s+(?:(?:mainly|mostly|chiefly|largely|primarily)\s+)?of\s+"
)
"""Where a list of traded goods may start."""
_GOODS_END = re.compile(
    r"[.;:!?()\"\u201c\u201d\u00ab\u00bb]|\d"
    r"|\b(?:to|from|into|worth|valued|in|at|on|by|with|for|since|during|over|under|between|than|"
    r"after|amid|despite|due|because|thanks|last|this|each|per|annually|"
    r"and\s+(?:imports?|exports?)|which|while|whereas|but|who|that|as|"
    r"rose|grew|fell|increased|decreased|declined|dropped|jumped|surged|soared|slumped|climbed|"
    r"doubled|tripled|reached|totall?ed|amounted|accounted|remained|were|was|is|are|has|have|had|"
    r"will|would|could|can|may|might|should|make|made|makes|account|accounts|rise|grow|fall)\b"
)
"""What ends a list of goods: a stop or a bracket, a figure, a place or time ("to", "in"), or
the verb of which the trade is the subject ("rose", "were")."""
_NO_GOODS_FIRST = re.compile(
    r"(?:and|or|the\s+(?:first|second|last)|around|about|some|nearly|almost|more|less|over|up)\b"
)
"""Words that, right after the cue, show it names no goods: "exports and imports rose"."""

_FIRMS = re.compile(
    r"\b(?:firm|company|group|maker|manufacturer|producer|plant|factory|business|mine|"
    r"firms|companies|groups|makers|manufacturers|producers|plants|factories|businesses|mines)"
    r"(?:['\u2019]s|['\u2019])?\s+(?:own\s+)?$"
)
"""A firm's own trade ("the firm's exports of munitions"): what it sells is its business, no
area of the two countries' relations."""


def trade_goods_regions(lowered: str) -> list[tuple[int, int]]:
    """The stretches of a folded sentence that list goods after "exports" or "imports"."""
    regions = []
    for cue in _CUE.finditer(lowered):
        start = cue.end()
        if _NO_GOODS_FIRST.match(lowered, start) or _FIRMS.search(lowered, 0, cue.start()):
            continue
        end = _GOODS_END.search(lowered, start)
        stop = end.start() if end is not None else len(lowered)
        if stop > start:
            regions.append((start, stop))
    return regions
