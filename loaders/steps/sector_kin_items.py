"""Items of a cue's list that are no label alone but name one with their neighbour's head word.

News lists kinds of one thing by their modifiers only: "cooperation in solar, wind and hydrogen"
names wind power as "solar" names solar power, though "wind" alone is weather and no label. A
one-word item right beside a one-word label, in the same list of a cue's region, is read with
the head words of that label's concept ("solar energy, solar power and photovoltaics" gives
"energy", "power"), where that makes a label ("wind power"). The items before a shared head
("wind and solar power") are read in ``sector_shared_heads``.
"""

from __future__ import annotations

from dkg.loaders.steps.sector_labels import SectorLabels, SectorMention, to_mention
from dkg.loaders.steps.sector_tokens import Token

_SEPARATORS = frozenset({",", "and", "or"})
_ITEM_ENDS = frozenset({",", "and", "or", ".", ";"})


def kin_item_mentions(
    labels: SectorLabels,
    tokens: list[Token],
    offset: int,
    found: list[SectorMention],
    regions: list[tuple[int, int]],
) -> list[SectorMention]:
    """One-word items beside a one-word label that name a label with its concept's heads."""
    spans = [(m.start - offset, m.end - offset) for m in found]
    starts = {t.start: i for i, t in enumerate(tokens)}
    kin = []
    for (start, end), mention in zip(spans, found, strict=True):
        at = starts.get(start)
        if at is None or tokens[at].end != end:
            continue  # a label of more than one word names its own head
        heads = [w for w in mention.label.split()[1:] if w.isalpha() and w != "and"]
        for item in (at - 2, at + 2):
            if not heads or not _lone_item(tokens, item, at):
                continue
            token = tokens[item]
            if any(s <= token.start < e for s, e in spans) or not any(
                s <= token.start < e for s, e in regions
            ):
                continue
            concept = next(
                (c for h in heads if (c := labels.concept(f"{token.text} {h}")) is not None), None
            )
            if concept is not None and labels.common_noun(token.text, token.start):
                kin.append(to_mention(concept, token.text, offset + token.start))
    return kin


def _lone_item(tokens: list[Token], item: int, label: int) -> bool:
    """Whether token ``item`` is a one-word item of the list that holds the label at ``label``:
    a separator between them, and a separator or the clause's end on its other side."""
    if not 0 <= item < len(tokens) or not tokens[item].key[0].isalpha():
        return False
    if tokens[(item + label) // 2].key not in _SEPARATORS or tokens[item].key in _SEPARATORS:
        return False
    outer = item - 1 if item < label else item + 1
    if item > label:
        return outer >= len(tokens) or tokens[outer].key in _ITEM_ENDS
    return outer >= 0 and tokens[outer].key in _SEPARATORS
