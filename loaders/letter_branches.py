"""Alternatives regrouped by their first letter, so that ``re`` tries at each position only the
ones that start with the letter there.

``re`` tries the alternatives of a group one after another wherever it enters the group. One
that opens with a letter is passed over with a single comparison; one that opens with a group
of its own ("(?:cooperat\\w*|collaborat\\w*)\\s+in") is entered, which costs a jump and a saved
state at every position, even where none of its words starts. The sectors' cue anchor has
forty alternatives, most of them such groups, and is entered at every space of a sentence.

``by_first_letter`` compiles a pattern with each such group rewritten: a leading group or
optional word is spread over its alternatives ("(?:a|b)c" is "ac|bc", "(?:a)?c" is "ac|c",
tried in the same order; parsed_patterns.py), and the
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

from dkg.loaders.parsed_patterns import Items, plain, spread, subpattern


def by_first_letter(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, its groups of alternatives regrouped by first letter.

    Raises:
        ValueError: when the pattern captures groups or ignores case, or a group of
            alternatives holds one that does not open with a literal character (a class, a
            look-around), whose place among the others could not be kept.

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


def _regrouped(items: Items, state: Any) -> Items:
    """A sequence whose groups of alternatives (bare or in a non-capturing group) are
    regrouped; the rest is left as it is."""
    out: Items = []
    for op, av in items:
        if op is sre.BRANCH:
            out.append(_letter_branch(av[1], state))
        elif op is sre.SUBPATTERN and plain(av) and _single_branch(av[3]):
            out.append(_letter_branch(av[3].data[0][1][1], state))
        else:
            out.append((op, av))
    return out


def _letter_branch(alternatives: list[Any], state: Any) -> tuple[Any, Any]:
    """One group of alternatives as one alternative per first letter, each holding the rest
    of its alternatives in the order written."""
    by_letter: dict[int, list[Items]] = {}
    for alternative in alternatives:
        for each in spread(list(alternative.data)):
            if not each or each[0][0] is not sre.LITERAL:
                raise ValueError("an alternative opens with no literal character")
            by_letter.setdefault(each[0][1], []).append(each[1:])
    letters = []
    for code, rests in by_letter.items():
        if len(rests) == 1:
            letters.append(subpattern([(sre.LITERAL, code), *rests[0]], state))
        else:
            rest = (sre.BRANCH, (None, [subpattern(r, state) for r in rests]))
            letters.append(subpattern([(sre.LITERAL, code), rest], state))
    return (sre.BRANCH, (None, letters))


def _single_branch(sub: Any) -> bool:
    return len(sub.data) == 1 and sub.data[0][0] is sre.BRANCH
