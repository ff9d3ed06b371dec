"""A shared venue name placed by the one country of the text that has such a venue.

"The White House", "State House" and "Government House" name buildings in several countries;
the reference resolver places one by the country the text is in at that point, and leaves it
unplaced when that country has none (a State House in Dar es Salaam is not Nairobi's). A
readout's first sentence often names only the guest's country before the venue ("welcomed
Prime Minister X of Sweden to the White House") and its own country later ("the United States
and Sweden"); then the venue is the one of the one country the text names that has it, unless
the sentence also names a city, which places the venue where it is.
"""

from __future__ import annotations

from dkg.loaders.document import Document, TextSpan
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
