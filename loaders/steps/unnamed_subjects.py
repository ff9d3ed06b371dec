"""Unnamed subjects: talks whose sentence names only the people met, not who met them.

"He also received the Speaker and the Chief Justice", "On Friday she is scheduled to call on
the President and the Prime Minister": when no person is found for the subject ("he", "the
President"), the people named after the verb are each a side of talks with that subject, not
a table of their own. Without the subject there is no meeting to report, and the objects'
pair would be one that never happened.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Meeting
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.meeting_counterparts import JOINT
from dkg.loaders.steps.talks_cues import talks_cues
from dkg.loaders.steps.visit_verbs import WELCOMED

_OBJECT_VERB = re.compile(
    rf"(?:met|meets?|call(?:ed|s)?\s+on|{WELCOMED}|held|hold|holds|holding|had|has|have|"
    r"having|spoke|spoken|talked|sat|sit|sits|sitting|lunched|dined|breakfasted)\b",
    re.IGNORECASE,
)
"""Talks verbs whose people come after them as objects: "met A and B", "called on A", "held
talks with A", "received A"; not the nouns that open a sentence whose subjects follow ("In a
phone call, A and B agreed", "During the talks, A and B ...")."""
_SUBJECT_BEFORE = re.compile(
    r"(?:\b[Hh]e|\b[Ss]he|\b[Tt]hey|\b[Tt]he\s+(?:[\w-]+\s+){1,4}?)\s*(?:[a-z]+\s+){0,3}$"
)
"""A subject right before the verb that no person was found for: "he is scheduled to", "the
President also"; not a sentence that opens with the verb ("Received by King A, B ...")."""
_OWN_TABLE = re.compile(r"\b(?:between|among|which|where|when|who|whom|whose)\b")
"""What puts the people after the verb at a table of their own: "hosted talks between A and
B", "held a summit, in which A and B oversaw the signing" (a relative clause with its own
subjects)."""
_SUBORDINATE = re.compile(r"\b(?:where|when|while|after|as|since|because|before|who|which)\b")
"""A clause the talks verb stands in, whose subject the main clause may name after it:
"Speaking at the palace, where he held talks with X, the President said ..."."""
_REACH = 60
"""How far before the talks verb its subject and a few words ("also", "is due to") may start."""


def objects_without_subject(meeting: Meeting, view: SentenceView) -> bool:
    """Whether every person the sentence names is an object of its talks verb, whose subject
    is a pronoun or a title no person was found for: "He met the Premier and the Speaker" (no
    one found for "he") tells two meetings of his, not one of the Premier with the Speaker.
    "Egypt hosted talks between A and B", "held trilateral talks with A and B" and "the two
    governments held a summit, at which A and B signed" still seat A and B at one table."""
    cue = next(talks_cues(view.text), None)
    if cue is None or not view.people or not _OBJECT_VERB.match(cue.group()):
        return False
    named = {m.person for m in view.people}
    if any(k not in named for k in meeting.participants):
        return False  # the subject was found without a name: "the visiting premier met A"
    first = min(view.local(m.span)[0] for m in view.people)
    return (
        first >= cue.end()
        and _SUBJECT_BEFORE.search(view.text, max(0, cue.start() - _REACH), cue.start()) is not None
        and _OWN_TABLE.search(view.text, cue.end(), first) is None
        and _SUBORDINATE.search(view.text, 0, cue.start()) is None
        and JOINT.search(view.text) is None
    )
