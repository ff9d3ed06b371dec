"""The words and punctuation of a sentence, as the sector matcher and region finders read it.

Labels and sentences are compared token by token on folded keys, so "E-commerce" and
"e-commerce" are one label, and a curly apostrophe reads as a straight one.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.sentence_tokens import SentenceTokens, Token

# Token is the sectors' unit of reading: its readers find it here, beside the label tokens.
__all__ = ["Token", "fold_label", "to_tokens", "word_keys"]

_WORD = re.compile(r"\w+")


def to_tokens(text: str) -> list[Token]:
    """Words and punctuation with offsets; ``key`` is the lower-cased form, apostrophes unified."""
    return SentenceTokens(text).tokens


def word_keys(lowered: str) -> list[str]:
    """The ``key`` of each word token of a text, read from its fold (``folded(text)``) without
    making the tokens: folding keeps every character a word character or not, so the words of
    the fold are the keys of the text's words.

    >>> from dkg.loaders.case_blind import folded
    >>> word_keys(folded("Oil & Gas, E-commerce"))
    ['oil', 'gas', 'e', 'commerce']
    """
    return _WORD.findall(lowered)


def fold_label(label: str) -> str:
    """A label as the space-joined keys of its tokens ("E-commerce" -> "e - commerce")."""
    return " ".join(t.key for t in to_tokens(label))
