"""What became of a planned visit, told in a later sentence: "X was to travel to Beijing for
talks. ... The visit was called off." News tells the plan first and its fate after, so the trip
read from the first sentence alone is still a plan; the later sentence makes it cancelled or
postponed, as a fate told in the same sentence does (visit_status)."""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Status, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.visit_status import LATER_DATE, PUT_OFF

_FATE = Prefiltered(
    r"\b(?:the|his|her|their|that|this)\s+(?:planned\s+|proposed\s+|scheduled\s+)?"
    r"(?:(?:state|official|working|private)\s+)?(?:visit|trip|journey)"
    # "The visit, which was to include a forum, has been ...": the relative clause about it
    r"(?:,\s+(?:which|planned|scheduled|originally|initially)\b[^,;.]{1,80},)?"
    r"\s+(?:(?:was|has\s+been|had\s+been|would\s+be|will\s+be)\s+"
    r"(?:(?:now|since|also|later|abruptly|suddenly)\s+)?"
    rf"(?:(?P<cancelled>cancel+ed|called\s+off|scrapped)|{PUT_OFF}|rescheduled)\b"
    # "The trip will now take place at a later date": a day not yet known is a postponement
    r"|(?:will|would)\s+(?:now\s+)?(?:take\s+place|be\s+(?:held|made|paid))\s+"
    rf"(?:{LATER_DATE}))",
    re.IGNORECASE,
)
"""A visit named by a definite noun and nothing after it but a clause about it, then what
became of it: "the trip had been cancelled", "her visit was postponed", "the state visit has
been pushed back to a later date", "the trip will now take place at a later date"; not "the
summit was called off" (no trip), nor "the visit of the Emir was cancelled", whose trip is
another's."""
_REACH = 3
"""Sentences after a plan within which "the visit" still refers to it: the next few lines of
the story, not a trip told paragraphs later."""


def with_later_fates(visits: list[Visit], document: Document) -> list[Visit]:
    """The visits, with a plan a later sentence calls off or puts off marked so.

    Only a plan of one visitor is marked: when two people's plans precede the fate, "the visit"
    could be either's, and neither is guessed."""
    if not any(v.status == "announced" for v in visits):
        return visits  # no plan to call off: the text is not searched for fates at all
    fates = list(_FATE.finditer(document.text))
    if not fates:
        return visits
    starts = [s.span.start for s in document.sentences]
    result = list(visits)
    for fate in fates:
        told = _sentence_index(starts, fate.start())
        plans = [
            i
            for i, v in enumerate(result)
            if v.status == "announced"
            and v.evidence[-1].end <= fate.start()
            and told - _sentence_index(starts, v.evidence[-1].start) <= _REACH
        ]
        if len({result[i].visitor for i in plans}) == 1:
            status: Status = "cancelled" if fate["cancelled"] else "postponed"
            result = [replace(v, status=status) if i in plans else v for i, v in enumerate(result)]
    return result


def _sentence_index(starts: list[int], offset: int) -> int:
    """The index of the sentence an offset lies in, counted from the document's first."""
    return sum(1 for start in starts if start <= offset) - 1
