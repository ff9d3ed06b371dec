"""Pieces of a pattern parsed by ``re``'s own parser, shared by the modules that regroup
alternatives by first letter (letter_branches.py for patterns that mind case,
case_blind_branches.py for those that ignore it).

Both rewrite the parse tree and hand it back to ``re``'s compiler, so both need the same three
operations on it: whether a group can be replaced by its contents, a new sequence, and a
sequence's alternatives with its leading groups spread. Kept in one place so that the two
regroupings read a pattern alike.
"""

from __future__ import annotations

from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

Items = list[tuple[Any, Any]]
"""A parsed sequence: (operation, argument) pairs, as ``re``'s parser gives them."""


def plain(av: Any) -> bool:
    """Whether a group neither captures nor sets flags: its contents can stand in its place."""
    group, add_flags, del_flags, _ = av
    return group is None and not add_flags and not del_flags


def subpattern(items: Items, state: Any) -> Any:
    """A parsed sequence holding ``items``, ready for ``re``'s compiler."""
    sub = sre_parse.SubPattern(state)
    sub.data = list(items)
    return sub


def spread(items: Items) -> list[Items]:
    """The alternatives of a sequence whose leading groups and optional parts are spread:
    "(?:a|b)c" gives "ac" and "bc", "(?:a)?c" gives "ac" and "c", in the order ``re`` tries
    them, so that each starts with what it matches first."""
    if not items:
        return [items]
    op, av = items[0]
    if op is sre.SUBPATTERN and plain(av):
        return spread(list(av[3].data) + items[1:])
    if op is sre.BRANCH:
        return [each for b in av[1] for each in spread(list(b.data) + items[1:])]
    if op is sre.MAX_REPEAT and av[:2] == (0, 1):
        return spread(list(av[2].data) + items[1:]) + spread(items[1:])
    return [items]
