"""Word lists compiled into trie-shaped regular expressions.

Python's ``re`` tries the branches of an alternation one by one at every position, so a list
of a few hundred titles costs hundreds of comparisons per character. Sharing prefixes
("Prime Minister|President|Premier" -> "Pr(?:ime Minister|e(?:sident|mier))") lets the engine
follow one path instead; matches are the same, longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Trie = dict[str, "Trie"]
"""One node: the next character -> the node after it; the key "" marks the end of a word."""


def trie_pattern(words: Iterable[str], after_first: str = "") -> str:
    """A regex (no groups) matching exactly the given words, preferring the longest.

    ``after_first`` goes right after the first character of every word: a look-behind there
    tests what precedes the word (``(?<!\\w.)`` is a word boundary before it) while the
    pattern still starts with single characters, which ``re`` skips ahead to at C speed; with
    a look-behind or ``\\b`` in front, it would try the pattern at every position instead.

    >>> pattern = re.compile(trie_pattern(["Prime Minister", "President", "Premier", "Pr"]))
    >>> [pattern.match(w).group() for w in ("President of", "Premiers", "Prime Minister X")]
    ['President', 'Premier', 'Prime Minister']
    >>> re.findall(trie_pattern(["ab", "b"], after_first=r"(?<!\\w.)"), "ab b cab")
    ['ab', 'b']
    """
    trie: Trie = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie, after_first)


def _pattern(node: Trie, after_first: str = "") -> str:
    ends_here = "" in node
    branches = [
        re.escape(char) + after_first + _pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    # Longer continuations first, so the longest word wins; the empty ending comes last.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body
