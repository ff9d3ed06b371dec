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
_AND = re.compile(rf"\s+and\s+(?:the\s+)?(?=[{UPPER}])")


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


def joined_portfolio_start(text: str, title_start: int, title_end: int) -> int | None:
    """Where the portfolio starts that "and" joins to a title of state, else None: "Minister
    of State and Foreign Affairs" (Portugal's foreign minister, as "Ministro de Estado e dos
    Negocios Estrangeiros" translates) is one post, whose portfolio the vocabulary reads there.

    >>> joined_portfolio_start("Minister of State and Foreign Affairs, X", 0, 17)
    22
    >>> joined_portfolio_start("Minister of Trade and Foreign Affairs, X", 0, 17) is None
    True
    """
    if _OF_STATE.search(text, title_start, title_end) is None:
        return None
    joined = _AND.match(text, title_end)
    return joined.end() if joined is not None else None
