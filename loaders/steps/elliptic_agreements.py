"""Documents named after their count without their head noun: "two memoranda, one on health
and one on visa exemption", "three agreements: one on roads, another on ports and a third on
customs", "a memorandum on health and a second one on transport".

The count and the head stand once, before the list; each "one on ..." is a named document of
that kind, as "a memorandum on health" would be. Without the counted noun right before the
list ("one on one", "met one on one", "one of them") nothing is read. A document named in full
may be followed by "and a second one on ..." or "and another on ...": a further document of
its kind, whose head noun the writer does not repeat.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention, AgreementStatus

_COUNTED = {
    "memoranda of understanding": ("memorandum", AgreementKind.MEMORANDUM),
    "memorandums of understanding": ("memorandum", AgreementKind.MEMORANDUM),
    "memoranda": ("memorandum", AgreementKind.MEMORANDUM),
    "memorandums": ("memorandum", AgreementKind.MEMORANDUM),
    "mous": ("MoU", AgreementKind.MEMORANDUM),
    "agreements": ("agreement", AgreementKind.AGREEMENT),
    "accords": ("accord", AgreementKind.AGREEMENT),
    "protocols": ("protocol", AgreementKind.AGREEMENT),
    "treaties": ("treaty", AgreementKind.TREATY),
    "contracts": ("contract", AgreementKind.CONTRACT),
}
"""Plural heads a list may leave out of its items, with the singular that titles an item."""

_LIST = Prefiltered(
    r"\b(?P<noun>memorand(?:a|ums)(?:\s+of\s+understanding)?|MoUs|agreements|accords|protocols|"
    r"treaties|contracts)\s*[,:\u2013\u2014-]\s*(?=one\s+(?:on|for|in|to)\s+(?!one\b))",
    re.IGNORECASE,
)
_ITEM = re.compile(
    r"(?:,?\s*(?:and\s+)?(?:one|another|the\s+other|a\s+(?:second|third|fourth|fifth))\s+)"
    r"(?P<subject>(?:on|for|in|to)\s+(?!one\b)[^,;.:()\u2013\u2014]+?)"
    r"(?=\s*(?:,?\s*(?:and\s+)?(?:one|another|the\s+other|a\s+(?:second|third|fourth|fifth))\s+"
    r"(?:on|for|in|to)\s|[,;.:()\u2013\u2014]|$))",
    re.IGNORECASE,
)
"""One item: "one on health cooperation", ", and another on ports", " and the other on ..."."""


_SINGULAR = {
    "memorandum of understanding": ("memorandum of understanding", AgreementKind.MEMORANDUM),
    "memorandum": ("memorandum", AgreementKind.MEMORANDUM),
    "mou": ("MoU", AgreementKind.MEMORANDUM),
    "agreement": ("agreement", AgreementKind.AGREEMENT),
    "accord": ("accord", AgreementKind.AGREEMENT),
    "protocol": ("protocol", AgreementKind.AGREEMENT),
    "treaty": ("treaty", AgreementKind.TREATY),
    "contract": ("contract", AgreementKind.CONTRACT),
}
"""Singular heads a further document after "and a second one" shares."""
_FURTHER = Prefiltered(
    r"\b(?P<noun>memorandum(?:\s+of\s+understanding)?|MoU|agreement|accord|protocol|treaty|"
    r"contract)\s+(?:on|for|in|to|establishing|concerning|regarding)\s+[^,;.:()]{1,120}?,?\s+"
    r"and\s+(?:a\s+(?:second|third|further)|another)(?:\s+one)?\s+"
    r"(?P<subject>(?:on|for|in|to|establishing|concerning|regarding)\s+(?!one\b)[^,;.:()]+)",
    re.IGNORECASE,
)
"""A named document, then a further one of its kind: "a memorandum on X and a second one on
Y", "an agreement on roads and another on ports"."""


def _further_documents(
    sentence: str, offset: int, status: AgreementStatus
) -> list[AgreementMention]:
    """The further document of "a memorandum on X and a second one on Y"."""
    found: list[AgreementMention] = []
    for further in _FURTHER.finditer(sentence):
        head, kind = _SINGULAR[re.sub(r"\s+", " ", further["noun"].lower())]
        found.append(
            AgreementMention(
                kind=kind,
                status=status,
                spans=((offset + further.start("subject"), offset + further.end()),),
                title=f"{head} {further['subject'].strip()}",
                count=1,
            )
        )
    return found


def find_elliptic_agreements(
    sentence: str, offset: int, status: AgreementStatus
) -> list[AgreementMention]:
    """The documents a counted list names without repeating its head noun."""
    found: list[AgreementMention] = []
    for listed in _LIST.finditer(sentence):
        head, kind = _COUNTED[re.sub(r"\s+", " ", listed["noun"].lower())]
        at = listed.end()
        while (item := _ITEM.match(sentence, at)) is not None:
            found.append(
                AgreementMention(
                    kind=kind,
                    status=status,
                    spans=((offset + item.start("subject"), offset + item.end()),),
                    title=f"{head} {item['subject'].strip()}",
                    count=1,
                )
            )
            at = item.end()
    return found + _further_documents(sentence, offset, status)
