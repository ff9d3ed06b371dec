"""The host a visit's own sentence names, when the text never says the host's country.

"Prime Minister Narendra Modi was welcomed to Papua New Guinea by his counterpart James
Marape": Marape is the host of that visit, although no post or country is read for him, and
"the two prime ministers" of a later sentence are Modi and Marape, not the first other titled
person of the story (a Governor-General who conferred an honour later).
"""

from __future__ import annotations

from dkg.loaders.document import Document, Visit


def host_named_in_visit(document: Document, visit: Visit) -> str | None:
    """The first person other than the visitor that the visit's evidence names, in full or by
    surname ("with Mr Marape today"), of the host country or of no known country."""
    countries = {p.key: p.country for p in document.people}
    for mention in document.person_mentions:
        if mention.person == visit.visitor or mention.via not in ("name", "surname"):
            continue
        if countries.get(mention.person) not in (None, visit.host_country):
            continue
        if any(e.start <= mention.span.start < e.end for e in visit.evidence):
            return mention.person
    return None
