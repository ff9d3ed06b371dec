"""The city of a visit is where its talks were held, not only where the guest landed.

"The president landed in Shanghai on 12 April ... On Friday, in Beijing, he was received by
President Xi": the visit is the one to Beijing, where it did its business; the arrival city is
where the trip began. A visit whose talks the text places in another city of the host country
takes that city (the first talks told, which are the main ones in news order), and so does a
visit told without a city ("is in the country for a State Visit ... held talks at State House,
Nairobi").
"""

from __future__ import annotations

from dataclasses import replace

from dkg.loaders.document import Document


class VisitCities:
    """Moves (or places) a visit in the city of its first talks held in the host country."""

    name = "visit-cities"
    requires = frozenset({"visits", "meetings"})
    provides = frozenset({"visits"})

    def __call__(self, document: Document) -> Document:
        """Return the document with each visit placed where its talks were held."""
        visits = list(document.visits)
        moved = False
        for index, visit in enumerate(visits):
            if visit.status != "happened":
                continue
            talks = next(
                (
                    m.place
                    for m in document.meetings
                    if m.during_visit == index
                    and m.place is not None
                    and m.place.country == visit.host_country
                ),
                None,
            )
            # A visit the text gives no city takes the city of its talks ("held talks at State
            # House, Nairobi").
            if talks is not None and (visit.place is None or talks.city != visit.place.city):
                visits[index] = replace(visit, place=talks)
                moved = True
        # A copy of the Document costs more than this whole step: only when a visit moved.
        return replace(document, visits=tuple(visits)) if moved else document
