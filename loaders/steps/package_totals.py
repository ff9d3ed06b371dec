"""A package counted again in the total the same sentence gives: "signed the Protocol on X
together with eleven further instruments, for a total of twelve documents".

News often tells the documents beside a named one ("eleven further instruments", "a further
six agreements") and then their sum ("twelve documents in all"). The sum is the package; the
further documents are part of it, and the named one is kept as its named part, as the gold
keeps the named parts of every package. Counting both would report 23 documents where twelve
were signed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.steps.agreement_mentions import AgreementMention
from dkg.loaders.steps.amounts import Amount, AmountKind
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN

_FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional)\s*$", re.IGNORECASE)
_FURTHER_AFTER = re.compile(r"\S+\s+(?:further|other|more|additional)\b", re.IGNORECASE)
"""A count of documents beside others: "a further 11 agreements", "another six accords" (the
words before the number), "eleven further instruments", "six other documents" (after it)."""
_TOTAL_BEFORE = re.compile(
    r"\b(?:(?:a|the)\s+total\s+of|totall?ing|in\s+total|bringing\s+the\s+(?:total|number|tally)"
    r"\s+to|altogether|overall|all\s+told)\s*,?\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(
    r"\s*,?\s*(?:in\s+(?:all|total)|altogether|all\s+told|overall)\b", re.IGNORECASE
)
"""What marks a count as the sum: "for a total of twelve documents", "twelve documents in all",
"bringing the total to twelve documents", "twelve documents altogether"."""


def without_counted_again(
    packages: Sequence[AgreementMention], sentence: str, offset: int
) -> list[AgreementMention]:
    """The packages of the sentence (at ``offset`` of the document) less those of "further" or
    "other" documents that a larger total in the same sentence already counts.

    >>> from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementStatus
    >>> s = "They signed a treaty and four other accords, five documents in all."
    >>> package = AgreementKind.PACKAGE, AgreementStatus.SIGNED
    >>> further = AgreementMention(*package, ((25, 43),), count=4)
    >>> total = AgreementMention(*package, ((45, 59),), count=5)
    >>> [p.count for p in without_counted_again([further, total], s, 0)]
    [5]
    """
    totals = [p for p in packages if p.count and _is_total(p, sentence, offset)]
    if not totals:
        return list(packages)
    return [
        p
        for p in packages
        if not (
            p.count
            and _is_further(p, sentence, offset)
            and any(t is not p and t.count and t.count > p.count for t in totals)
        )
    ]


_SUM_BEFORE = re.compile(
    r"\b(?:bringing\s+(?:the\s+)?(?:total|tally|number\s+of\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{DOCUMENT_NOUN}))\b[^.;]{{0,80}}?\bto|(?:for\s+)?a\s+total\s+of)\s+$",
    re.IGNORECASE,
)
"""A sum told without a document noun after it: "..., bringing the number of agreements signed
during the visit to 17", "..., for a total of 12"."""
_SUM_REACH = 120


def with_stated_sums(
    packages: Sequence[AgreementMention], sentence: str, offset: int, amounts: Sequence[Amount]
) -> list[AgreementMention]:
    """The packages, each of "further" documents counted as the sum the sentence then states
    for all of them: "a memorandum on tourism and 16 other documents, bringing the number of
    agreements to 17" is a package of 17 (the memorandum is its named part)."""
    found = []
    for package in packages:
        end = package.spans[0][1] - offset
        if package.count and _is_further(package, sentence, offset):
            sums = (
                a
                for a in amounts
                if a.kind is AmountKind.COUNT
                and not a.is_range
                and end <= a.start <= end + _SUM_REACH
                and a.value > package.count
                and _SUM_BEFORE.search(sentence, end, a.start)
            )
            stated = next(sums, None)
            if stated is not None:
                package = replace(package, count=int(stated.value))
        found.append(package)
    return found


def _is_total(package: AgreementMention, sentence: str, offset: int) -> bool:
    """Whether the sentence marks the package's count as a sum ("a total of twelve ...")."""
    start, end = package.spans[0][0] - offset, package.spans[0][1] - offset
    return bool(
        _TOTAL_BEFORE.search(sentence, max(0, start - 40), start)
        or _TOTAL_AFTER.match(sentence, end)
    )


def _is_further(package: AgreementMention, sentence: str, offset: int) -> bool:
    """Whether the package counts documents beside others ("eleven further instruments")."""
    start, end = package.spans[0][0] - offset, package.spans[0][1] - offset
    return bool(
        _FURTHER_BEFORE.search(sentence, max(0, start - 30), start)
        or _FURTHER_AFTER.match(sentence, start, end)
    )
