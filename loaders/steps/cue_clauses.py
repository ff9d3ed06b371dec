"""The clause of a cue: where one predicate of a sentence ends and the next begins.

A sentence often joins what several people did, or what one did on several days: "Lula flew in
on Monday night, and the Indian prime minister landed on Tuesday afternoon". The subject and the
dates of the clause a cue stands in are the cue's before those of the clauses beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dkg.loaders.document import PersonMention
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.context import SentenceView

_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while|before|after|then|where|when|(?:during|in\s+the\s+course\s+of)\s+"
    r"which)\s+|;\s+"
)
"""Where one predicate of a sentence ends and another begins: ", and was received", ", where
he met", ", during which he met" (a trip "from April 6 to 8, during which he met X on April 7":
the talks' own day is the clause's, not the trip's first)."""


INVITES = SkipAheadPattern(r"\binvit(?:ed|es|ing)\b|\binvitation\b(?=[^,;.]*$)", re.IGNORECASE)
"""The verb of a clause whose object, not subject, is to make the trip, and whose date is the
invitation's, not the trip's; or the noun right before the trip ("visited Doha in 2019 and
accepted the invitation of the Emir to visit"), not "At the invitation of X, Y arrived"."""


_AND_VERB = re.compile(r"\s(?:and|then)\s+$")
"""An "and" right before the cue: the cue is a predicate of its own, even without a comma."""


def clause_of(text: str, cue: re.Match[str]) -> tuple[int, int]:
    """The start and end, in ``text``, of the clause the cue stands in."""
    start = 0
    for found in _CLAUSE_BREAK.finditer(text, 0, cue.start()):
        start = found.end()
    if _AND_VERB.search(text, start, cue.start()):
        start = cue.start()  # "visits Y from 14 to 16 April and meets X on 16 April"
    stop = _CLAUSE_BREAK.search(text, cue.end())
    return start, stop.start() if stop else len(text)


def subject_first(
    mentions: Sequence[PersonMention], view: SentenceView, cue: re.Match[str]
) -> list[PersonMention]:
    """The mentions with the subject of the cue's clause first, when that clause opens with a
    person of its own (", and the Indian prime minister landed"); a clause that opens with its
    verb (", and met President X") shares the sentence's subject, and the order stays. The
    subject who invites (", and A invited B to visit Hanoi") is the host, not the visitor."""
    start, _ = clause_of(view.text, cue)
    if INVITES.search(view.text, start, cue.start()):
        return list(mentions)
    subject = [m for m in mentions if view.local(m.span)[0] == start] if start else []
    return subject + [m for m in mentions if m not in subject]
