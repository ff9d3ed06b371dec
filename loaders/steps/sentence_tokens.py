"""The words and punctuation marks of a sentence, read once for the finders that read it token by
token.

The known-company lookup reads every sentence's words as written (``words``); the sector matcher
reads tokens with their offsets and folded keys (``tokens``), in the quarter of sentences where a
cue or a head noun opens a region. annotate-facts hands one ``SentenceTokens`` to both, so that a
sentence is scanned for its tokens once: the sectors, which run first, read the tokens where
they need them, and the companies take the words from that reading, or scan for the words alone.
"""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from typing import NamedTuple

from dkg.loaders.case_blind import folded


class Token(NamedTuple):
    """A word or punctuation mark: its offsets, its text as written, its folded ``key``."""

    start: int
    end: int
    text: str
    key: str


TOKEN = re.compile(r"\w+|[^\w\s]")
"""A token: a run of word characters, or one character that is neither one nor a space."""
_TOKEN_PIECES = re.compile(f"({TOKEN.pattern})")
"""The tokens captured, so that ``split`` gives the spaces between them too."""
_NEW_TUPLE = tuple.__new__


class SentenceTokens:
    """The tokens of one text, each form read on first use and kept for the next finder.

    >>> read = SentenceTokens("Oil & Gas\u2019 E-commerce")
    >>> read.words
    ['Oil', '&', 'Gas', '\u2019', 'E', '-', 'commerce']
    >>> read.tokens[3]
    Token(start=9, end=10, text='\u2019', key="'")
    """

    __slots__ = ("_tokens", "_words", "text")

    def __init__(self, text: str) -> None:
        """Read nothing yet: most sentences need only their words, and some nothing at all."""
        self.text = text
        self._words: list[str] | None = None
        self._tokens: list[Token] | None = None

    @property
    def words(self) -> list[str]:
        """Each token's text as written (``TOKEN.findall(text)``)."""
        if self._words is None:
            self._words = TOKEN.findall(self.text)
        return self._words

    @property
    def tokens(self) -> list[Token]:
        """The tokens with their offsets; ``key`` is the fold, with apostrophes unified."""
        if self._tokens is None:
            self._tokens = self._read_tokens()
        return self._tokens

    def _read_tokens(self) -> list[Token]:
        text = self.text
        # Folding keeps every character one character, and a word character, a space or neither
        # as it was (tests/loaders/test_sentence_tokens.py checks every code point), so the
        # tokens of the fold are the keys of the text's, at the same offsets. Split, the fold
        # gives the keys and the spaces between them, whose running lengths are the offsets:
        # no dearer than reading match by match, and it gives the words on the way.
        pieces = _TOKEN_PIECES.split(folded(text).replace("\u2019", "'"))
        bounds = list(accumulate(map(len, pieces)))
        starts, ends = bounds[0:-1:2], bounds[1::2]  # the last bound ends the spaces after all
        if self._words is None:
            self._words = list(map(text.__getitem__, map(slice, starts, ends)))
        # tuple.__new__ is what Token._make calls, without a Python call per token
        fields = zip(starts, ends, self._words, pieces[1::2], strict=True)
        return list(map(_NEW_TUPLE, repeat(Token), fields))
