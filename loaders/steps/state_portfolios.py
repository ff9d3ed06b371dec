"""The portfolio written right after "Minister of State" without "for": "Minister of State
Foreign Affairs Jane Doe" holds the post "Minister of State Foreign Affairs".

Translations of South Asian and African releases drop the "for" of a junior minister's title,
and the title reader took "Minister of State" for the whole post and the portfolio for the
first words of the name ("Foreign Affairs Jane Doe"). After "Minister of State" or "Secretary of
State", the words of a portfolio ("Foreign Affairs", "Public Administration") are the post's,
and the name starts after them.
"""

from __future__ import annotations

import re
from collections.abc import Container

from dkg.loaders.letters import UPPER

_OF_STATE = re.compile(r"\b(?:Minister|Secretary)\s+of\s+State$")
"""A junior minister's title, whose portfolio may follow with no "for"."""
_WORD = re.compile(rf"([{UPPER}][\w'\u2019-]*)\s*")


def portfolio_end(text: str, title: str, at: int, words: Container[str]) -> int:
    """Where the name starts after the title ``title`` whose name would start at ``at``:
    past the portfolio words (``words``, folded) a junior minister's title runs on into, else
    ``at``; at the end of the portfolio when no name follows it, so that none is read.

    >>> portfolio_end("Minister of State Foreign Affairs Jane Doe said", "Minister of State",
    ...               18, {"foreign", "affairs"})
    34
    """
    if _OF_STATE.search(title) is None:
        return at
    end = at
    while (word := _WORD.match(text, end)) is not None and word[1].casefold() in words:
        end = word.end()
    return end
