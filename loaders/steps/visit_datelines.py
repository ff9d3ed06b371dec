"""The city a story opens with, as its dateline: where a story reporting from a visit is filed.

Agencies open a story with the city they file from ("PARIS, Sept 21 (Wire) -", "Amman,
Tuesday ... (Petra) --"), after an outlet's name, a headline or a byline. A visit the story
tells as under way without naming its destination ("on the second day of a state visit") is in
that city's country, and "the Kingdom" of an agency in a kingdom is that kingdom.
"""

from __future__ import annotations

from dkg.loaders.document import Document, PlaceMention

_OPENING_SENTENCES = 5
"""How many sentences from the top may open with the dateline's city: an outlet's name, a
service line, a headline, a byline and a kicker come before it."""


def opening_city(document: Document) -> PlaceMention | None:
    """The city the first sentence that starts with one starts with, among the first few."""
    starts = {p.span.start: p for p in document.places if p.kind == "city"}
    for sentence in document.sentences[:_OPENING_SENTENCES]:
        city = starts.get(sentence.span.start)
        if city is not None:
            return city
    return None
