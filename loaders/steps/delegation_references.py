"""Delegation references: "The delegation arrived in Havana on May 15" as its head's trip.

A report of a delegation's talks names its head once ("received the government delegation of
Chile headed by X") and then tells what the delegation did: "The delegation arrived in Havana by
special plane on May 15." The arrival is the head's visit, but that sentence names no person, so
no visit reader could find a visitor in it. "the delegation" as the subject of a verb becomes a
mention of the one who heads the delegation last named with its head before it.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document, PersonMention, TextSpan
from dkg.loaders.prefilter import Prefiltered

_HEADED = Prefiltered(r"\bdelegation\b[^.;]{0,80}?\b(?:led|headed)\s+by\s+", re.IGNORECASE)
"""A delegation named with its head: "the delegation of Chile headed by", "a delegation led
by"."""
_HEAD_TITLE = re.compile(r"(?:(?:[A-Z][\w.'\u2019-]*|the|of)\s+){0,6}")
"""The head's title before the name: "headed by Foreign Minister X"."""
_REFERENCE = re.compile(
    r"\b[Tt]he\s+delegation(?=\s+(?:(?:also|then|later|first|had|has|have|was|were|is|will)\s+)?"
    r"(?:arrived|arrives|landed|lands|travel(?:l?ed|s)|visited|visits|went|flew|came|left|"
    r"toured|paid|met|held|began|begins|started|ended|concluded)\b)"
)
""""the delegation" as the subject of a verb of its trip; not "the delegation-level talks",
"members of the delegation", "the Chilean delegation" (whose head may be another)."""


def delegation_mentions(document: Document, mentions: list[PersonMention]) -> list[PersonMention]:
    """A mention of its head for each "the delegation" that follows a delegation named with
    its head, the last one named before it."""
    text = document.text
    if "delegation" not in text:
        return []  # most texts name no delegation: nothing to search
    heads: list[tuple[int, str]] = []
    for headed in _HEADED.finditer(text):
        head = next(
            (
                m
                for m in mentions
                if m.span.start >= headed.end()
                and _HEAD_TITLE.fullmatch(text, headed.end(), m.span.start) is not None
            ),
            None,
        )
        if head is not None:
            heads.append((head.span.end, head.person))
    if not heads:
        return []
    taken = [m.span for m in mentions]
    found: list[PersonMention] = []
    for reference in _REFERENCE.finditer(text, heads[0][0]):
        span = TextSpan(reference.start(), reference.end())
        if any(t.contains(span) or span.contains(t) for t in taken):
            continue
        person = [key for end, key in heads if end <= span.start][-1]
        found.append(PersonMention(span, person, "role"))
    return found
