"""Leaders who join a visitor: "Von der Leyen was joined by Italian Prime Minister A and Greek
Prime Minister B" after her trip to Cairo is told.

A summit-style visit brings several heads of state or government to one host on one day, and
news tells the first trip with its verb and the others with "was joined by". A head of state
or government of a third country came in their own right, so each made the trip too; a
minister or a compatriot who joins the visitor is part of the delegation (no visit of their
own), and a leader of the host country is the host.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.document import Person, Visit
from dkg.loaders.gazetteer import fold
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.leader_posts import LEADER_TITLES

_JOINED_BY = Prefiltered(r"\b(?:was|were)\s+(?:also\s+)?joined\s+(?:[\w-]+\s+){0,3}?by\b")


def joined_leaders(
    view: SentenceView, people: dict[str, Person], told: Sequence[Visit]
) -> list[Visit]:
    """The visits of the third countries' leaders a sentence says joined a visitor whose trip
    an earlier sentence told: the same host, place and day."""
    joined = _JOINED_BY.search(view.text)
    if joined is None:
        return []
    subjects = [m for m in view.people if view.local(m.span)[1] <= joined.start()]
    if not subjects:
        return []
    visitor = subjects[-1].person
    trip = next(
        (v for v in reversed(told) if v.visitor == visitor and v.status == "happened"), None
    )
    if trip is None:
        return []
    found: dict[str, Visit] = {}
    for mention in view.people:
        person = people.get(mention.person)
        if (
            view.local(mention.span)[0] < joined.end()
            or person is None
            or person.country in (None, trip.host_country, trip.visitor_country)
            or not any(fold(post.title) in LEADER_TITLES for post in person.posts)
        ):
            continue
        found.setdefault(
            person.key,
            replace(
                trip,
                visitor=person.key,
                visitor_country=person.country,
                visit_type="unspecified",
                evidence=(view.sentence.span,),
            ),
        )
    return list(found.values())
