"""Shared venue names placed in the country they stand in.

"The White House", "State House" and "Government House" name buildings in several countries;
``placed_venues`` (run by the reference resolver) places one by the city written after it,
else by the country the text is in at that point, and leaves it unplaced when that country
has none (a State House in Dar es Salaam is not Nairobi's). A readout's first sentence often
names only the guest's country before the venue ("welcomed Prime Minister X of Sweden to the
White House") and its own country later ("the United States and Sweden"); then the venue is
the one of the one country the text names that has it, unless the sentence also names a
city, which places the venue where it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, PlaceMention, TextSpan
from dkg.loaders.gazetteer import Gazetteer
from dkg.loaders.gazetteer.entities import Venue


def venue_of_the_text(
    document: Document, shared: tuple[Venue, ...], span: TextSpan
) -> Venue | None:
    """The venue of that name in the one country the text names that has one, when the
    sentence of the venue names no city."""
    sentence = document.sentence_at(span.start)
    if sentence is None or any(
        p.kind == "city" and sentence.span.contains(p.span) for p in document.places
    ):
        return None
    named = {c.iso2 for c in document.countries} & {v.country for v in shared}
    if len(named) != 1:
        return None
    return next(v for v in shared if v.country in named)


def placed_venues(
    document: Document, places: tuple[PlaceMention, ...], gazetteer: Gazetteer
) -> tuple[PlaceMention, ...]:
    """Shared venue names ("State House", "Presidential Palace") placed by the city written
    right after them, else by the country the text is in at that point, else by the one
    country of the text that has such a venue; left unplaced otherwise, so that a palace
    in Dar es Salaam never becomes the one in Nairobi."""
    context = sorted(
        [(c.span.start, c.iso2) for c in document.countries if c.form == "name"]
        + [(p.span.start, p.country) for p in places if p.kind == "city"]
    )
    demonyms = sorted((c.span.start, c.iso2) for c in document.countries)
    placed: list[PlaceMention] = []
    for place in places:
        surface = document.text[place.span.start : place.span.end]
        shared = gazetteer.venues_named(surface)
        if place.kind == "venue" and len(shared) < 2 and _elsewhere(document, place, places):
            continue
        if place.kind != "venue" or len(shared) < 2:
            placed.append(place)
            continue
        country = (
            _city_after(document.text, place.span, places)
            or _country_at(context, place.span)
            or _country_at(demonyms, place.span)
        )
        venue = next((v for v in shared if v.country == country), None)
        venue = venue or venue_of_the_text(document, shared, place.span)
        if venue is not None:
            placed.append(
                replace(
                    place,
                    name=venue.name,
                    country=venue.country,
                    city=venue.city.name,
                    wikidata=venue.wikidata,
                )
            )
    return tuple(placed)


_VENUE_IN = re.compile(r",?\s+(?:in\s+)?")
"""Between a venue and its city: "the Presidential Palace in Warsaw", "State House, Accra"."""


def _elsewhere(document: Document, venue: PlaceMention, places: tuple[PlaceMention, ...]) -> bool:
    """Whether a venue of one known country stands in a text set in another: a building of the
    same name in another capital ("received at the Palace of Nations" in a story from Dar es
    Salaam is no trip to Geneva). The city written right after it places it; else, only when
    the text names the venue's country nowhere else (no name, demonym or city of it), the last
    city or country named before it (the dateline's, the arrival's), else a city later in its
    sentence: "addressed the UN in Geneva ... at the Palace of Nations" keeps Geneva's."""
    after = _city_after(document.text, venue.span, places)
    if after is not None:
        return after != venue.country
    if any(c.iso2 == venue.country for c in document.countries) or any(
        p.country == venue.country and p.kind == "city" for p in places
    ):
        return False
    before = sorted(
        [(p.span.start, p.country) for p in places if p.kind == "city"]
        + [(c.span.start, c.iso2) for c in document.countries if c.form == "name"]
    )
    sentence = document.sentence_at(venue.span.start)
    country = next(
        (iso2 for start, iso2 in reversed(before) if start < venue.span.start),
        next(
            (
                p.country
                for p in places
                if p.kind == "city"
                and sentence is not None
                and p.span.start >= venue.span.end
                and sentence.span.contains(p.span)
            ),
            None,
        ),
    )
    return country is not None and country != venue.country


def _city_after(text: str, span: TextSpan, places: tuple[PlaceMention, ...]) -> str | None:
    """The country of the city written right after a venue, which places it before any
    country the story named earlier."""
    for place in places:
        if (
            place.kind == "city"
            and place.span.start > span.end
            and _VENUE_IN.fullmatch(text, span.end, place.span.start)
        ):
            return place.country
    return None


def _country_at(mentions: list[tuple[int, str]], span: TextSpan) -> str | None:
    """The country of the last mention before ``span``, else of the first one after it."""
    before = [iso2 for start, iso2 in mentions if start < span.start]
    if before:
        return before[-1]
    return next((iso2 for start, iso2 in mentions if start >= span.end), None)
