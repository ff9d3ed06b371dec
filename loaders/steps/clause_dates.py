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
from dkg.loaders.steps.cue_clauses import clause_of


def clause_dates(
    dates: list[DateMention], view: SentenceView, cue: re.Match[str]
) -> list[DateMention]:
    """The dates inside the clause of ``cue`` when it has any, else all ``dates``."""
    start, end = clause_of(view.text, cue)
    inside = [d for d in dates if start <= view.local(d.span)[0] < end]
    return inside or dates
