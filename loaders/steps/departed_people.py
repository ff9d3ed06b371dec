"""People a sentence names as dead: "condolences on the death of former Prime Minister X".

A leader who offers condolences at talks names the dead ("on the passing of X", "in memory of
the late Y"); the dead take no part in the talks, though a talks sentence names them beside
those who do.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_DEPARTED = Prefiltered(
    r"\b(?:(?:death|passing|demise|killing|assassination|murder|funeral|memory)\s+of\s+"
    r"(?:the\s+)?(?:late\s+)?|the\s+late\s+)",
    re.IGNORECASE,
)
"""What introduces the dead: "the death of", "the funeral of the late", "the late"."""
_NAMED = re.compile(r"(?:(?:former|then)\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,6}[A-Z][\w.'\u2019-]*")
"""The name with its titles that follows: "former Prime Minister Shinzo Abe"."""


def the_departed(text: str) -> list[tuple[int, int]]:
    """Where the sentence names someone as dead: no party to the talks it tells."""
    named = (_NAMED.match(text, cue.end()) for cue in _DEPARTED.finditer(text))
    return [n.span() for n in named if n is not None]
