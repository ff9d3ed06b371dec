"""Whether a text holds one of some words right before white space and a capital letter.

A scan for a list of a few hundred titles in both cases ("Presidents", "prime ministers")
followed by a name (``(?:trie)\\s+[A-Z]``) starts at nearly every letter, as nearly every
letter begins some title, and most sentences hold none of them. Every such match ends with
one of the words' last parts and a capital after white space, which ``re`` finds from their
single last letter at C speed ("s" for plurals); only those few places are then read back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class EndingBeforeCapital:
    """A test that holds for a text whenever ``words`` followed by white space and a capital
    (``(?:words)\\s+[A-Z]``, ``re`` as it is, case and all) has a match in it; it may hold for
    a text without one, so it is a filter to read before that scan, not a match.

    >>> gate = EndingBeforeCapital(["Presidents", "prime ministers"])
    >>> [gate.found_in(t) for t in ("the Presidents Xi and Lula", "prime ministers A and B")]
    [True, True]
    >>> [gate.found_in(t) for t in ("the presidents met", "Vice-Presidents X", "Presidents")]
    [False, True, False]
    """

    def __init__(self, words: Iterable[str]) -> None:
        # The last part of each word after white space or a hyphen: "Secretary-Generals" ends
        # "Generals", which a match of the whole word also ends with.
        self._endings = tuple(sorted({re.split(r"[\s-]", w)[-1] for w in words if w.strip()}))
        if not all(self._endings):
            raise ValueError("every word must end with something other than a space or hyphen")
        self._longest = max(map(len, self._endings), default=0)
        last_letters = sorted({e[-1] for e in self._endings})
        self._places = re.compile(
            rf"[{''.join(map(re.escape, last_letters))}](?=\s+[A-Z])" if last_letters else r"(?!)"
        )

    def found_in(self, text: str) -> bool:
        """False only when no word of the list stands in ``text`` before a capitalised word."""
        for place in self._places.finditer(text):
            end = place.start() + 1
            if text[max(0, end - self._longest) : end].endswith(self._endings):
                return True
        return False
