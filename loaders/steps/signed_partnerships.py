"""Partnerships signed as documents: "signed a 100-year partnership with ...", "welcomed the
signing of a Comprehensive Strategic Energy Partnership", "will sign a Strategic Partnership
Framework".

Leaders sign a partnership the way they sign a treaty: "partnership" (or a framework, pact or
compact) is the head of the document's name, with no "agreement" after it. Only the verb of
signing makes it a document: "upgraded ties to a comprehensive strategic partnership" names a
level of relations (the document, if any, is the joint statement that says so), and "signed the
partnership" in lower case refers back to one already told. A longer title ("... Partnership
Agreement", "a Charter on Strategic Partnership") is named_agreements.py's.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention, AgreementStatus

_SIGNED_PARTNERSHIP = Prefiltered(
    r"\b(?i:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclu(?:de|des|ded|ding|sion))(?:\s+of)?\s+"
    r"(?:(?:a|an|the)\s+(?:new\s+)?"
    r"(?P<named>(?:[A-Z][\w'\u2019-]*\s+){1,6}(?:Partnership|Framework|Pact|Compact))\b"
    r"(?!\s+[A-Z])"
    r"|an?\s+(?P<plain>(?:(?!(?i:on|of|for|to|with|in|and|the|agreement|accord|treaty|charter|"
    r"declaration|memorandum|statement|pact)\b)[\w-]+\s+){0,3}?(?i:partnership))\b"
    r"(?!\s+(?i:agreement|accord|treaty|charter|declaration|memorandum|pact|council|commission|"
    r"dialogue|framework|programme|program|roadmap|road\s+map|plan|statement)\b))"
)
"""A partnership signed: a capitalised title ending in its head noun, which a capitalised word
after it would lengthen ("... Partnership Agreement"), or a partnership named by up to three
words before it ("a 100-year partnership"). Scanned only in sentences holding a signing verb
and a head noun (prefilter.py), as most sentences hold neither."""
_PLANNED = re.compile(
    r"\b(?:will|to\s+be|would|plan(?:s|ned)?\s+to|expected\s+to|is\s+to)\s+(?:\w+\s+)?$"
)
"""A signing still to come: "will sign a ...", "is expected to sign", "to be signed"."""


_PARTNERSHIP_SIGNED = Prefiltered(
    r"\b(?i:an?)\s+(?P<plain>(?:(?!(?i:on|of|for|to|with|in|and|the)\b)[\w-]+\s+){0,3}?"
    r"(?i:partnership))(?:\s+(?i:on|for|in)\s+[^,.;:()]{1,80}?)?,?\s+(?:which\s+was\s+|that\s+was\s+)?"
    r"(?i:signed|inked)\s+by\b"
)
"""A partnership the sentence names first and then says was signed, as commentary writes it:
"a strategic partnership on innovation and the green transition, signed by the two leaders on
30 January". A partnership "agreed" or "announced by" is no signed document."""


def signed_partnerships(sentence: str, offset: int) -> list[AgreementMention]:
    """The partnership documents a sentence (at ``offset`` of the document) says were signed
    ("signed a ... partnership", "a ... partnership, signed by"), or are to be, each a
    document of its own."""
    found = []
    for match in [*_SIGNED_PARTNERSHIP.finditer(sentence), *_PARTNERSHIP_SIGNED.finditer(sentence)]:
        group = "named" if match.groupdict().get("named") else "plain"
        planned = _PLANNED.search(sentence, max(0, match.start() - 30), match.start())
        status = AgreementStatus.PLANNED if planned else AgreementStatus.SIGNED
        span = (offset + match.start(group), offset + match.end(group))
        found.append(
            AgreementMention(AgreementKind.AGREEMENT, status, (span,), title=match[group], count=1)
        )
    return found
