"""The top-level alternatives of a regular expression, as pattern strings of their own.

A pattern such as ``visit ... made by X|since X came to|X's trip to`` must be scanned whenever
any one of its cue words is in the text, although each alternative needs its own words. Split
into its alternatives, each one is tested for its own words and scanned only where they are
(prefilter.py). This module only finds where the pattern string splits; it refuses patterns
whose alternatives would not mean the same on their own.
"""

from __future__ import annotations

import re

_NOT_ALONE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
"""Back-references and conditionals name groups by number or across alternatives."""


def top_level_branches(pattern: str, flags: int) -> tuple[str, ...] | None:
    """The alternatives of ``pattern`` outside any group, or None when it has one or they
    cannot stand alone (back-references, conditionals, verbose syntax).

    >>> top_level_branches(r"a(?:b|c)|[|]d|e\\|f", 0)
    ('a(?:b|c)', '[|]d', 'e\\\\|f')
    >>> top_level_branches(r"(a)|\\1", 0) is None
    True
    """
    if flags & re.VERBOSE or _NOT_ALONE.search(pattern):
        return None
    branches: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return tuple(branches) if len(branches) > 1 else None


def _class_end(pattern: str, at: int) -> int:
    """The offset after the character class that opens at ``at``: "[", then "^" and a
    leading "]" that are members, then members and escapes up to the closing "]"."""
    i = at + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1
