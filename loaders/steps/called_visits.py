"""A visit only named in the sentence of a telephone or video call is no trip of the callers.

"On 17 May, A held a telephone conversation with her Polish counterpart B, in preparation for
the visit": the visit is one the story tells elsewhere, and the call itself took no one
anywhere. Read as a trip of the sentence's subject, with the counterpart's country as its host,
it sent A to Poland on the day of the call. A visit the call sentence tells in full ("ahead of
his visit to Warsaw", "the visit of C to Lima") still names its traveller or its destination,
and is read as before.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.remote_talks import PHONE_TALKS, VIDEO_TALKS

_CALL = Prefiltered(rf"\b(?:{PHONE_TALKS}|{VIDEO_TALKS}|videoconference)", re.IGNORECASE)
"""A sentence telling talks at a distance."""
_BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that|(?:the\s+)?(?:upcoming|forthcoming|coming|planned))\s*$",
    re.IGNORECASE,
)
"""The determiner of a visit already told: "the visit", "the upcoming visit"."""
_UNPLACED = re.compile(
    r"(?!\s+(?:(?:made|paid|undertaken|carried\s+out)\s+)?"
    r"(?:(?:to|in|from|at)\s+(?:the\s+)?[A-Z0-9]|of\b|by\b|abroad\b|there\b))"
)
"""No traveller or destination follows the noun: "for the visit.", "for the visit next week",
"for the visit to ensure its success"; not "the visit to Lima", "the visit of X", "the visit
made by X to Y", which say whose trip or where."""


def bare_visit(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue is a bare "the visit": a determiner of a visit already told before it,
    and nothing after it that says whose trip it is or where it goes."""
    return (
        _BACK_REFERENCE.search(text, max(0, cue.start() - 24), cue.start()) is not None
        and _UNPLACED.match(text, cue.end()) is not None
    )


def visit_named_in_a_call(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether the cue is a bare "the visit" in the sentence of a telephone or video call,
    which tells no trip of its own.
    """
    if "visit" not in cue.group().lower() or not _CALL.may_match(view.text):
        return False
    return bare_visit(view.text, cue) and _CALL.search(view.text) is not None
