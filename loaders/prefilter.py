"""Patterns that skip text lacking the words every match must contain.

Most extraction patterns scan every sentence and find nothing in nearly all of them: Python's
``re`` tries the pattern at each position, which costs tens of microseconds per sentence even
when the pattern's cue word ("visit", "talks", "signed") appears nowhere. A substring test
(``"visit" in text``) runs at C speed over the whole sentence in well under a microsecond.

``required_literal_sets`` reads a compiled pattern's syntax tree and returns sets of strings
of which every match contains one string each ("'s" and one of "visit", "trip"); ``Prefiltered``
runs the pattern only on text that holds one of each set, and a pattern made of alternatives
one alternative at a time. The strings come from the pattern itself, never from a hand-kept
list, so a pattern that changes keeps a correct filter: the results are always those of the
bare pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from dkg.loaders.case_blind import lowered_search
from dkg.loaders.pattern_branches import top_level_branches
from dkg.loaders.skip_ahead import Search
from dkg.loaders.skip_ahead_pattern import found_all, searched_finditer
from dkg.loaders.substring_test import StringSets, SubstringTest, build_substring_test

_MAX_STRINGS = 64
"""More alternatives than this are not worth testing one by one: the pattern runs instead."""
_MAX_CLASS = 8
"""A character class of at most this many characters ("[Hh]") is read as alternatives."""
_MAX_SETS = 3
"""Required sets tested per pattern. Scores cannot tell a common short string from a rare one,
so the second may be "to" and the third the "'s" that rejects most sentences."""
_MAX_BRANCHES = 8
"""Alternatives scanned one by one at most: each costs its own test of the text, so a long
list of single words ("agreement|accord|treaty|...") is better tested and scanned as one."""

_END = sys.maxsize
"""``endpos`` when none is given, as ``re`` has it."""


@dataclass(frozen=True)
class Literals:
    """Strings of which every match holds one; ``folded`` ones are tested on ``fold(text)``."""

    strings: frozenset[str]
    folded: bool

    def score(self) -> tuple[int, int]:
        """Longer and fewer strings reject more text."""
        return (min(map(len, self.strings)), -len(self.strings))


@dataclass(frozen=True)
class _Shape:
    """What a piece of pattern matches: exactly one of ``exact``, or text containing ``needed``."""

    exact: Literals | None
    needed: Literals | None


_EMPTY_STRING = Literals(frozenset({""}), False)
_NOTHING_KNOWN = _Shape(None, None)
_EMPTY = _Shape(_EMPTY_STRING, None)


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings of which every match of ``pattern`` contains one, or None when none are known.

    >>> found = required_literals(re.compile(r"\\b(?:state|official) visit(?:s)?\\b"))
    >>> sorted(found.strings), found.folded
    (['official visit', 'state visit'], False)
    >>> required_literals(re.compile(r"[A-Z]\\w+")) is None
    True
    """
    sets = required_literal_sets(pattern)
    return sets[0] if sets else None


def _sequence(items: list[tuple[Any, Any]], ignore_case: bool) -> _Shape:
    """Concatenated items: runs of exact pieces join up; the most selective requirement wins."""
    candidates, run, all_exact = _requirements(items, ignore_case)
    useful = [c for c in candidates if "" not in c.strings]
    return _Shape(run if all_exact else None, max(useful, key=Literals.score) if useful else None)


def _requirements(
    items: list[tuple[Any, Any]], ignore_case: bool
) -> tuple[list[Literals], Literals, bool]:
    """What concatenated items each need, the exact strings of the last run of them, and
    whether the whole sequence is one such run."""
    candidates: list[Literals] = []
    run = _EMPTY_STRING  # the exact strings of the adjacent pieces read so far
    all_exact = True
    for item in items:
        shape = _item(item, ignore_case)
        if shape.exact is not None:
            joined = _joined(run, shape.exact)
            if joined is None:  # too many alternatives: start a new run here
                all_exact = False
                candidates.append(run)
                joined = shape.exact
            run = joined
            continue
        all_exact = False
        candidates.append(run)
        run = _EMPTY_STRING
        if shape.needed is not None:
            candidates.append(shape.needed)
    candidates.append(run)
    return candidates, run, all_exact


def required_literal_sets(pattern: re.Pattern[str]) -> tuple[Literals, ...]:
    """Up to ``_MAX_SETS`` sets of strings of which every match holds one string each, the
    most selective first: "X's visit to" needs one of "visit", "trip", "tour" and also "'s".

    >>> [sorted(s.strings) for s in required_literal_sets(re.compile(r"\\w+'s\\s+(?:visit|trip)"))]
    [['trip', 'visit'], ["'s"]]
    """
    if pattern.flags & (re.LOCALE | re.VERBOSE):
        return ()  # LOCALE folds by the C locale; VERBOSE is parsed by flag, not tested here
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    candidates, _, _ = _requirements(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    found: list[Literals] = []
    for literals in sorted(
        (_shortest(c) for c in candidates if "" not in c.strings),
        key=Literals.score,
        reverse=True,
    ):
        if literals not in found:
            found.append(literals)
    return tuple(found[:_MAX_SETS])


def _shortest(found: Literals) -> Literals:
    """A string that holds another is found whenever that one is: test the shorter alone."""
    strings = found.strings
    return Literals(
        frozenset(s for s in strings if not any(o != s and o in s for o in strings)), found.folded
    )


def _joined(left: Literals, right: Literals) -> Literals | None:
    if len(left.strings) * len(right.strings) > _MAX_STRINGS:
        return None
    folded = left.folded or right.folded
    lefts, rights = left.strings, right.strings
    if folded:
        if not all(s.isascii() for s in lefts | rights):
            return None  # lower-casing beyond ASCII is not character by character
        lefts = frozenset(s.lower() for s in lefts)
        rights = frozenset(s.lower() for s in rights)
    return Literals(frozenset(a + b for a in lefts for b in rights), folded)


def _char(code: int, ignore_case: bool) -> _Shape:
    char = chr(code)
    if ignore_case and not char.isascii():
        return _NOTHING_KNOWN
    return _Shape(Literals(frozenset({char.lower() if ignore_case else char}), ignore_case), None)


def _item(item: tuple[Any, Any], ignore_case: bool) -> _Shape:
    """One node of the syntax tree (``re._parser``)."""
    op, av = item
    if op is sre.LITERAL:
        return _char(av, ignore_case)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _EMPTY  # zero-width: consumes nothing, so neighbours stay adjacent
    if op is sre.IN:
        return _class(av, ignore_case)
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags & re.IGNORECASE:
            ignore_case = True
        if del_flags & re.IGNORECASE:
            ignore_case = False
        return _sequence(list(body), ignore_case)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), ignore_case)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        inner = _sequence(list(body), ignore_case)
        if low == 0 and high == 1 and inner.exact is not None:
            return _Shape(_union([inner.exact, _EMPTY_STRING]), None)  # "visits?"
        if low == 0:
            return _NOTHING_KNOWN
        if low == high == 1:
            return inner
        return _Shape(None, inner.needed or inner.exact)
    if op is sre.BRANCH:
        return _branch([_sequence(list(b), ignore_case) for b in av[1]])
    return _NOTHING_KNOWN


def _class(members: list[tuple[Any, Any]], ignore_case: bool) -> _Shape:
    if len(members) > _MAX_CLASS or any(op is not sre.LITERAL for op, _ in members):
        return _NOTHING_KNOWN
    shapes = [_char(code, ignore_case) for _, code in members]
    return _branch(shapes)


def _branch(shapes: list[_Shape]) -> _Shape:
    """Alternatives: the union of what each requires, known only if each requires something."""
    exact = [s.exact for s in shapes]
    if all(e is not None for e in exact):
        union = _union([e for e in exact if e is not None])
        if union is not None:
            return _Shape(union, None)
    needed = [s.needed or s.exact for s in shapes]
    if any(n is None or "" in n.strings for n in needed):
        return _NOTHING_KNOWN
    # A needed set is only tested, never joined to its neighbours, so a string that holds
    # another of the union ("returned" beside "return") adds nothing but its count.
    union = _union([n for n in needed if n is not None])
    return _Shape(None, _shortest(union) if union is not None else None)


def _union(parts: list[Literals]) -> Literals | None:
    folded = any(p.folded for p in parts)
    strings: set[str] = set()
    for part in parts:
        if folded and not part.folded:
            if not all(s.isascii() for s in part.strings):
                return None
            strings |= {s.lower() for s in part.strings}
        else:
            strings |= part.strings
    if len(strings) > _MAX_STRINGS:
        return None
    return Literals(frozenset(strings), folded)


class Prefiltered:
    """A pattern compiled as ``re.compile`` does that first checks, at C speed, for a string
    every match must hold.

    It answers ``search``, ``match``, ``fullmatch``, ``finditer`` and ``findall`` exactly as the
    pattern does; on text without any required string it answers "no match" without scanning.
    A pattern made of alternatives that each need their own strings ("visit ... made by X" or
    "X's trip to") scans for each alternative only where its strings are; the matches are still
    those of the whole pattern, found by matching it where the leftmost alternative starts.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        compiled = self.compiled = re.compile(pattern, flags)
        self.pattern = pattern
        self.flags = compiled.flags
        self.groupindex = compiled.groupindex
        # Read on first use: reading the syntax tree of every pattern at import would add
        # some 50 ms to each command, most of which never extract.
        self._branches: tuple[tuple[_Filter, Search], ...] = ()
        self._search: Search = compiled.search
        self._twinned = False  # whether ``_search`` scans through another pattern (a twin)
        # The filter's own test once it is read: the methods below call it directly, as they
        # run for every sentence and a call through one more method costs as much as a test.
        self._may_match: SubstringTest = self._read_literals

    def _read_literals(self, text: str, pos: int, endpos: int) -> bool:
        """Read the filter on first use, then test ``text`` with it."""
        found = _Filter.of(self.compiled)
        branches = [
            re.compile(b, self.flags) for b in top_level_branches(self.pattern, self.flags) or ()
        ]
        filters = [_Filter.of(b) for b in branches]
        if 1 < len(branches) <= _MAX_BRANCHES and all(f.sets for f in filters):
            searches = [lowered_search(b)[0] for b in branches]
            self._branches = tuple(zip(filters, searches, strict=True))
        else:
            self._search, self._twinned = lowered_search(self.compiled)
        self._may_match = found.may_match
        return found.may_match(text, pos, endpos)

    def may_match(self, text: str, pos: int = 0, endpos: int = _END) -> bool:
        """False only when ``text[pos:endpos]`` cannot hold a match."""
        return self._may_match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        if not self._may_match(text, pos, endpos):
            return None
        if not self._branches:
            return self._search(text, pos, endpos)
        return next(self._split_finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        if not self._may_match(text, pos, endpos):
            return None
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        if not self._may_match(text, pos, endpos):
            return None
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        if not self._may_match(text, pos, endpos):
            return iter(())
        if self._branches:
            return self._split_finditer(text, pos, endpos)
        if self._twinned:
            return searched_finditer(self._search, text, pos, endpos)
        return self.compiled.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        """``re.Pattern.findall``."""
        if not self._may_match(text, pos, endpos):
            return []
        if not self._branches and not self._twinned:
            return self.compiled.findall(text, pos, endpos)
        return found_all(self.finditer(text, pos, endpos), self.compiled.groups)

    def _split_finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches of the whole pattern, scanning each alternative only where it can match.

        The whole pattern's leftmost match starts where the leftmost of its alternatives does
        (each alternative's own leftmost match from ``pos`` stays so until ``pos`` passes it),
        and matching the whole pattern there picks the same alternative ``re`` would.
        """
        live = [b for f, b in self._branches if f.may_match(text, pos, endpos)]
        found = [search(text, pos, endpos) for search in live]
        while True:
            start = _END
            for i, branch in enumerate(live):
                match = found[i]
                if match is not None and match.start() < pos:
                    match = found[i] = branch(text, pos, endpos)
                if match is not None and match.start() < start:
                    start = match.start()
            if start == _END:
                return
            whole = self.compiled.match(text, start, endpos)
            if whole is None:
                raise AssertionError(
                    f"{self.pattern!r} split wrongly into alternatives: report it as a bug of "
                    "prefilter.py and wrap the pattern in re.compile meanwhile"
                )
            yield whole
            pos = whole.end()


@dataclass(frozen=True)
class _Filter:
    """Sets of strings of which a pattern's every match holds one each (none: it may match
    anywhere); a set is ``folded`` when tested on ``fold(text)``. ``may_match`` tests them."""

    sets: StringSets
    may_match: SubstringTest = field(compare=False)

    @staticmethod
    def of(pattern: re.Pattern[str]) -> _Filter:
        # Every set must hold, so they may be tested in any order: the one of fewest strings
        # first. Most texts hold no match, and rejecting one costs a search per string of the
        # set that rejects it; a long word list tested first costs all its searches even when
        # a single "'s" after it would have rejected the text at once.
        found = sorted(required_literal_sets(pattern), key=lambda s: len(s.strings))
        sets = tuple((tuple(sorted(s.strings)), s.folded) for s in found)
        return _Filter(sets, build_substring_test(sets))
