"""The dates of the clause that tells the talks, before those of a clause beside it.

A sentence often joins two things a guest did: "He arrived in Pretoria on Monday, 21 August,
and was received by the president at the Union Buildings on Tuesday". The talks are Tuesday's;
Monday is the arrival's, even though it stands closer to "received". When the clause of the
talks cue has a date of its own, the talks take it; otherwise the nearest date of the sentence
serves, as before.
"""

from __future__ import annotations

import re

from dkg.loaders.document import DateMention
from dkg.loaders.steps.context import SentenceView

_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|before|after|then)\s+|;\s+")
"""Where one predicate of a sentence ends and another begins: ", and was received"."""


def clause_dates(
    dates: list[DateMention], view: SentenceView, cue: re.Match[str]
) -> list[DateMention]:
    """The dates inside the clause of ``cue`` when it has any, else all ``dates``."""
    start = 0
    for found in _CLAUSE_BREAK.finditer(view.text, 0, cue.start()):
        start = found.end()
    stop = _CLAUSE_BREAK.search(view.text, cue.end())
    end = stop.start() if stop else len(view.text)
    inside = [d for d in dates if start <= view.local(d.span)[0] < end]
    return inside or dates
