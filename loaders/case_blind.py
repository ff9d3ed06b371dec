"""Case-blind text and patterns: what ``re.IGNORECASE`` tests see, made cheap to test.

``fold`` gives the text that case-insensitive cue words are looked for in (prefilter.py).
``lowered_twin`` rewrites a case-insensitive pattern into a case-sensitive one that finds the
same matches in ``lowered(text)``: ``re`` compares each character of a case-insensitive
pattern through a case mapping and cannot skip ahead to an alternative's first letter, so a
long list of cue verbs costs two to three times as much to scan as the same list in lower
case. The twin only says where a match starts; the match itself is then made by the pattern
on the text, so groups and offsets are those of the pattern.
"""

from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

from dkg.loaders.ascii_folds import FOLDED_TO_ASCII
from dkg.loaders.skip_ahead import Search, scanner, skip_ahead_search

_sre = _compiler._sre


def fold(text: str) -> str:
    """The text as case-insensitive cues are tested against (same length as ``text``)."""
    if not text.isascii():
        # str.replace, not str.translate: a translation table costs ~25 us a sentence.
        for char, ascii_char in FOLDED_TO_ASCII:
            text = text.replace(char, ascii_char)
    return text.lower()


_FOLDS: dict[str, str] = {}
"""Texts folded lately and their folds. The patterns of a step test the same sentence one
after another, and some test the whole document between two sentences, so one remembered
text would be folded again and again; a dict keyed by the text finds either at once."""
_LOWERED: dict[str, str | None] = {}
_MAX_REMEMBERED = 64


def folded(text: str) -> str:
    """``fold(text)``, remembered for the texts tested lately."""
    found = _FOLDS.get(text)
    if found is None:
        if len(_FOLDS) >= _MAX_REMEMBERED:
            _FOLDS.clear()  # the texts of earlier documents: cheaper to drop than to track
        found = _FOLDS[text] = fold(text)
    return found


def lowered(text: str) -> str | None:
    """``text`` with its ASCII capitals in lower case, or None when folding it changes more.

    A twin pattern is exact on such text: only ASCII letters differ from ``text``, and those
    the case-insensitive pattern compares in lower case anyway. A capital beyond ASCII ("Ö"),
    or a character case-blind matching takes for an ASCII letter ("\u0131", "\u017f"), would
    not compare the same, and the pattern scans ``text`` itself instead.
    """
    if text.isascii():
        return folded(text)
    try:
        return _LOWERED[text]
    except KeyError:
        pass
    if len(_LOWERED) >= _MAX_REMEMBERED:
        _LOWERED.clear()
    # bytes.lower() lowers ASCII letters only; the bytes of other characters stay as they are.
    whole = folded(text)
    found = _LOWERED[text] = whole if text.encode().lower().decode() == whole else None
    return found


def lowered_search(pattern: re.Pattern[str]) -> tuple[Search, bool]:
    """``pattern.search``, scanning through the pattern's lower-case twin where it has one, and
    through a scanner that ``re`` can skip ahead in where one helps (skip_ahead.py); and whether
    it scans through either (the match is then the pattern's own, made where the scan found it).

    >>> search, twinned = lowered_search(re.compile(r"(?P<verb>visit|tour)ed", re.IGNORECASE))
    >>> twinned, search("He VISITED Chad and toured Niger.", 0, 99)["verb"]
    (True, 'VISIT')
    """
    parsed = _lowered_tree(pattern)
    if parsed is None:
        own = skip_ahead_search(pattern)
        return (pattern.search, False) if own is None else (own, True)
    flags = pattern.flags & ~re.IGNORECASE
    twin = scanner(parsed, flags) or _compiler.compile(parsed, flags)
    scan, match = twin.search, pattern.match
    # The pattern's own scan serves only text that cannot be lowered: made when first needed,
    # as a case-blind scanner costs some 1.4 ms to compile and most patterns never need one.
    plain: Search | None = None

    def search(text: str, pos: int, endpos: int) -> re.Match[str] | None:
        nonlocal plain
        lower = lowered(text)
        if lower is None:
            if plain is None:
                plain = skip_ahead_search(pattern) or pattern.search
            return plain(text, pos, endpos)
        found = scan(lower, pos, endpos)
        # The twin's leftmost match starts where the pattern's does: match the pattern there.
        return None if found is None else match(text, found.start(), endpos)

    return search, True


_MAX_RANGE = 4096
"""Characters a class range may span: each is looked up for its case when the twin is made."""


class _NoTwin(Exception):
    """The pattern holds something its lower-case twin would not match alike."""


def lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern whose matches in ``lowered(text)`` start and end where those of
    the case-insensitive ``pattern`` do in ``text``; None where no such twin is known: patterns
    not case-insensitive throughout, with back-references or very wide character ranges, or
    that can match the empty string (their matches are not found by searching on from the
    previous one's end).

    >>> twin = lowered_twin(re.compile(r"\\b(?:Visit|[A-C]x)s?\\b", re.IGNORECASE))
    >>> twin.pattern, [m.span() for m in twin.finditer(lowered("VISITS and bX"))]
    (None, [(0, 6), (11, 13)])
    """
    parsed = _lowered_tree(pattern)
    if parsed is None:
        return None
    compiled: re.Pattern[str] = _compiler.compile(parsed, pattern.flags & ~re.IGNORECASE)
    return compiled


def _lowered_tree(pattern: re.Pattern[str]) -> Any:
    """The syntax tree (``re._parser``) of ``lowered_twin(pattern)``, or None."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & (re.LOCALE | re.VERBOSE):
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] == 0:
        return None
    try:
        parsed.data = _lowered_items(parsed.data)
    except _NoTwin:
        return None
    parsed.state.flags &= ~re.IGNORECASE
    return parsed


def _lowered_items(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    return [_lowered_item(op, av) for op, av in items]


def _lowered_item(op: Any, av: Any) -> tuple[Any, Any]:
    """One node of the syntax tree (``re._parser``), matching in lower case only."""
    if op in (sre.LITERAL, sre.NOT_LITERAL):
        codes = _lowered_codes(av)
        if len(codes) == 1:
            return op, codes[0]
        negated = [(sre.NEGATE, None)] if op is sre.NOT_LITERAL else []
        return sre.IN, negated + [(sre.LITERAL, c) for c in codes]
    if op is sre.IN:
        return op, _lowered_class(av)
    if op in (sre.ANY, sre.AT, sre.CATEGORY):
        return op, av
    if op is sre.SUBPATTERN:
        group, add_flags, del_flags, body = av
        if (add_flags | del_flags) & re.IGNORECASE:
            raise _NoTwin  # a part that minds case: lower-cased text has lost it
        return op, (group, add_flags, del_flags, _lowered_sub(body))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        return op, (low, high, _lowered_sub(body))
    if op is sre.BRANCH:
        return op, (av[0], [_lowered_sub(b) for b in av[1]])
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, body = av
        return op, (direction, _lowered_sub(body))
    if op is sre.ATOMIC_GROUP:
        return op, _lowered_sub(av)
    raise _NoTwin  # back-references, conditionals


def _lowered_sub(body: Any) -> Any:
    body.data = _lowered_items(body.data)
    return body


def _lowered_codes(code: int) -> list[int]:
    """The characters of lowered text that a character of the pattern matches regardless of
    case: its lower case, and the letters ``re`` takes for the same one ("ς" for "Σ")."""
    if code < 128:
        return [ord(chr(code).lower())]
    if not _sre.unicode_iscased(code):
        return [code]
    lower = _sre.unicode_tolower(code)
    return [lower, *_EXTRA_CASES.get(lower, ())]


def _lowered_class(members: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    lowered_members: list[tuple[Any, Any]] = []
    for op, av in members:
        if op is sre.LITERAL:
            lowered_members.extend((op, c) for c in _lowered_codes(av))
        elif op is sre.RANGE:
            low, high = av
            if high - low > _MAX_RANGE:
                raise _NoTwin  # too many characters to look through for their case
            # "[A-Z]" is "[a-z]" in lowered text, "[À-Þ]" is "[à-þ]".
            codes = {c for code in range(low, high + 1) for c in _lowered_codes(code)}
            lowered_members.extend((sre.LITERAL, c) for c in sorted(codes))
        elif op in (sre.NEGATE, sre.CATEGORY):
            lowered_members.append((op, av))
        else:
            raise _NoTwin
    return lowered_members
