"""Talks told as steps of a visit's programme: a step whose subject is the day or the visit
("The day ended with a meeting with X"), and a timed line of a published schedule ("11:00
Talks between A and B")."""

from __future__ import annotations

import re

_PROGRAMME_SUBJECT = re.compile(
    r"(?:[A-Z][\w ]{0,30},\s+)?[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:day|visit|programme|program|trip|"
    r"stay|tour|morning|afternoon|evening)\s+(?:(?:of|for)\s+the\s+[\w-]+\s+)?(?:began|started|"
    r"opened|ended|closed|concluded|continued|wrapped\s+up)\s+with\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|talks|audience|courtesy\s+call|discussions)\s+with\b"
)


def programme_subject(sentence: str) -> bool:
    """Whether the sentence tells talks as a step of the guest's programme, with the day or
    the visit as its subject ("The day ended with a meeting with President X", "The visit began
    with talks with the Premier"): the side it leaves unnamed is the visitor of the visit under
    way. Anchored at the sentence's start, so it costs one failed match on most sentences."""
    return _PROGRAMME_SUBJECT.match(sentence) is not None
