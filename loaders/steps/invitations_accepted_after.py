"""An invitation to a place whose invitee is only a role, accepted by a name after it: "Mr A,
who invited his host to Accra. President B accepted the invitation." is B's announced visit
to Ghana.

The invitation names no one the visitor rules can read ("his host", "him"), and the bare
acceptance names no place; a reader joins them: the one who accepts is the one invited, and
the place is where the invitation asked them to come. Only an invitation in the acceptance's
sentence or the one before counts, as visit_invitations.py's ``ANSWER_REACH`` has it.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document, Person, PlaceMention, Visit
from dkg.loaders.steps.context import SentenceView

_BARE_ACCEPTANCE = re.compile(
    r"\baccept(?:ed|s)\s+(?:the|his|her|their|this|that)\s+invitation\b"
    r"(?!\s+(?:of|from|to|for)\b)"
)
"""An acceptance that names neither the inviter nor the trip: "B accepted the invitation"."""
_INVITED_ROLE_TO = re.compile(
    r"\binvit(?:ed|es)\s+(?:him|her|them|(?:his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:hosts?|counterparts?|guests?|colleagues?|interlocutors?))\s+to\s+(?:the\s+)?"
)
"""An invitation to a place whose invitee is only a role or a pronoun: "invited his host to",
"invited her Kenyan counterpart to", "invited him to the"."""


def accepted_after_invitation(
    view: SentenceView, people: dict[str, Person], document: Document
) -> list[Visit]:
    """The announced visit of the person who accepts an invitation ("President B accepted the
    invitation") to the country of the place a role was invited to in the same sentence or
    the one before ("who invited his host to Accra"); none when the acceptor is of that
    country."""
    accepted = _BARE_ACCEPTANCE.search(view.text)
    if accepted is None:
        return []
    subject = [m for m in view.people if view.local(m.span)[1] <= accepted.start()]
    if not subject or subject[-1].person not in people:
        return []
    visitor = people[subject[-1].person]
    host, place = _invited_to(view, accepted.start(), document)
    if host is None or host == visitor.country:
        return []
    return [
        Visit(
            visitor=visitor.key,
            visitor_country=visitor.country,
            host_country=host,
            place=place,
            start=None,
            end=None,
            visit_type="unspecified",
            status="announced",
            evidence=(view.sentence.span,),
        )
    ]


def _invited_to(
    view: SentenceView, before: int, document: Document
) -> tuple[str | None, PlaceMention | None]:
    """The country (and city) a role was invited to, in the sentence up to ``before`` or in
    the sentence before it."""
    texts = [(view.start, view.text[:before])]
    if view.index > 0:
        previous = document.sentences[view.index - 1]
        texts.insert(0, (previous.span.start, previous.text))
    for base, text in reversed(texts):
        invited = _INVITED_ROLE_TO.search(text)
        if invited is None:
            continue
        at = base + invited.end()
        place = next((p for p in document.places if p.span.start == at), None)
        if place is not None:
            return place.country, place
        country = next(
            (c.iso2 for c in document.countries if c.span.start == at and c.form == "name"), None
        )
        return country, None
    return None, None
