"""The city of a visit that its own sentence and paragraph leave out, from the rest of its story.

News names the country of a visit in its lead ("will pay a state visit to France") and the
city elsewhere: in the headline ("Soto to visit Paris") or in a later paragraph ("In Paris the
President will hold talks ..."). When the story names exactly one city of the host country
outside the sentences that tell other visits, that city is where the visit goes; with two
("In Lyon ..., in Paris ...") the text does not say which one is the visit's, and it stays
without one.
"""

from __future__ import annotations

from dataclasses import replace

from dkg.loaders.document import Document, PlaceMention, Visit


def with_story_cities(visits: list[Visit], document: Document) -> list[Visit]:
    """The visits, each one without a place given the one city of its host in the story."""
    placed = []
    for visit in visits:
        if visit.place is None and visit.status in ("happened", "announced"):
            city = _one_city(visit, visits, document)
            visit = replace(visit, place=city) if city is not None else visit
        placed.append(visit)
    return placed


def _one_city(visit: Visit, visits: list[Visit], document: Document) -> PlaceMention | None:
    """The one city of the host country named outside other visits' sentences, if only one."""
    same_trip = [
        v for v in visits if (v.visitor, v.host_country) == (visit.visitor, visit.host_country)
    ]
    if len(same_trip) > 1:
        return None  # "again in 2019": which trip a city is of, the text does not say
    others = {span for v in visits if v is not visit for span in v.evidence} - set(visit.evidence)
    cities: dict[str, PlaceMention] = {}
    for place in document.places:
        if place.kind != "city" or place.country != visit.host_country:
            continue
        if any(span.contains(place.span) for span in others):
            continue  # "She last went to Paris in 2019": another visit's city
        cities.setdefault(place.city, place)
    return next(iter(cities.values())) if len(cities) == 1 else None
