"""Modifiers that share the head of the label after them: "wind and solar parks".

News lists modifiers before one head noun ("wind and solar power", "road and rail transport",
"animal and public health"); the matcher finds the last item together with the head as a label,
and the items before it are read with that head too, where that makes a label ("wind power",
"road transport"). Heads that several adjectives share without a label of their own ("the
chemical and aerospace industries") are read in ``SectorMatcher._elliptical``.
"""

from __future__ import annotations

from dkg.loaders.steps.sector_labels import SectorLabels, SectorMention, to_mention
from dkg.loaders.steps.sector_tokens import Token

_COORDINATORS = frozenset({"and", "or"})


def shared_head_items(tokens: list[Token], first: int) -> list[int]:
    """Indices of the one-word items listed right before token ``first``, nearest first.

    The item next to ``first`` is joined to it by "and" or "or" (with an optional comma before),
    the ones before by commas: "wind, solar and" before "hydro power". Without "and" or "or"
    there is no shared head ("tourism, solar power" lists two areas).
    """
    at = first - 1
    if at < 1 or tokens[at].key not in _COORDINATORS:
        return []
    if tokens[at - 1].key == ",":
        at -= 1  # "wind, solar, and hydro power": the serial comma
    items: list[int] = []
    while at >= 1 and tokens[at - 1].key[0].isalnum() and tokens[at - 1].key not in _COORDINATORS:
        items.append(at - 1)
        at -= 2
        if at < 1 or tokens[at].key != ",":
            break
    return items


def shared_head_mentions(
    labels: SectorLabels,
    sentence: str,
    tokens: list[Token],
    offset: int,
    found: list[SectorMention],
    regions: list[tuple[int, int]],
) -> list[SectorMention]:
    """Items of a cue's list that share the head of the label after them: "wind and solar
    parks" names wind parks, "road and rail transport" road transport."""
    spans = [(m.start - offset, m.end - offset) for m in found]
    shared = []
    for (start, end), mention in zip(spans, found, strict=True):
        if not sentence.endswith(_JOINED, 0, start):
            continue  # a label after no "and" shares no head
        first = next(i for i, t in enumerate(tokens) if t.start == start)
        whole = " " in sentence[start:end]
        if whole:
            tails = [sentence[tokens[first + 1].start : end]]
        else:
            # "wind and geothermal projects": a one-word label ("geothermal") stands for its
            # concept's named heads ("geothermal power and energy"), which the items share
            tails = [w for w in mention.label.split()[1:] if w.isalpha() and w != "and"]
        for index in shared_head_items(tokens, first):
            item = tokens[index]
            if not any(s <= item.start < e for s, e in regions):
                break
            if any(s <= item.start and item.end <= e and e - s > len(item.text) for s, e in spans):
                continue  # "natural gas and electricity supply": "gas" is no item
            if not whole and any(s <= item.start < e for s, e in spans):
                continue  # "air and rail connections": "air" is read already, as itself
            concept = next(
                (c for t in tails if (c := labels.concept(f"{item.text} {t}")) is not None), None
            )
            if concept is not None and labels.common_noun(item.text, item.start):
                shared.append(to_mention(concept, item.text, offset + item.start))
    return shared


_JOINED = (" and ", " or ")
"""What stands before the last of a list of items sharing a head: "wind and solar parks"."""
