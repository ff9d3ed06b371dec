"""Modifiers that share the head of the label after them: "wind and solar parks".

News lists modifiers before one head noun ("wind and solar power", "road and rail transport",
"animal and public health"); the matcher finds the last item together with the head as a label,
and the items before it are read with that head too, where that makes a label ("wind power",
"road transport"). Heads that several adjectives share without a label of their own ("the
chemical and aerospace industries") are read in ``SectorMatcher._elliptical``.
"""

from __future__ import annotations

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
