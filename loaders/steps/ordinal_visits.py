"""Earlier visits a story tells by counting the present one: "This is the second official visit
of President X to Chile, after the one she made in May 2019", "his third visit to Peru,
following his first in 2016", "after that which he carried out in October 2018" (a translated
press release).

The count says the visitor has been there before, and the clause after it dates that earlier
trip: the same visitor to the same country, a trip of its own that happened. Without the
ordinal "after the one ..." may be any other event ("after the one-day summit"), and without a
date the earlier trip cannot be told apart from the present one, so both are required.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.calendar_words import MONTH_NAMES
from dkg.loaders.steps.context import SentenceView

_ORDINAL = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\b"
    r"(?:\s+[\w-]+){0,2}\s*$",
    re.IGNORECASE,
)
"""The count just before the cue ("the second official", "his third"), or in the cue itself
when its own adjectives are read with it."""
_ORDINAL_REACH = 40
_EARLIER = Prefiltered(
    r"[^;.]{0,80}?,?\s+(?:after|following)\s+"
    r"(?:(?:the\s+one|that|the\s+(?:first|previous|last|earlier)(?:\s+(?:one|visit|trip))?|"
    r"(?:his|her|their)\s+(?:first|previous|last|earlier)(?:\s+(?:one|visit|trip))?)"
    r"(?:\s+(?:which|that))?(?:\s+(?:he|she|they))?"
    r"(?:\s+(?:had\s+)?(?:made|paid|carried\s+out|undertook|did|conducted))?(?:\s+there)?"
    r"|(?:he|she|they)\s+(?:had\s+)?(?:attended|took\s+part\s+in|came\s+for)\s+[^,;.()]{1,80}?"
    rf"(?=\s+(?:in|on)\s+(?:\d|{MONTH_NAMES})))"
    r"\s+(?=(?:in|on)\b|\d)"
    r"|[^;.]{0,80}?,\s+the\s+(?:last|previous|latest|most\s+recent)(?:\s+(?:one|visit|trip))?"
    r"\s+(?:being|having\s+been|was|coming)\s+(?=(?:in|on)\b|\d)",
    re.IGNORECASE,
)
"""The clause that points back to the earlier trip, up to its date: ", after the one she made
in", ", after that which he carried out in", ", following his first in", the event the
earlier trip was for (", after he attended the ceremony of transfer of command on"), or the
last of the trips counted (", the last being in August 2019")."""


def with_ordinal_earlier(view: SentenceView, cue: re.Match[str], visit: Visit) -> list[Visit]:
    """``visit`` and the earlier visit of its visitor to its host that the sentence dates after
    counting it ("the second visit ..., after the one she made in May 2019"); the date is that
    earlier trip's, never ``visit``'s own, which otherwise takes it as the nearest. ``visit``
    alone when the cue is not counted or the earlier trip has no date."""
    counted = _ORDINAL.search(view.text, max(0, cue.start() - _ORDINAL_REACH), cue.start())
    if counted is None and _ORDINAL.search(cue.group() + " ") is None:
        return [visit]
    earlier = _EARLIER.match(view.text, cue.end())
    if earlier is None:
        return [visit]
    dated = [d for d in view.dates if 0 <= view.local(d.span)[0] - earlier.end() <= 3]
    if not dated:
        return [visit]
    before = replace(visit, start=dated[0].start, end=None, place=None, status="happened")
    if visit.start == dated[0].start:
        visit = replace(visit, start=None, end=None)
    return [visit, before]
