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
    "documents": ("document", AgreementKind.AGREEMENT),
}
"""Plural heads a list may leave out of its items, with the singular that titles an item."""

_LIST = Prefiltered(
    r"\b(?P<noun>memorand(?:a|ums)(?:\s+of\s+understanding)?|MoUs|agreements|accords|protocols|"
    r"treaties|contracts|documents)(?:\s*[,:\u2013\u2014-]\s*(?:(?:among\s+them|including|"
    r"of\s+which)\s+)?|\s+(?:among\s+them|including)\s+)(?=one\s+(?:on|for|in|to)\s+(?!one\b))",
    re.IGNORECASE,
)
"""The counted noun and what opens its list: a colon or dash, or words that pick parts out of
it ("six MoUs, among them one on ...", "eleven documents, including one on ...")."""
_ITEM = re.compile(
    r"(?:,?\s*(?:and\s+)?(?:one|another|the\s+other|a\s+(?:second|third|fourth|fifth))\s+)"
    r"(?P<subject>(?:on|for|in|to)\s+(?!one\b)[^,;.:()\u2013\u2014]+?)"
    r"(?=\s*(?:,?\s*(?:and\s+)?(?:one|another|the\s+other|a\s+(?:second|third|fourth|fifth))\s+"
    r"(?:on|for|in|to)\s|[,;.:()\u2013\u2014]|$))",
    re.IGNORECASE,
)
"""One item: "one on health cooperation", ", and another on ports", " and the other on ..."."""


_BARE_LIST = Prefiltered(
    r"\b(?P<noun>memorand(?:a|ums)(?:\s+of\s+understanding)?|MoUs|agreements|accords|protocols|"
    r"treaties|contracts|documents)\s*:\s*(?=on\s+(?!one\b)[^,;.:()]+?(?:,\s*(?:and\s+)?|\s+and\s+)on\s)",
    re.IGNORECASE,
)
"""A counted noun whose list after a colon names each document by its subject alone: "three
memoranda: on health, on roads and on youth". Two "on" items at least, so that "two agreements:
on Monday the ministers ..." opens no list."""
_BARE_ITEM = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)?(?P<subject>on\s+(?!one\b)[^,;.:()\u2013\u2014]+?)"
    r"(?=(?:,\s*(?:and\s+)?|\s+and\s+)on\s|\s*[,;.:()\u2013\u2014]|\s*$)",
    re.IGNORECASE,
)
"""One item of such a list: "on youth and sports" up to the next ", on" or " and on"."""


_SINGULAR = {head.casefold(): kind for head, kind in _COUNTED.values()}
"""The kind of each singular head, by its first word folded ("memorandum", "mou")."""
_FURTHER = Prefiltered(
    r"\b(?P<noun>memorandum(?:\s+of\s+understanding)?|MoU|agreement|accord|protocol|treaty|"
    r"contract)\s+(?:on|for|in|to|establishing|concerning|regarding)\s+[^,;.:()]{1,120}?,?\s+"
    r"and\s+(?:(?:a\s+(?:second|third|further)|another)(?:\s+one)?|one(?=\s+(?:on|for)\s))\s+"
    r"(?P<subject>(?:on|for|in|to|establishing|concerning|regarding)\s+(?!one\b)[^,;.:()]+)",
    re.IGNORECASE,
)
"""A named document, then a further one of its kind: "a memorandum on X and a second one on
Y", "an agreement on roads and another on ports", "... and one on ports"."""


def _item(
    head: str, kind: AgreementKind, item: re.Match[str], offset: int, status: AgreementStatus
) -> AgreementMention:
    """One document of a list or of "and a second one": the head noun and the item's subject."""
    return AgreementMention(
        kind=kind,
        status=status,
        spans=((offset + item.start("subject"), offset + item.end()),),
        title=f"{head} {item['subject'].strip()}",
        count=1,
    )


def find_elliptic_agreements(
    sentence: str, offset: int, status: AgreementStatus
) -> list[AgreementMention]:
    """The documents a counted list names without repeating its head noun, and the further
    document of "a memorandum on X and a second one on Y"."""
    found: list[AgreementMention] = []
    for listed in _LIST.finditer(sentence):
        head, kind = _COUNTED[re.sub(r"\s+", " ", listed["noun"].lower())]
        at = listed.end()
        while (item := _ITEM.match(sentence, at)) is not None:
            found.append(_item(head, kind, item, offset, status))
            at = item.end()
    for listed in _BARE_LIST.finditer(sentence):
        head, kind = _COUNTED[re.sub(r"\s+", " ", listed["noun"].lower())]
        at = listed.end()
        while (item := _BARE_ITEM.match(sentence, at)) is not None:
            found.append(_item(head, kind, item, offset, status))
            at = item.end()
    for further in _FURTHER.finditer(sentence):
        noun = " ".join(further["noun"].split())  # the head as written, "memorandum of ..."
        found.append(_item(noun, _SINGULAR[noun.split()[0].casefold()], further, offset, status))
    return found
