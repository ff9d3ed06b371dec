"""Alternatives regrouped by their first letter, so that ``re`` tries at each position only the
ones that start with the letter there.

``re`` tries the alternatives of a group one after another wherever it enters the group. One
that opens with a letter is passed over with a single comparison; one that opens with a group
of its own ("(?:cooperat\\w*|collaborat\\w*)\\s+in") is entered, which costs a jump and a saved
state at every position, even where none of its words starts. The sectors' cue anchor has
forty alternatives, most of them such groups, and is entered at every space of a sentence.

``by_first_letter`` compiles a pattern with each such group rewritten: a leading group is
spread over its alternatives ("(?:a|b)c" is "ac|bc", tried in the same order), and the
alternatives are gathered under their first letter, in the order written. Alternatives that
start with different letters cannot both match at one position, so at each position the same
alternatives are tried in the same order, and every match is the pattern's own.
"""

from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_Items = list[tuple[Any, Any]]


def by_first_letter(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, its groups of alternatives regrouped by first letter.

    Raises:
        ValueError: when the pattern captures groups or ignores case, or a group of
            alternatives holds one that does not open with a literal character (an optional
            word, a class), whose place among the others could not be kept.

    >>> cue = by_first_letter(r"\\W(?:(?:trade|talks)\\s+on|ties\\s+in|(?:aid|trade)\\s+for)")
    >>> [m.group() for m in cue.finditer(" talks on aid, trade for ties, ties in x")]
    [' talks on', ' trade for', ' ties in']
    """
    compiled = re.compile(pattern)
    if compiled.groups or compiled.flags & re.IGNORECASE:
        # A captured group would be repeated by spreading, and a case-blind letter would
        # start two of the letters' alternatives.
        raise ValueError(f"{pattern!r} captures groups or ignores case")
    parsed = sre_parse.parse(pattern)
    parsed.data = _regrouped(list(parsed.data), parsed.state)
    regrouped: re.Pattern[str] = _compiler.compile(parsed, 0)
    return regrouped


def _regrouped(items: _Items, state: Any) -> _Items:
    """A sequence whose groups of alternatives (bare or in a non-capturing group) are
    regrouped; the rest is left as it is."""
    out: _Items = []
    for op, av in items:
        if op is sre.BRANCH:
            out.append(_letter_branch(av[1], state))
        elif op is sre.SUBPATTERN and _plain(av) and _single_branch(av[3]):
            out.append(_letter_branch(av[3].data[0][1][1], state))
        else:
            out.append((op, av))
    return out


def _letter_branch(alternatives: list[Any], state: Any) -> tuple[Any, Any]:
    """One group of alternatives as one alternative per first letter, each holding the rest
    of its alternatives in the order written."""
    by_letter: dict[int, list[_Items]] = {}
    for alternative in alternatives:
        for spread in _spread(list(alternative.data)):
            if not spread or spread[0][0] is not sre.LITERAL:
                raise ValueError("an alternative opens with no literal character")
            by_letter.setdefault(spread[0][1], []).append(spread[1:])
    letters = []
    for code, rests in by_letter.items():
        if len(rests) == 1:
            letters.append(_sub([(sre.LITERAL, code), *rests[0]], state))
        else:
            rest = (sre.BRANCH, (None, [_sub(r, state) for r in rests]))
            letters.append(_sub([(sre.LITERAL, code), rest], state))
    return (sre.BRANCH, (None, letters))


def _spread(items: _Items) -> list[_Items]:
    """The alternatives of a sequence whose leading group is spread: "(?:a|b)c" gives "ac"
    and "bc", in that order, which is the order ``re`` tries them in."""
    if not items:
        return [items]
    op, av = items[0]
    if op is sre.SUBPATTERN and _plain(av):
        return _spread(list(av[3].data) + items[1:])
    if op is sre.BRANCH:
        return [spread for b in av[1] for spread in _spread(list(b.data) + items[1:])]
    return [items]


def _plain(av: Any) -> bool:
    """Whether a group neither captures nor sets flags: its contents can stand in its place."""
    group, add_flags, del_flags, _ = av
    return group is None and not add_flags and not del_flags


def _single_branch(sub: Any) -> bool:
    return len(sub.data) == 1 and sub.data[0][0] is sre.BRANCH


def _sub(items: _Items, state: Any) -> Any:
    sub = sre_parse.SubPattern(state)
    sub.data = list(items)
    return sub
