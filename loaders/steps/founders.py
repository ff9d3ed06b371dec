"""People a sentence names as founders of a tie: "the friendship forged by A and B".

Talks often recall who built the relationship they carry on ("the ties of friendship forged by
Commander-in-Chief A and President B", "the foundations laid by the late King C"): the founders
are history, no party to the talks the sentence tells, though it names them beside those who
are.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_FOUNDED_BY = Prefiltered(r"\b(?:forged|built|laid|founded)\s+(?:[\w-]+\s+)?by\s+", re.IGNORECASE)
"""A tie's founders follow: "forged by", "laid down by", "built up by", "founded by"."""
_LIST_END = re.compile(r"[.;!?]|,\s+(?!(?:and\s+)?(?:the\s+)?[A-Z])")
"""Where the list of founders ends: the sentence's end, or a comma that no further name (or
"and" and a name) follows ("forged by A, B and C, which the two leaders ...")."""


def founders(text: str) -> list[tuple[int, int]]:
    """Where the sentence names the founders of a tie ("the ties forged by A and B"), from
    "by" to the end of their list: no party to the talks it tells.

    >>> text = "They hailed the ties forged by President A and King B, and met the press."
    >>> [text[a:b] for a, b in founders(text)]
    ['President A and King B']
    """
    spans = []
    for cue in _FOUNDED_BY.finditer(text):
        end = _LIST_END.search(text, cue.end())
        spans.append((cue.end(), end.start() if end else len(text)))
    return spans
