"""A host who tours his own country with a guest makes no visit there.

"King X hosted President Y at the start of a state visit. ... the President and the King
travelled together to Eindhoven": the King goes along as the host of Y's visit, in his own
country, though the story never says which country is his. The joint subject of the trip
verb would otherwise send him on a visit of his own to the Netherlands.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import sentence_views

_HOSTS_GUEST = Prefiltered(
    r"\b(?:host(?:ed|s)|receiv(?:ed|es)|welcom(?:ed|es)|greet(?:ed|s))\b", re.IGNORECASE
)
"""The verb by which a host named before the guest receives the guest: "King X hosted Y"."""
_HOSTED_BY = Prefiltered(
    r"\b(?:invitation\s+of|(?:hosted|received|welcomed|greeted)\s+by)\b", re.IGNORECASE
)
"""The words after which the host follows the guest: "Y, at the invitation of King X"."""


def hosts_of(document: Document, guest: str) -> frozenset[str]:
    """The people some sentence tells as hosting, receiving or inviting ``guest``."""
    hosts: set[str] = set()
    for view in sentence_views(document):
        if not (_HOSTS_GUEST.may_match(view.text) or _HOSTED_BY.may_match(view.text)):
            continue
        guest_at = [view.local(m.span) for m in view.people if m.person == guest]
        if not guest_at:
            continue
        for mention in view.people:
            if mention.person == guest:
                continue
            start, end = view.local(mention.span)
            for guest_start, guest_end in guest_at:
                if (
                    end <= guest_start
                    and _HOSTS_GUEST.search(view.text, end, guest_start) is not None
                ) or (
                    guest_end <= start
                    and _HOSTED_BY.search(view.text, guest_end, start) is not None
                ):
                    hosts.add(mention.person)
    return frozenset(hosts)
