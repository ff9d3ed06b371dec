"""The patterns of titles and honorifics, written so that ``re`` scans them fast.

``re`` tries a pattern that starts with ``\\b``, a look-behind or a repeated group at every
position of every sentence; one that starts with alternatives of single characters is skipped
at C speed to the positions holding one of them, which for titles are a few capitals a
sentence. These builders write the plain patterns (given in their docstrings) in that form;
they match exactly what the plain patterns match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from dkg.loaders.trie import trie_pattern


def title_pattern(ranks: Sequence[str], heads: Sequence[str]) -> str:
    """Titles with their ranks, ``\\b(?:(?:ranks)[\\s-]+)*(?:heads)(?!\\w)``: the pattern
    branches on the first letter, tests the word boundary after it, and then reads the rest as
    the plain pattern would, the ranks starting with that letter in their order, then the heads.
    """
    every = (*ranks, *heads)
    all_ranks = "|".join(re.escape(r) for r in ranks)
    plain = rf"(?:(?:{all_ranks})[\s-]+)*(?:{trie_pattern(heads)})"
    if not all(_WORD_START.match(w) for w in every):
        return rf"\b{plain}(?!\w)"  # a title that starts with a sign: no first letters
    branches = []
    for letter in sorted({w[0] for w in every}):
        rest = []
        ranked = [re.escape(r[1:]) for r in ranks if r[0] == letter]
        if ranked:
            rest.append(rf"(?:{'|'.join(ranked)})[\s-]+{plain}")
        headed = [h[1:] for h in heads if h[0] == letter]
        if headed:
            rest.append(f"(?:{trie_pattern(headed)})" + ("?" if "" in headed else ""))
        branches.append(rf"{re.escape(letter)}(?<!\w.)(?:{'|'.join(rest)})")
    return f"(?:{'|'.join(branches)})(?!\\w)"


_WORD_START = re.compile(r"\w")
_RETIRED = r"(?:\((?i:ret(?:'?d)?|rtd|retired)\)\s+)?"
"""The mark of a retired officer after a rank: "Brigadier (Ret'd) ...", "Colonel (rtd) ..."."""


def honorifics_pattern(spellings: Iterable[str]) -> str:
    """One or more honorifics, ``(?<![\\w.])(?:(?:the\\s+)?(?:honorifics)\\.?\\s+)+`` with no
    "the" before the first, which tests after its first letter that no word or dot comes before
    it. Commonwealth styles stack with a lower-case "the" between them: "His Excellency the
    Most Hon. Sir Patrick Allen", "Senator the Hon. Jane Doe"."""
    words = sorted(set(spellings))
    first = trie_pattern(words, after_first=r"(?<![\w.].)")
    if not all(_WORD_START.match(w) for w in words):
        first = rf"(?<![\w.])(?:{trie_pattern(words)})"  # a sign first: no first letters
    more = rf"(?:the\s+)?(?:{trie_pattern(words)})\.?\s+{_RETIRED}"
    return rf"(?:{first})\.?\s+{_RETIRED}(?:{more})*"
