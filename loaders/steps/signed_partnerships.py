"""Partnerships signed as documents: "signed a 100-year partnership with ...", "the two
presidents signed a comprehensive strategic partnership".

Leaders sign a partnership the way they sign a treaty: the word "partnership" is the head of the
document's name, with no "agreement" after it. Only a signature makes it a document: "upgraded
ties to a comprehensive strategic partnership" names a level of relations (the document, if
any, is the joint statement that says so), and "signed the partnership" refers back to one
already told.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention, AgreementStatus

_SIGNED_PARTNERSHIP = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:e|es|ed|ing))\s+an?\s+"
    r"(?P<title>(?:(?!(?:on|of|for|to|with|in|and|the|agreement|accord|treaty|charter|"
    r"declaration|memorandum|statement|pact)\b)[\w-]+\s+){0,3}?partnership)\b"
    r"(?!\s+(?:agreement|accord|treaty|charter|declaration|memorandum|pact|council|commission|"
    r"dialogue|framework|programme|program|roadmap|road\s+map|plan|statement)\b)",
    re.IGNORECASE,
)
"""A partnership signed, named by the words before "partnership": "a 100-year partnership";
"a Charter on Strategic Partnership" is a charter, which named_agreements.py reads."""


def signed_partnerships(
    sentence: str, offset: int, status: AgreementStatus
) -> list[AgreementMention]:
    """The partnerships a sentence (at ``offset`` of the document) says were signed, each a
    document of its own."""
    return [
        AgreementMention(
            kind=AgreementKind.AGREEMENT,
            status=status,
            spans=((offset + match.start("title"), offset + match.end("title")),),
            title=match["title"],
            count=1,
        )
        for match in _SIGNED_PARTNERSHIP.finditer(sentence)
    ]
