"""TwoCountryStories: in a story about two countries, a leader of no stated country who meets
or visits the other side's leader is of the other country.

A release names its own side's leader by post alone: "Prime Minister X met with the President
of Mexico" in Ottawa, "The President of the Republic, X, received the President of Brazil"
under a Lisbon dateline, "President X, who is on a working visit to Zambia, held talks with
his Zambian counterpart". The writer takes the country as known; without it the post is
"President" of nowhere. When the story names exactly two countries (by name, demonym, or a
city such as the dateline's), one side's is known and the person talks with that side or
visits it, and no one of the story is known to be of the other, the person is of the other.
When the story names more countries in passing ("a project funded by the European Union"), the
sides are only the dateline's country and those of its people and visits: a story filed from
Nouakchott in which "the President of the Republic" receives a minister of Spain is about two
sides. With a third side in play, or people known on both sides, no country is guessed.
"""

from __future__ import annotations

from dataclasses import replace

from dkg.loaders.document import Document, Person
from dkg.loaders.steps.host_countries import national
from dkg.loaders.steps.person_placing import placed
from dkg.loaders.steps.visit_datelines import opening_city


class TwoCountryStories:
    """Gives a stateless leader of a two-country story the country of the side they face."""

    name = "two-country-stories"
    requires = frozenset({"countries", "places", "people", "visits", "meetings"})
    provides = frozenset({"people"})

    def __call__(self, document: Document) -> Document:
        """Return the document with the countries its two sides' leaders face each other in."""
        in_play = _countries_in_play(document)
        if len(in_play) != 2:
            # "funded by the European Union", "a tour of the Caribbean": countries named in
            # passing are no side; the story's own is its dateline's.
            in_play = _parties(document)
        if len(in_play) != 2:
            return document
        people = {p.key: p for p in document.people}
        faced: dict[str, set[str]] = {}
        for meeting in document.meetings:
            if len(meeting.participants) != 2:
                continue
            for key, other in (meeting.participants, meeting.participants[::-1]):
                partner = people.get(other)
                side = _country_of(partner) if partner is not None else None
                if side is not None:
                    faced.setdefault(key, set()).add(side)
        for visit in document.visits:
            faced.setdefault(visit.visitor, set()).add(visit.host_country)
        # The side a stateless leader fills is the one no one of the story is known to be on,
        # facing a side someone is: "Deputy Minister X" beside a Finn and a Dane may be either.
        known = {country for p in document.people if (country := _country_of(p)) is not None}
        if len(known) != 1:
            return document
        placed_people = tuple(
            placed(p, (in_play - known).pop(), national)
            if _stateless(p) and faced.get(p.key) == known
            else p
            for p in document.people
        )
        if placed_people == document.people:
            return document
        return replace(document, people=placed_people)


def _countries_in_play(document: Document) -> set[str]:
    """Every country the story names, by name, demonym or one of its cities, or gives a
    person."""
    countries = {c.iso2 for c in document.countries}
    countries |= {p.country for p in document.places}
    for person in document.people:
        countries |= {post.country for post in person.posts if post.country}
        if person.country:
            countries.add(person.country)
    return countries


def _parties(document: Document) -> set[str]:
    """The countries that are sides of the story: the one it is filed from (its dateline's
    city), those its people serve and those its visits go to or come from; not every country
    it names in passing."""
    parties = {v.host_country for v in document.visits}
    parties |= {v.visitor_country for v in document.visits if v.visitor_country}
    for person in document.people:
        if (country := _country_of(person)) is not None:
            parties.add(country)
    dateline = opening_city(document)
    if dateline is None:
        return set()  # no home side: a leader of no stated country may be of either
    parties.add(dateline.country)
    return parties


def _country_of(person: Person) -> str | None:
    """The country the story gives a person, by their own or a post's."""
    return person.country or next((p.country for p in person.posts if p.country), None)


def _stateless(person: Person) -> bool:
    """Whether the person holds a state's post and the story gives them no country."""
    return _country_of(person) is None and any(national(post) for post in person.posts)
