"""Further cities of a visit under way: "X is on a state visit to India ... X will also travel
to Mumbai and Bengaluru", "The programme of the Head of State continues in Cusco ... and
concludes in Arequipa" are the same visit going on, not a second, announced one.

The future tense of such a sentence is the rest of the programme; only "also", or the
programme said to go on in a city, ties it to the visit the text reports, so an undated
announced visit of the same visitor to the same host told so joins the visit that happened,
whose evidence then cites its sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Visit

_ALSO = re.compile(
    r"\b(?:will|is\s+to|are\s+to|is\s+due\s+to|is\s+expected\s+to)\s+also\s+"
    r"(?:travel|visit|go|fly|head|stop)\b"
    r"|\balso\s+(?:to\s+)?(?:travel|visit|go|fly|head|stop)\b"
    r"|\b(?:programme|program|agenda|schedule|itinerary)\b[^.;]{0,80}?\b(?:will\s+)?"
    r"(?:continues?|concludes?|ends?|closes?|wraps?\s+up)\s+in\b",
    re.IGNORECASE,
)
"""The programme's next stop told as part of the visit: "will also travel to Mumbai", "The
programme of the Head of State continues in Cusco ... and concludes in Arequipa"."""


def with_continuations(visits: list[Visit], document: Document) -> list[Visit]:
    """The visits with each "will also travel to" stop folded into the visit it continues."""
    merged = [*visits]
    folded: set[int] = set()
    for index, leg in enumerate(visits):
        if leg.status != "announced" or leg.start is not None or not _told_with_also(leg, document):
            continue
        going_on = next(
            (
                i
                for i, v in enumerate(visits)
                if v.status == "happened"
                and (v.visitor, v.host_country) == (leg.visitor, leg.host_country)
            ),
            None,
        )
        if going_on is None:
            continue  # no visit under way to continue: a trip of its own
        evidence = tuple(sorted({*merged[going_on].evidence, *leg.evidence}))
        merged[going_on] = replace(merged[going_on], evidence=evidence)
        folded.add(index)
    return [v for i, v in enumerate(merged) if i not in folded]


def _told_with_also(visit: Visit, document: Document) -> bool:
    """Whether every sentence that tells the visit tells it as a further stop ("also")."""
    return all(_ALSO.search(document.text, span.start, span.end) for span in visit.evidence)
