"""Joint talks: two people as one subject of an act only talks give them.

Wires lead with what two leaders did together rather than with the talks themselves: "Prime
Minister A and his Thai counterpart B agreed Monday to deepen cooperation", "A and B pledged on
Tuesday to ...", "A and B vowed to ... at their summit on Thursday", "A and his counterpart had
an in-depth discussion of ...". The verb is no talks cue alone ("the two countries agreed in 2019
to ..." is background, "X agreed to resign" one person's act), so it counts only with two
people joined by "and" right before it, and an agreement only with the day it was reached or
the talks it was reached at: an agreement told without either ("A and B agreed in 2019 to ...")
is the history of a relation, not the talks the story reports.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from dkg.loaders.document import PlaceMention
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView

_JOINT_ACT = Prefiltered(
    # "vowed to fight X at their summit on Thursday": the talks the act was told at.
    r"\b(?:agreed|pledged|vowed)\b(?=[^.;]{0,160}?\bat\s+their\s+(?:[\w-]+\s+){0,2}?"
    r"(?:summit|talks|meeting|negotiations)\b)"
    # "agreed Monday to", "pledged on Tuesday to": the day must follow (read below).
    r"|\b(?P<dated>agreed|pledged|vowed)\s+(?:on\s+)?(?=\w)"
    # "had an in-depth discussion of", "held discussions on": talks told with the noun alone.
    r"|\b(?:had|held)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?discussions?\b",
    re.IGNORECASE,
)
_AFTER_DAY = re.compile(r"\s*(?:,\s*)?(?:to|on|that)\b")
"""What follows the day of an act reached together: "agreed Monday to", "agreed on 3 May that"."""
_JOINED = re.compile(r",?\s+and\s+[^;.]{0,60}?$|,?\s+and\s*$")
"""Between the first person of the subject and the second: "A and his Chilean counterpart B"."""
_COUNTERPART = re.compile(r"\bcounterpart\b", re.IGNORECASE)
_BEFORE_VERB = re.compile(r"\s*(?:,\s*)?(?:(?:also|jointly|both|together|then|later)\s+)?$")
"""Between the second person of the subject and the verb: "A and B also agreed"."""


def joint_act(view: SentenceView, officials: Collection[str] | None = None) -> re.Match[str] | None:
    """The verb of talks a sentence tells as the act of two people joined by "and" ("A and his
    counterpart B agreed Monday to ..."), both of them holding a post when ``officials`` (the
    keys of those who hold one) is given, or None: then the sentence is no talks on its own;
    a businessman and a minister who "agreed Monday to" set up a venture held no talks of
    state."""
    for act in _JOINT_ACT.finditer(view.text):
        if act["dated"] is not None and not _dated(view, act.end("dated"), act.end()):
            continue
        pair = _joined_subject(view, act.start())
        if pair is None:
            continue
        # "A and his counterpart B": the counterpart of an official holds a post of state,
        # whatever post the text leaves unsaid.
        first, second, counterpart = pair
        if officials is None or (first in officials and (second in officials or counterpart)):
            return act
    return None


def _dated(view: SentenceView, verb: int, at: int) -> bool:
    """Whether a date of a day starts right after the verb (at ``at``, or with its "on" from
    ``verb``) and is followed by "to", "on" or "that"."""
    for date in view.dates:
        start, end = view.local(date.span)
        if verb < start <= at and date.start.day is not None and date.end is None:
            return _AFTER_DAY.match(view.text, end) is not None
    return False


def _joined_subject(view: SentenceView, verb: int) -> tuple[str, str, bool] | None:
    """The two people joined by "and" who stand right before the verb at ``verb``, if any,
    and whether the second is named as the first one's counterpart."""
    before = [m for m in view.people if view.local(m.span)[1] <= verb]
    if not before:
        return None
    second = before[-1]
    if _BEFORE_VERB.fullmatch(view.text, view.local(second.span)[1], verb) is None:
        return None
    # "his counterpart, B": the role and the name of one person are one side.
    start = view.local(second.span)[0]
    for mention in reversed(before):
        if mention.person != second.person:
            joined = _JOINED.fullmatch(view.text, view.local(mention.span)[1], start)
            if joined is None:
                return None
            # the role may be the mention itself: "A and his counterpart had a discussion"
            counterpart = _COUNTERPART.search(view.text, joined.start(), view.local(second.span)[1])
            return mention.person, second.person, counterpart is not None
        start = view.local(mention.span)[0]
    return None


_AT_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def venue_of_act(view: SentenceView, place: PlaceMention) -> bool:
    """Whether a place of a joint act's sentence is told as where it was done ("agreed Monday
    in Bangkok to", "at the Belweder Palace"), not a capital standing for its government ("as
    Seoul seeks a bigger role"), which a sentence without a talks noun more often names."""
    start = view.local(place.span)[0]
    return _AT_VENUE.search(view.text, max(0, start - 12), start) is not None
