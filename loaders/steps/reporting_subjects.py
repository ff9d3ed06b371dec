"""The person who reports a visit is not the one who makes it.

"Spokesperson X announced on Friday that, at the invitation of Y, President Z will pay a state
visit to W": X opens the sentence, so reading the subject as the visitor sends the spokesperson
on the trip. When a reporting verb with "that" follows X and another person is named between
that "that" and the visit cue, the trip is the other person's.
"""

from __future__ import annotations

import re

from dkg.loaders.document import PersonMention
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.reported_clauses import REPORTED_CLAUSE

_TITLE_REST = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?"
"""The rest of a speaker's title when the mention is its head alone: "The President" of "The
President of the Republic recalled that ..."."""
_INFORMS = (
    r"(?:(?:also\s+)?(?:announces|informs|informed|notifies|notified)"
    r"|(?:has|have|had)\s+the\s+hono(?:u)?r\s+to\s+(?:inform|announce|notify)"
    r"|(?:is|are|was|were)\s+(?:pleased|happy|delighted|glad|proud)\s+to\s+(?:announce|inform))"
)
"""The verbs a government's communiqué opens with before what it reports: "has the honour to
inform", "is pleased to announce that", "informs that"."""
_REPORTS_THAT = re.compile(
    r"^"
    + _TITLE_REST
    + r"(?:,[^,;]{0,80},)?\s+(?:has\s+|had\s+|also\s+)?(?:announced|said|says|stated|states|"
    r"confirmed|confirms|told\s+(?:reporters|journalists|the\s+press)|declared|noted|"
    r"informed\s+(?:reporters|journalists))\b(?:[^.;]{0,40}?\bthat\b|" + REPORTED_CLAUSE + ")"
    r"|^" + _TITLE_REST + r"(?:,[^,;]{0,80},)?,?\s+" + _INFORMS + r"\b[^.;]{0,80}?\bthat\b",
    re.IGNORECASE,
)
"""A reporting verb, maybe after an apposition and with a time ("announced on Friday"), then
"that", or the reported clause right after the verb ("said Putin had accepted"); or a verb of
a communiqué, whose addressee may be long ("informs the national and international public
that")."""
_RECALLS_THAT = re.compile(
    r"^"
    + _TITLE_REST
    + r"(?:,[^,;]{0,80},)?\s+(?:has\s+|had\s+|also\s+)?(?:recalled|recalls|reminded)\b"
    r"[^.;]{0,40}?\bthat\s+(?:(?:[A-Z][\w.'\u2019-]*|the|of)\s+){0,8}$",
)
"""A speaker who "recalled that" a titled person, named right after "that", once came: the
trip is that person's. Not a person named later in the clause ("recalled that during his
visit to Lima he met X"), where the speaker recalls a trip of his own."""
_NEXT_CLAUSE = re.compile(r",?\s+and\s+that\s")
"""The start of a second reported clause, which has a subject of its own."""


def recalls_another(view: SentenceView, mention: PersonMention, cue: re.Match[str]) -> bool:
    """Whether the speaker ``mention`` recalls a trip or talks that the subject of the
    that-clause, another person named before the cue, made or held.

    The cue must be in that first clause: a second one ("recalled that A had visited Ankara, and
    that the two ministers had spoken by phone") has a subject of its own, which may include the
    speaker."""
    # most sentences hold neither word ("Recalled" and "Reminded" open with capitals)
    if "ecall" not in view.text and "emind" not in view.text:
        return False
    _, end = view.local(mention.span)
    return any(
        end < view.local(other.span)[0] < cue.start()
        and other.person != mention.person
        and _RECALLS_THAT.match(view.text[end : view.local(other.span)[0]]) is not None
        and _NEXT_CLAUSE.search(view.text, view.local(other.span)[1], cue.start()) is None
        for other in view.people
    )


def reports_another(view: SentenceView, mention: PersonMention, cue: re.Match[str]) -> bool:
    """Whether ``mention`` only reports the visit that another person named before the cue
    makes."""
    _, end = view.local(mention.span)
    said = _REPORTS_THAT.match(view.text[end : cue.start()])
    if said is None:
        return False
    that = end + said.end()
    return any(
        that <= view.local(other.span)[0] < cue.start() and other.person != mention.person
        for other in view.people
    )
