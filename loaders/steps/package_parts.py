"""Fold the lines of a package's breakdown into the package they break down.

News counts a package and then splits it: "Seven documents were signed: two agreements between
governments, four memoranda between ministries and one commercial contract", or a lead-in
ending "including:" above bulleted lines ("- two intergovernmental agreements"). Each line is
counted like a package of its own, yet the documents are the seven of the total: the lines are
its parts, not further packages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention
from dkg.loaders.steps.list_markers import ITEM

_SPLITS = re.compile(
    r":|\b(?:including|includ(?:e|es|ed)|of\s+which|among\s+them|comprising)\b", re.I
)
"""What opens a breakdown after its total: a colon, or a word that tells parts of a whole."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|;(?![ \t]*\n)")
"""What ends a sentence or a clause; a semicolon only within a line, not ending a bullet."""
_MAX_GAP = 120
"""Characters between one line of a breakdown and the next, at most: a line is a count, a
document noun and a few words on who signed it ("four memoranda between ministries")."""


def fold_package_parts(mentions: Sequence[AgreementMention], text: str) -> list[AgreementMention]:
    """The mentions with each breakdown line folded into the counted package before it.

    A package is a line of an earlier counted package when a colon or "including" stands
    between them, nothing ends the sentence in between (a bulleted line below a lead-in is
    still its sentence), and the lines counted so far do not exceed the total.
    """
    order = sorted(
        (i for i, m in enumerate(mentions) if m.kind is AgreementKind.PACKAGE and m.count),
        key=lambda i: mentions[i].start,
    )
    kept = list(mentions)
    parts: set[int] = set()
    for place, whole in enumerate(order):
        if whole in parts:
            continue
        total = mentions[whole].count or 0
        counted, end, opened = 0, mentions[whole].end, False
        for part in order[place + 1 :]:
            line = mentions[part]
            gap = text[end : line.start]
            opened = opened or _SPLITS.search(gap) is not None
            if not opened or not _joins(gap) or counted + (line.count or 0) > total:
                break
            counted += line.count or 0
            end = line.end
            parts.add(part)
            if not mentions[whole].breakdown:  # the levels the lines tell, unless told at once
                kept[whole] = replace(kept[whole], breakdown=kept[whole].breakdown + line.breakdown)
    return [m for i, m in enumerate(kept) if i not in parts]


def _joins(gap: str) -> bool:
    """Whether the text between two lines keeps them in one breakdown: short, no sentence ends
    in it, and a line break only opens a bulleted item."""
    if len(gap) > _MAX_GAP or _SENTENCE_END.search(gap):
        return False
    *between, own = gap.split("\n")[1:] or [""]
    if "\n" in gap and ITEM.match(own) is None:
        return False  # a line of its own that no bullet opens: another paragraph
    return all(not line.strip() or ITEM.match(line) for line in between)
