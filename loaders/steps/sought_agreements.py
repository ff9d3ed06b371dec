"""Documents a sentence names as sought or under negotiation, or says were not signed.

News names the accord a country still wants beside those it signed: "the trade pact Chile
seeks was not among the texts signed", "agreed to negotiate with the aim of concluding a
partnership agreement within six months". Such a document is neither signed nor prepared for
signature (the users' gold leaves it out, like an agreement still "to be negotiated"), so no
agreement comes of it.
"""

from __future__ import annotations

import re

_SOUGHT_BEFORE = re.compile(
    r"\b(?:negotiat(?:e|es|ing|ions?)|talks\s+(?:on|towards?|for|about)|"
    r"(?:aim|goal|view|objective)\s+(?:of|to)\s+conclud(?:e|ing)|seek(?:s|ing)?|sought|"
    r"pursu(?:e|es|ing))\b(?:(?!\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)|adopt(?:s|ed)|exchanged)\b)"
    r"[^.;:,]){0,60}$",
    re.IGNORECASE,
)
"""A negotiation or a wish that governs the document after it, in its clause: "negotiations on
a free trade agreement", "with the aim of concluding an accord"; not "the long-negotiated
treaty", which was negotiated and may well be signed, nor "held talks on Tuesday and signed
an accord", whose own verb signs it."""
_NOT_SIGNED_AFTER = re.compile(
    r"^(?:\s*,[^.;,]{1,60},)?[^.;,]{0,60}?\b(?:(?:was|were|is|are)(?:\s+not|n['\u2019]t)|"
    r"(?:has|have|had)(?:\s+not|n['\u2019]t)\s+(?:yet\s+)?been)\s+(?:yet\s+)?"
    r"(?:signed|concluded|among)\b",
    re.IGNORECASE,
)
"""The document as the subject of a denied signing: "the pact Chile seeks was not among the
texts signed", "the treaty, which Chile wants, has not yet been signed"."""


def sought(sentence: str, start: int, end: int) -> bool:
    """Whether the document at ``sentence[start:end]`` is only sought or negotiated, or is
    said not to have been signed."""
    return (
        _SOUGHT_BEFORE.search(sentence, max(0, start - 80), start) is not None
        or _NOT_SIGNED_AFTER.match(sentence[end:]) is not None
    )
