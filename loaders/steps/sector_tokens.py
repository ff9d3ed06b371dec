"""The words and punctuation of a sentence, as the sector matcher and region finders read it.

Labels and sentences are compared token by token on folded keys, so "E-commerce" and
"e-commerce" are one label, and a curly apostrophe reads as a straight one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dkg.loaders.case_blind import folded


class Token(NamedTuple):
    """A word or punctuation mark: its offsets, its text as written, its folded ``key``."""

    start: int
    end: int
    text: str
    key: str


_TOKEN = re.compile(r"\w+|&|[^\w\s]")
_WORD = re.compile(r"\w+")
_NEW_TUPLE = tuple.__new__


def to_tokens(text: str) -> list[Token]:
    """Words and punctuation with offsets; ``key`` is the lower-cased form, apostrophes unified."""
    lowered = folded(text).replace("\u2019", "'")
    # tuple.__new__ is what Token._make calls: the generated Token(...) costs a Python call
    # per token, a fifth of reading the tokens of a sentence.
    return [
        _NEW_TUPLE(Token, (start, end, text[start:end], lowered[start:end]))
        for start, end in map(re.Match.span, _TOKEN.finditer(text))
    ]


def word_keys(lowered: str) -> list[str]:
    """The ``key`` of each word token of a text, read from its fold (``folded(text)``) without
    making the tokens: folding keeps every character a word character or not, so the words of
    the fold are the keys of the text's words.

    >>> word_keys(folded("Oil & Gas, E-commerce"))
    ['oil', 'gas', 'e', 'commerce']
    """
    return _WORD.findall(lowered)


def fold_label(label: str) -> str:
    """A label as the space-joined keys of its tokens ("E-commerce" -> "e - commerce")."""
    return " ".join(t.key for t in to_tokens(label))
