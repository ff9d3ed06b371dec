"""DatelineOfficials: an official of no stated country is of the country the story is filed in.

An agency names its own country's leaders by post alone: "LUSAKA, 8 June - President X has
today held talks with his Malawian counterpart", "Abidjan, 22 Oct (AIP) - The Prime Minister,
X, will pay a working visit to Abuja", "Baghdad - INA: Prime Minister X received ...". The
writer takes the country as known, and so does a reader: the dateline's. A guest's post is
written bare too ("PARIS - President Xi arrived"), so one who visits the dateline's country is
not its official; when the story gives someone of that country the same post, names two people
with bare posts (one may be a guest the text does not tell as one), or the person faces several
sides, the post alone tells no one's country.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Person, Post
from dkg.loaders.gazetteer import fold
from dkg.loaders.steps.host_countries import national
from dkg.loaders.steps.person_placing import placed
from dkg.loaders.steps.visit_datelines import opening_city

_DATELINE_MARK = re.compile(r"\s*(?:[,(:]|[-\u2013\u2014]\s|\.\s+[A-Z])")
"""What follows a dateline's city: "LUSAKA, 8 June", "Baghdad - INA:", "HANOI. VNA"; a city
opening a sentence as its subject ("Lusaka is ...") is no dateline."""
_STORY_AFTER = 40
"""How far after the city its line must go on: a dateline runs into the story, while a city
and date on a line of their own close a release's heading."""


class DatelineOfficials:
    """Gives a stateless official who is no guest there the country of the story's dateline."""

    name = "dateline-officials"
    requires = frozenset({"sentences", "places", "people", "visits", "meetings"})
    provides = frozenset({"people"})

    def __call__(self, document: Document) -> Document:
        """Return the document with its stateless officials placed in the dateline's country."""
        city = opening_city(document)
        if city is None or city.country is None:
            return document
        if _DATELINE_MARK.match(document.text, city.span.end) is None:
            return document
        if "\n" in document.text[city.span.end : city.span.end + _STORY_AFTER]:
            # "Santiago, 6 October 2025" on a line of its own closes a release's heading
            return document
        home = city.country
        guests = {v.visitor for v in document.visits if v.host_country == home}
        held = {
            fold(post.title)
            for person in document.people
            if _country_of(person) == home
            for post in person.posts
        }
        candidates = [
            person
            for person in document.people
            if (bare := _bare(person))
            and person.key not in guests
            and not any(fold(p.title) in held for p in bare)
            and len(_faced(person, document)) < 2
        ]
        if len(candidates) != 1:
            return document  # two bare posts: one may be a guest the text does not tell
        official = candidates[0]
        return replace(
            document,
            people=tuple(
                placed(p, home, national) if p.key == official.key else p for p in document.people
            ),
        )


def _faced(person: Person, document: Document) -> set[str]:
    """The countries of the people a person meets: a leader facing two or more sides (a
    summit's host or one of its guests) is of no side the post tells."""
    people = {p.key: p for p in document.people}
    return {
        country
        for meeting in document.meetings
        if person.key in meeting.participants
        for key in meeting.participants
        if key != person.key and (country := _country_of(people[key])) is not None
    }


def _bare(person: Person) -> list[Post]:
    """The state's posts a person of no stated country holds, written with no country."""
    if _country_of(person) is not None:
        return []
    return [post for post in person.posts if national(post)]


def _country_of(person: Person) -> str | None:
    """The country the story gives a person, by their own or a post's."""
    return person.country or next((p.country for p in person.posts if p.country), None)
