"""Scanners that let ``re`` skip ahead, for patterns whose opening tells it nothing.

``re`` reads, when it compiles a pattern, a literal prefix or a set of characters every match
starts with (``re/_compiler.py``, ``_compile_info``), and a search then skips in C to the
positions where a match can start. A pattern that opens with ``\\b``, a look-around, an
optional group or a repeat gets neither, and the matcher is entered at every position of the
text: ``\\bzzqx`` costs some fifteen times what ``zzqx`` does on a sentence holding neither.

For such a pattern P, ``scanner`` builds ``[F](?<=(?=P)[F])``, where F holds every character a
match of P can start with. It opens with a character set, which ``re`` skips to; at each such
character it steps back over it and tests P there. So its leftmost match starts exactly where
P's leftmost match does, in any text and for any ``pos`` and ``endpos``: the same matcher runs
on the same string at the same positions (``re`` reads look-behinds, ``\\b`` and ``^`` against
the whole string, never from ``pos``). The match itself is then made by P at that start, so
groups and offsets are P's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from dkg.loaders.ascii_folds import ignorecase_variants

Search = Callable[[str, int, int], "re.Match[str] | None"]
"""``re.Pattern.search`` with ``pos`` and ``endpos`` given."""

_sre = _compiler._sre

_DIGITS = (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT)
"""The one category worth skipping to: a class of all word characters or all spaces lets the
matcher in at nearly every position, and the scan costs more than the pattern alone."""


class _NotWorth(Exception):
    """The first characters are unknown, or so common that skipping to them saves nothing."""


def scanner(parsed: Any, flags: int) -> re.Pattern[str] | None:
    """A pattern whose leftmost match starts where that of ``parsed`` (a ``re._parser`` tree
    compiled with ``flags``) does, and that ``re`` can skip ahead through; None where ``re``
    already skips ahead, the pattern is anchored at the start, may match the empty string, or
    its first characters are unknown or common.

    >>> parsed = re._parser.parse(r"\\b(?:visit|tour)s?\\b", 0)
    >>> [m.start() for m in scanner(parsed, 0).finditer("A tour; revisits, visits")]
    [2, 18]
    """
    flags |= parsed.state.flags
    if flags & re.LOCALE or _skips_ahead(parsed, flags) or _anchored(parsed.data):
        return None
    try:
        members, nullable = _sequence_firsts(parsed.data, flags)
    except _NotWorth:
        return None
    if nullable or not members:
        return None
    # The first characters as they are, case-blind pattern or not: "[Kk\u212a]", not "(?i:k)".
    chars = sre_parse.SubPattern(parsed.state, [(sre.IN, members)])
    first = (sre.SUBPATTERN, (None, 0, re.IGNORECASE, chars))
    here = sre_parse.SubPattern(parsed.state, [(sre.ASSERT, (1, parsed)), first])
    scan = sre_parse.SubPattern(parsed.state, [first, (sre.ASSERT, (-1, here))])
    compiled: re.Pattern[str] = _compiler.compile(scan, flags)
    return compiled


def skip_ahead_search(pattern: re.Pattern[str]) -> Search | None:
    """``pattern.search``, finding where a match starts through the pattern's ``scanner``;
    None where it has none. The match is the pattern's own, made at that start.

    >>> search = skip_ahead_search(re.compile(r"\\b(?P<verb>visit|tour)ed"))
    >>> search("He revisited Chad and toured Niger.", 0, 99)["verb"]
    'tour'
    """
    scan = scanner(sre_parse.parse(pattern.pattern, pattern.flags), pattern.flags)
    if scan is None:
        return None
    find, match = scan.search, pattern.match

    def search(text: str, pos: int, endpos: int) -> re.Match[str] | None:
        found = find(text, pos, endpos)
        return None if found is None else match(text, found.start(), endpos)

    return search


def _skips_ahead(parsed: Any, flags: int) -> bool:
    """Whether ``re`` finds a literal prefix or a set of first characters by itself."""
    code: list[int] = []
    _compiler._compile_info(code, parsed, flags)
    return bool(code[2])  # INFO, its length, then the mask of what was found


def _anchored(items: list[tuple[Any, Any]]) -> bool:
    """Whether the pattern opens with ``^`` or ``\\A``: ``re`` tries those at the start only."""
    while items:
        op, av = items[0]
        if op is not sre.SUBPATTERN:
            return op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
        items = av[3].data
    return False


def _sequence_firsts(items: list[tuple[Any, Any]], flags: int) -> tuple[list[Any], bool]:
    """The characters a match of concatenated items can start with, and whether the items can
    match the empty string (then what follows them can start the match too)."""
    members: list[Any] = []
    for op, av in items:
        found, nullable = _item_firsts(op, av, flags)
        members += found
        if not nullable:
            return members, False
    return members, True


def _item_firsts(op: Any, av: Any, flags: int) -> tuple[list[Any], bool]:
    """One node of the syntax tree (``re._parser``)."""
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [], True  # zero-width: the match starts with what follows
    if op is sre.LITERAL:
        return [(op, c) for c in _cases(av, flags)], False
    if op is sre.IN:
        return _class_firsts(av, flags), False
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return _sequence_firsts(body.data, (flags | add_flags) & ~del_flags)
    if op is sre.ATOMIC_GROUP:
        return _sequence_firsts(av.data, flags)
    if op is sre.BRANCH:
        members: list[Any] = []
        any_nullable = False
        for branch in av[1]:
            found, nullable = _sequence_firsts(branch.data, flags)
            members += found
            any_nullable = any_nullable or nullable
        return members, any_nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        found, nullable = _sequence_firsts(body.data, flags)
        return found, nullable or low == 0
    raise _NotWorth  # any character, negated classes, back-references, conditionals


def _class_firsts(members: list[tuple[Any, Any]], flags: int) -> list[Any]:
    """The members of a character class as a case-sensitive class matches them."""
    found: list[Any] = []
    for op, av in members:
        if op is sre.CATEGORY and av in _DIGITS:
            found.append((op, av))  # digits have no case
        elif op is sre.LITERAL:
            found += ((op, c) for c in _cases(av, flags))
        elif op is not sre.RANGE:
            raise _NotWorth  # a negation, or a category of common characters
        elif flags & re.IGNORECASE and any(map(_sre.unicode_iscased, range(av[0], av[1] + 1))):
            found += (
                (sre.LITERAL, c) for code in range(av[0], av[1] + 1) for c in _cases(code, flags)
            )
        else:
            found.append((op, av))
    return found


def _cases(code: int, flags: int) -> tuple[int, ...]:
    """The characters that match the pattern character ``code`` under ``flags``."""
    if not flags & re.IGNORECASE or not _sre.unicode_iscased(code):
        return (code,)
    if code >= 128:
        raise _NotWorth  # its other cases are Unicode's to tell, letter by letter
    return ignorecase_variants(code)
