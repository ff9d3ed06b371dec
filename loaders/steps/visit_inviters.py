"""The one who invites is not the one who travels: "A invited his counterpart to visit Riga".

When the invitee is no name the text resolves ("his counterpart", "the Emir"), the subject
of the invitation was the only person left before the cue, and was read as the visitor of a
trip to their own capital. The inviter is the host of that trip, never its visitor; one named
as accepting the invitation after the cue ("..., which the Peruvian President accepted") is
its visitor.
"""

from __future__ import annotations

import re

from dkg.loaders.document import PersonMention
from dkg.loaders.steps.context import SentenceView

_INVITES = re.compile(
    r"(?:\s*,[^,;.]{1,60},)?\s+(?:(?:has|have|had|also|again|then|formally|personally|warmly)\s+)*"
    r"(?:invit(?:ed|es)|(?:extended|extends|reaffirmed|reaffirms|renewed|renews|reiterated|"
    r"reiterates|conveyed|conveys|issued|issues)\s+(?:to\s+(?:[\w'\u2019-]+,?\s+){1,6}?)?"
    r"(?:an?|his|her|their|the)\s+"
    r"(?:[\w-]+\s+)?invitation)\b[^;.]*$",
    re.IGNORECASE,
)
"""A name followed by its invitation and then, in the same clause, the cue: "A (, the
minister,) invited his counterpart to", "A extended an invitation to the Emir to", "A
reaffirmed his invitation to President B to pay a visit", and with the invitee before the
noun: "A extended to his counterpart an invitation to", "A renewed to his brother and friend
the invitation to"."""


def inviters(view: SentenceView, cue: re.Match[str]) -> set[str]:
    """The people whose invitation the cue's trip is the object of."""
    return {
        m.person
        for m in view.people
        if view.local(m.span)[1] < cue.start()
        and _INVITES.match(view.text, view.local(m.span)[1], cue.start())
    }


_ACCEPTS = re.compile(r"\s+(?:(?:has|had|also|gladly|readily)\s+)*accept(?:ed|s)\b")
"""What follows the one who accepts the invitation: "which the Peruvian President accepted"."""
_ACCEPT_REACH = 120
"""How far after the cue the acceptance is told: the same sentence's next clause."""


def acceptors(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """Those named after the cue as accepting the invitation it is the object of: "A invited
    his counterpart to pay a state visit to Chile, which the Peruvian President accepted"."""
    return [
        m
        for m in view.people
        if 0 <= view.local(m.span)[0] - cue.end() <= _ACCEPT_REACH
        and _ACCEPTS.match(view.text, view.local(m.span)[1])
    ]
