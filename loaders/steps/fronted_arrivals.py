"""Fronted arrivals: "Arrived in Ankara on Monday, the minister was received by X".

Translated prose (from French, Spanish or Portuguese) opens a sentence with the participle of
the arrival and names the traveller only after it, as the main clause's subject: "Arrived in
Ankara on Monday 3 June, the head of the Kenyan diplomacy was received the same day by the
Deputy Minister, X". No one stands before such a cue, so the rules that look for a visitor
before the cue find none, and the person named last (the host who receives) is no visitor.
The participle's subject is the main clause's: the first person after the comma that closes
the opening phrase, behind a title at most.
"""

from __future__ import annotations

import re

from dkg.loaders.document import PersonMention
from dkg.loaders.steps.context import SentenceView

_OPENING = re.compile(r"\s*(?:(?:Having|After\s+having|Just|Newly)\s+)?", re.IGNORECASE)
"""What may stand before the participle that opens the sentence: "Having arrived in"."""
_PARTICIPLE = re.compile(r"arrived|arriving|landed|landing", re.IGNORECASE)
_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?:(?:[A-Z][\w'\u2019.-]*|of|the)\s+){0,8}")
"""The comma that closes the opening phrase, then the title words before the subject."""


def subjects_after_fronted_arrival(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """The subject of the main clause after an arrival that opens the sentence as a
    participle: "Arrived in Lima on Monday, Foreign Minister X held talks" is X's arrival;
    "Arrived in Lima, the minister was received by X" is not X's, who comes later."""
    if not _PARTICIPLE.fullmatch(cue.group()) or not _OPENING.fullmatch(view.text, 0, cue.start()):
        return []
    comma = view.text.find(",", cue.end())
    if comma < 0:
        return []
    for mention in view.people:
        start = view.local(mention.span)[0]
        if start > comma:
            # Only the first person after the phrase, and only right after its comma.
            found = _SUBJECT_AFTER_COMMA.fullmatch(view.text, comma, start) is not None
            return [mention] if found else []
    return []
