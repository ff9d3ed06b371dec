"""Airport greeters: who met a guest's plane, in a sentence that goes on to tell the talks.

"General A was welcomed at the airport by the First Vice President, C, and senior officials,
before he was escorted to State House where the two leaders held talks" names C for the
welcome only: the welcome is protocol on arrival (talks_cues.py leaves it out), and "the two
leaders" are the guest and the host leader, not the one who met the plane. The greeters are
those the welcome's "by" lists, up to the clause that moves the story on.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.talks_cues import arrival_welcomes

_BY = re.compile(r"\s+by\b")
_CLAUSE_END = re.compile(
    r";|,?\s+(?:before|after|and\s+then|then|where|while|whereupon|from\s+where)\b|[.!?]\s*$"
)
"""Where the list of greeters ends: ", before he was escorted to", "and then", the stop."""


def greeters(text: str) -> list[tuple[int, int]]:
    """The stretches of a sentence that list who welcomed the guest on arrival: from the
    welcome's "by" to the end of its clause."""
    stretches = []
    for welcome in arrival_welcomes(text):
        by = _BY.search(text, welcome.end(), welcome.end() + 80)
        if by is None:
            continue
        end = _CLAUSE_END.search(text, by.end())
        stretches.append((by.end(), end.start() if end else len(text)))
    return stretches
