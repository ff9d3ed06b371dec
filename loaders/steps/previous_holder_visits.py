"""An earlier visit told by the office of its maker, who is named in a "when" clause: "The
previous state visit by a Dutch Prime Minister to Japan took place in March 2018, when Prime
Minister X held talks with Emperor Y in Tokyo".

The sentence's visit has no named visitor ("a Dutch Prime Minister"); the one the "when"
clause names as its subject held that office then and made the trip, a visit that happened,
dated as the sentence dates it, when that subject holds the office ("Prime Minister X"). A
person the clause names only as met ("when the Emperor received Prime Minister X" has X as
an object), or one of another office ("when Emperor Y received him"), is no visitor.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Person, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.object_positions import governed
from dkg.loaders.steps.visit_status import visit_type

_PREVIOUS_VISIT = Prefiltered(
    r"\b(?:previous|last|first|latest|most\s+recent)\s+"
    r"(?:(?:state|official|working|bilateral)\s+)?(?:visit|trip)\s+(?:by|of)\s+"
    r"(?:an?|the)\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}(?P<office>[A-Z][\w'\u2019-]*)\s+to\s+(?:the\s+)?"
)
"""An earlier visit told by its maker's office and its host: "The previous state visit by a
Dutch Prime Minister to"; "a visit by the Turkish President to"."""
_TOOK_PLACE = re.compile(
    r"\s+(?:took\s+place|was\s+(?:paid|made|held)|came|happened)\b[^;:]*?,\s+when\s+"
)
"""The earlier visit told in the past, then the "when" clause that names who made it."""
_TITLE_WORDS = re.compile(r"(?:(?:the\s+)?[A-Z][\w.'\u2019-]*\s+){0,4}")
"""The title words before the name that opens the "when" clause ("Prime Minister X"), which
may take in the name too."""


def previous_holder_visits(view: SentenceView, people: dict[str, Person]) -> list[Visit]:
    """The visit an office holder the "when" clause names made to the country the sentence
    says a predecessor's visit went to ("The previous visit by a Dutch Prime Minister to Japan
    took place in March 2018, when Prime Minister X held talks")."""
    if not view.people or not _PREVIOUS_VISIT.may_match(view.text):
        return []
    found: list[Visit] = []
    for match in _PREVIOUS_VISIT.finditer(view.text):
        country = next((c for c in view.countries if view.local(c.span)[0] == match.end()), None)
        if country is None:
            continue
        told = _TOOK_PLACE.match(view.text, view.local(country.span)[1])
        if told is None:
            continue
        subject = _TITLE_WORDS.match(view.text, told.end())
        mention = next(
            (
                m
                for m in view.people
                if subject is not None
                and told.end() <= view.local(m.span)[0] <= subject.end()
                and not governed(view.text, view.local(m.span)[0])
            ),
            None,
        )
        if mention is None:
            continue
        person = people.get(mention.person)
        if person is None or person.country == country.iso2:
            continue
        office = match["office"].casefold()
        titles = [view.text[told.end() : view.local(mention.span)[0]]]
        titles += [post.title for post in person.posts]
        if not any(office in title.casefold() for title in titles):
            continue  # "when Emperor Y received him": the host, not the office that travelled
        dates = [
            d
            for d in view.dates
            if view.local(country.span)[1] <= view.local(d.span)[0] < told.end()
        ]
        found.append(
            Visit(
                visitor=person.key,
                visitor_country=person.country,
                host_country=country.iso2,
                place=None,
                start=dates[0].start if dates else None,
                end=None,
                visit_type=visit_type(view.text, match),
                status="happened",
                evidence=(view.sentence.span,),
            )
        )
    return found
