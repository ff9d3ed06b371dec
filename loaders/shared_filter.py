"""One substring test for several patterns that need words alike.

Each ``Prefiltered`` pattern rejects a text by testing it for every string of one of its
required sets, so three readers whose patterns each need a word for a kind of firm ("company",
"firms", "carmaker", ...) test a sentence that holds none of them some hundred times. A
``SharedFilter`` tests it once for the union of those sets, each string that holds another
left out ("carmakers" holds "maker"): where none of them is found, no pattern can match.
"""

from __future__ import annotations

import re

from dkg.loaders.case_blind import folded
from dkg.loaders.prefilter import Literals, required_literal_sets


class SharedFilter:
    """False for a text that none of ``patterns`` can match, tested with one string set.

    >>> kinds = SharedFilter(re.compile(r"(?:firms|carmakers)\\s+"), re.compile(r"makers?"))
    >>> kinds.strings
    ('firms', 'maker')
    >>> kinds.may_match("Talks ended."), kinds.may_match("German CARMAKERS such as")
    (False, True)
    """

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        found: set[str] = set()
        for pattern in patterns:
            sets = required_literal_sets(pattern)
            if not sets:
                raise ValueError(f"{pattern.pattern!r} needs no string: it cannot be filtered")
            found |= {string.lower() for string in max(sets, key=Literals.score).strings}
        if not all(string.isascii() for string in found):
            # An ASCII string found in a text is found, lower-cased, in its fold; beyond ASCII,
            # folding may map a character to several, or by its neighbours.
            raise ValueError("a shared filter tests ASCII strings only")
        self.strings = tuple(sorted(s for s in found if not any(o != s and o in s for o in found)))

    def may_match(self, text: str) -> bool:
        """Whether ``text`` holds one of the strings: every match of every pattern holds one."""
        tested = folded(text)
        # A plain loop, as in prefilter.py: faster than any() over a generator.
        for string in self.strings:
            if string in tested:
                break
        else:
            return False
        return True
