"""Patterns that skip text lacking the words every match must contain.

Most extraction patterns scan every sentence and find nothing in nearly all of them: Python's
``re`` tries the pattern at each position, which costs tens of microseconds per sentence even
when the pattern's cue word ("visit", "talks", "signed") appears nowhere. A substring test
(``"visit" in text``) runs at C speed over the whole sentence in well under a microsecond.

``required_literals`` reads a compiled pattern's syntax tree and returns strings of which every
match contains at least one; ``Prefiltered`` runs the pattern only on text that holds one of
them. The strings come from the pattern itself, never from a hand-kept list, so a pattern that
changes keeps a correct filter: the results are always those of the bare pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MAX_STRINGS = 64
"""More alternatives than this are not worth testing one by one: the pattern runs instead."""
_MAX_CLASS = 8
"""A character class of at most this many characters ("[Hh]") is read as alternatives."""

_END = sys.maxsize
"""``endpos`` when none is given, as ``re`` has it."""
_FOLDED_TO_ASCII = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))
"""The only non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter or digit;
they are mapped before lower-casing so that case-insensitive cues are found where they match.
"""


def fold(text: str) -> str:
    """The text as case-insensitive cues are tested against (same length as ``text``)."""
    if not text.isascii():
        # str.replace, not str.translate: a translation table costs ~25 us a sentence.
        for char, ascii_char in _FOLDED_TO_ASCII:
            text = text.replace(char, ascii_char)
    return text.lower()


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
    if pattern.flags & (re.LOCALE | re.VERBOSE):
        return None  # LOCALE folds by the C locale; VERBOSE is parsed by flag, not tested here
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    shape = _sequence(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    found = shape.needed or shape.exact
    if found is None or "" in found.strings:
        return None
    # A string that holds another is found whenever that one is: test the shorter alone.
    shortest = {s for s in found.strings if not any(o != s and o in s for o in found.strings)}
    return Literals(frozenset(shortest), found.folded)


def _sequence(items: list[tuple[Any, Any]], ignore_case: bool) -> _Shape:
    """Concatenated items: runs of exact pieces join up; the most selective requirement wins."""
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
    useful = [c for c in candidates if "" not in c.strings]
    return _Shape(run if all_exact else None, max(useful, key=Literals.score) if useful else None)


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
    return _Shape(None, _union([n for n in needed if n is not None]))


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
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        compiled = self.compiled = re.compile(pattern, flags)
        self.pattern = pattern
        self.flags = compiled.flags
        self.groupindex = compiled.groupindex
        # Read on first use: reading the syntax tree of every pattern at import would add
        # some 50 ms to each command, most of which never extract.
        self._strings: tuple[str, ...] | None = None
        self._folded = False

    def _read_literals(self) -> tuple[str, ...]:
        literals = required_literals(self.compiled)
        self._folded = literals is not None and literals.folded
        self._strings = tuple(sorted(literals.strings)) if literals else ()
        return self._strings

    def may_match(self, text: str, pos: int = 0, endpos: int = _END) -> bool:
        """False only when ``text[pos:endpos]`` cannot hold a match."""
        strings = self._strings
        if strings is None:
            strings = self._read_literals()
        if not strings:
            return True
        if self._folded:
            text = _folded(text)
        # Plain loops: measured faster than any() over a generator, and this runs per call.
        if pos == 0 and endpos >= len(text):
            for string in strings:  # noqa: SIM110
                if string in text:
                    return True
            return False
        for string in strings:  # noqa: SIM110
            if text.find(string, pos, endpos) >= 0:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        if not self.may_match(text, pos, endpos):
            return None
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        if not self.may_match(text, pos, endpos):
            return None
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        if not self.may_match(text, pos, endpos):
            return None
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        if not self.may_match(text, pos, endpos):
            return iter(())
        return self.compiled.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        """``re.Pattern.findall``."""
        if not self.may_match(text, pos, endpos):
            return []
        return self.compiled.findall(text, pos, endpos)


_FOLDS: dict[str, str] = {}
"""Texts folded lately and their folds. The patterns of a step test the same sentence one
after another, and some test the whole document between two sentences, so one remembered
text would be folded again and again; a dict keyed by the text finds either at once."""
_MAX_FOLDS = 64


def _folded(text: str) -> str:
    folded = _FOLDS.get(text)
    if folded is None:
        if len(_FOLDS) >= _MAX_FOLDS:
            _FOLDS.clear()  # the texts of earlier documents: cheaper to drop than to track
        folded = _FOLDS[text] = fold(text)
    return folded
