"""A visit read backwards: "Prime Minister X met Kenya's President during state visit".

A headline packs the talks and the trip into one clause without saying whose trip it was, so
the reader takes its subject as the visitor and the other side's country as the host. When the
story tells that trip plainly ("President Y of Kenya, who is paying a state visit to Norway")
and the headline names that guest, its subject is the one who received the guest at home: the
undated trip the other way is the same visit read from the other side, not a second one.
"""

from __future__ import annotations

from dkg.loaders.document import Document, TextSpan, Visit


def without_reversed(visits: list[Visit], document: Document) -> list[Visit]:
    """The visits without one that another, told elsewhere, reverses: an undated trip told in
    one sentence, to the country of a guest that sentence names, whose own trip goes elsewhere."""
    return [w for w in visits if not any(_reverses(w, v, document) for v in visits)]


def _reverses(trip: Visit, other: Visit, document: Document) -> bool:
    return (
        trip.status == other.status == "happened"
        and trip.start is None
        and len(trip.evidence) == 1
        and other.visitor != trip.visitor
        and other.visitor_country == trip.host_country
        and other.host_country != trip.host_country
        and any(span != trip.evidence[0] for span in other.evidence)
        and _named_in(document, trip.evidence[0], other.visitor)
    )


def _named_in(document: Document, sentence: TextSpan, person: str) -> bool:
    """Whether the sentence mentions the person, by name or by a role ("Kenya's President")."""
    return any(m.person == person and sentence.contains(m.span) for m in document.person_mentions)
