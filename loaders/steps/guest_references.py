"""GuestReferences: "his guest", "the visitor", "the visiting minister" and "the host" as the
people of the visit a story tells.

Once a story has said who came where, it goes on with the roles the visit gives: "The President
walked his guest to the gardens", "the host briefed the visitor on the project". Such a phrase
means the visitor or the host of that visit, but only when the story has told one visit's
people before the phrase (or tells one visit in all): with two visitors (or two people of the
host country named before the phrase) a reader cannot tell whom it means, and a wrong person is
worse than none. A trip the story recalls only after the phrase (the host's own earlier visit
abroad) is not one it can mean. "His host" with no one of
the host country named before it is the one at whose invitation the guest came, as protocol
has the host invite ("A, who is on a visit at the invitation of B, held talks with his host").
The phrase is read only
where "guest", "host" or "visitor" is the noun itself: not "the guests at the dinner", "the host
country", "hosted a reception" or "the guest list".
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Person, PersonMention, TextSpan, Visit
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.role_holders import holds_role

_REFERENCE = Prefiltered(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
    # "the royal guest", "their distinguished visitor": one word of praise before the noun;
    # "the other guest", "the next visitor" are someone else.
    r"(?:(?:(?!(?:other|another|next|last|previous|former|first|second|third)\b)[a-z]+\s+)?"
    # "the Uzbek guest": the visitor from the country its demonym names (read below).
    r"(?:(?P<guest_demonym>[A-Z][\w'\u2019-]+)\s+)?"
    r"(?P<guest>guest|visitor)|(?P<host>hosts?)"
    r"|visiting\s+(?:(?P<demonym>[A-Z][\w'\u2019-]+)\s+)?"
    r"(?P<role>president|prime\s+minister|foreign\s+minister|minister|premier|chancellor|"
    r"king|queen|emir|sultan|leader|head\s+of\s+state|secretary))"
    # The noun ends its phrase: a stop, a possessive, a preposition, a relative pronoun or a
    # verb follows; "the host country", "the guest list", "the guests" are other things.
    r"(?=\s*[,.;:)\u2019']|\s+(?:to|at|in|on|with|and|for|from|by|who|through|around|into|"
    r"about|during|after|before|as|was|is|had|has|have|will|would|could|also|then|later|"
    r"first|again|earlier|afterwards|personally|warmly|briefly|formally|officially|himself|"
    r"herself|"
    r"said|told|gave|made|took|met|held|spoke|led|went|saw|left|came|paid|sent|brought|"
    r"laid|drove|rode|shook|sat|stood|wrote|[a-z]+ed)\b)"
)
"""A role the visit gives, as a noun phrase of its own."""


class GuestReferences:
    """Adds the visitor and host a story's roles ("his guest", "the host") refer to."""

    name = "guest-references"
    requires = frozenset({"sentences", "people", "person_mentions", "visits", "countries"})
    provides = frozenset({"people", "person_mentions"})

    def __call__(self, document: Document) -> Document:
        """Return the document with a mention for each guest or host phrase it can resolve."""
        if not document.visits:
            return document
        people = {p.key: p for p in document.people}
        mentions = list(document.person_mentions)
        taken = [m.span for m in mentions]
        found: list[PersonMention] = []
        for sentence in document.sentences:
            if sentence.boilerplate:
                continue
            for match in _REFERENCE.finditer(sentence.text):
                span = TextSpan(
                    sentence.span.start + match.start(), sentence.span.start + match.end()
                )
                if any(span.contains(t) or t.contains(span) for t in taken):
                    continue
                visitor, host_country = _visit_told_before(span.start, document, people)
                if visitor is None:
                    continue
                person = _referent(match, span, visitor, host_country, document) or (
                    _inviter(span, sentence.span.start, visitor, document)
                    if match["host"]
                    else None
                )
                if person is not None:
                    found.append(PersonMention(span, person, "role"))
        if not found:
            return document
        mentions = sorted([*mentions, *found], key=lambda m: m.span)
        spans: dict[str, list[TextSpan]] = {}
        for mention in mentions:
            spans.setdefault(mention.person, []).append(mention.span)
        return replace(
            document,
            people=tuple(replace(p, mentions=tuple(spans.get(p.key, ()))) for p in document.people),
            person_mentions=tuple(mentions),
        )


def _visit_told_before(
    at: int, document: Document, people: dict[str, Person]
) -> tuple[Person | None, str | None]:
    """The visitor and host country a role at offset ``at`` can mean: those of the one visit
    the story has told before it ("received his illustrious guest" means the guest already
    come, not the host's own earlier trip told at the end), leaving out trips of earlier years
    ("the last such trip was made by X in 1983"), or of the story's one visit when none is told
    before the role. None when two visitors fit."""
    told = [v for v in document.visits if any(e.start < at for e in v.evidence)]
    current = [v for v in told if not _of_an_earlier_year(v, document)]
    visits = current or told or list(document.visits)
    visitors = {v.visitor for v in visits}
    visitor = people.get(next(iter(visitors))) if len(visitors) == 1 else None
    hosts = {v.host_country for v in visits}
    return visitor, next(iter(hosts)) if len(hosts) == 1 else None


def _of_an_earlier_year(visit: Visit, document: Document) -> bool:
    """Whether the visit began in a year before the document's: a trip the story recalls."""
    year = visit.start.year if visit.start is not None else None
    return document.date is not None and year is not None and year < document.date.year


def _referent(
    match: re.Match[str],
    span: TextSpan,
    visitor: Person,
    host_country: str | None,
    document: Document,
) -> str | None:
    """The visitor or host a guest or host phrase means, if only one person can be meant."""
    if match["guest"] and match["demonym"]:
        # "the Uzbek guest" is the visitor from Uzbekistan, not a guest of another country,
        # nor "the Chief Guest" of a ceremony, whose capital names no country.
        at = span.start + match.start("demonym") - match.start()
        named = {c.iso2 for c in document.countries if c.span.start == at}
        fits = named and named != {host_country} and visitor.country in (*named, None)
        return visitor.key if fits else None
    if match["guest"] and match["guest_demonym"]:
        # "the Uzbek guest" is the visitor from Uzbekistan, not a guest of another country,
        # nor "the Chief Guest" of a ceremony, whose capital names no country.
        at = span.start + match.start("guest_demonym") - match.start()
        named = {c.iso2 for c in document.countries if c.span.start == at}
        fits = named and named != {host_country} and visitor.country in (*named, None)
        return visitor.key if fits else None
    if match["guest"]:
        return visitor.key
    if match["role"]:
        if match["demonym"] and _country_at(match, span, document) != visitor.country:
            return None  # "the visiting Sudanese leader" is no visitor from elsewhere
        role = " ".join(match["role"].lower().split())
        posts = [p.title for p in visitor.posts]
        fits = role in ("leader", "head of state") or any(holds_role(t, role) for t in posts)
        return visitor.key if fits else None
    if host_country is None:
        return None
    # The host is the one person of the host country named before the phrase.
    before = {m.person for m in document.person_mentions if m.span.start < span.start}
    hosts = {
        p.key
        for p in document.people
        if p.country == host_country and p.key in before and p.key != visitor.key
    }
    return next(iter(hosts)) if len(hosts) == 1 else None


_INVITATION = Prefiltered(r"\binvitation\s+of\s+", re.IGNORECASE)
_INVITER_REACH = 60
"""How far after "invitation of" the inviter's name may start: a title or two before it."""


def _inviter(span: TextSpan, opens: int, visitor: Person, document: Document) -> str | None:
    """The host "his host" at ``span`` means when no one of the host country was named before
    it: the one at whose invitation the guest came, named in the phrase's sentence (which
    ``opens`` at that offset: "President A, who is on a visit at the invitation of President
    B, held talks with his host"), else before it in the story; protocol has the host invite.
    None when no one, or two, invited."""
    for start in (opens, 0):
        found = {
            m.person
            for invited in _INVITATION.finditer(document.text, start, span.start)
            for m in document.person_mentions
            if 0 <= m.span.start - invited.end() <= _INVITER_REACH
            and m.span.end <= span.start
            and m.person != visitor.key
        }
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


def _country_at(match: re.Match[str], span: TextSpan, document: Document) -> str | None:
    """The country of the demonym in "the visiting Kenyan president", if the text has one
    there: the guest's own country, which the story's visitor must share."""
    start = span.start + match.start("demonym") - match.start()
    end = span.start + match.end("demonym") - match.start()
    return next(
        (c.iso2 for c in document.countries if c.span.start <= start and end <= c.span.end),
        None,
    )
