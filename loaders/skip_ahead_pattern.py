"""``re.compile`` for patterns that have no cue string to filter on but a scan to speed up.

``Prefiltered`` gives its patterns the lower-case twins (case_blind.py) and the skip-ahead
scanners (skip_ahead.py) behind its filter. A pattern no cue string filters ("\\bfrom\\s+the\\s+$",
a date of any form, "the X president") still scans every sentence, and a plain ``re.compile``
leaves it to ``re``'s slowest scan when it opens with ``\\b``, a look-around or an optional
group. ``SkipAheadPattern`` is that ``re.compile`` with the same scanners: a step changes one
line per pattern, and its answers stay those of the pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

from dkg.loaders.case_blind import lowered_search
from dkg.loaders.skip_ahead import Search

_END = sys.maxsize
"""``endpos`` when none is given, as ``re`` has it."""


class SkipAheadPattern:
    """A compiled pattern whose ``search``, ``finditer`` and ``findall`` find where a match
    starts through a scanner ``re`` can skip ahead in (or the pattern's lower-case twin), where
    one helps; ``match`` and ``fullmatch`` are the pattern's own.

    >>> date = SkipAheadPattern(r"\\b(?:(?P<day>\\d{1,2}) May|May (?P<d>\\d{1,2}))\\b")
    >>> [m.span() for m in date.finditer("On 3 May and May 14, not 3 Mayo.")]
    [(3, 8), (13, 19)]
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        compiled = self.compiled = re.compile(pattern, flags)
        self.pattern = pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        # The scanner is made on first use: most commands import the steps and never extract.
        self._search: Search = self._first_search
        self._scanned: bool | None = None  # whether ``_search`` scans through another pattern

    def _read(self) -> None:
        """Make the scanner, or take the pattern's own search where none helps."""
        self._search, self._scanned = lowered_search(self.compiled)

    def _first_search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        self._read()
        return self._search(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        return self._search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.match``: a scanner cannot help a match at one place."""
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        if self._scanned is None:
            self._read()
        if not self._scanned:
            return self.compiled.finditer(text, pos, endpos)
        return searched_finditer(self._search, text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        """``re.Pattern.findall``."""
        if self._scanned is None:
            self._read()
        if not self._scanned:
            return self.compiled.findall(text, pos, endpos)
        return found_all(searched_finditer(self._search, text, pos, endpos), self.groups)


def searched_finditer(search: Search, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The matches one search after another: those of ``finditer`` for a pattern that never
    matches the empty string, as one with a scanner or a twin never does."""
    while (match := search(text, pos, endpos)) is not None:
        yield match
        pos = match.end()


def found_all(matches: Iterator[re.Match[str]], groups: int) -> list[Any]:
    """What ``re.Pattern.findall`` returns for these matches of a pattern with ``groups``."""
    return [(m.group(groups) or "") if groups < 2 else m.groups("") for m in matches]
