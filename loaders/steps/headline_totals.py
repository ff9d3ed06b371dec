"""A headline's count of documents that restates the body's total: no package of its own.

A headline sums what the body tells in parts: "Ghana, Norway sign five MoUs" over a body that
says "signed four memoranda ... Separately, the defence ministers signed a memorandum on
defence". The headline's five are the body's four and one, not a sixth package beside them;
``agreement_merging`` folds a headline into the body's package only when the counts agree.
When the body tells no package of its own, the headline's count is the only one and stays.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention


def without_restated_totals(
    mentions: Sequence[AgreementMention], headline_end: int, sentence_starts: Sequence[int]
) -> list[AgreementMention]:
    """The mentions less each headline package (one starting before ``headline_end``) whose
    count is the body's total: the sum of the body's packages, with or without the documents
    it names in sentences that count no package ("Separately, ... signed a Memorandum on X").
    Named documents in a package's sentence are its parts ("nine instruments, among them a
    memorandum on energy"), already counted. ``sentence_starts`` are the document's sentence
    starts, in order.

    >>> from dkg.loaders.steps.agreement_mentions import AgreementStatus
    >>> signed = AgreementStatus.SIGNED
    >>> headline = AgreementMention(AgreementKind.PACKAGE, signed, ((0, 9),), count=5)
    >>> four = AgreementMention(AgreementKind.PACKAGE, signed, ((40, 50),), count=4)
    >>> one = AgreementMention(AgreementKind.MEMORANDUM, signed, ((80, 90),), count=1)
    >>> [m.count for m in without_restated_totals([headline, four, one], 20, [0, 20, 60])]
    [4, 1]
    """
    body = [m for m in mentions if m.start >= headline_end]
    packages = [m for m in body if m.kind is AgreementKind.PACKAGE and m.count]
    if not packages:
        return list(mentions)
    counted = {_sentence_of(p, sentence_starts) for p in packages}
    total = sum(p.count or 0 for p in packages)
    named = sum(
        1
        for m in body
        if m.kind is not AgreementKind.PACKAGE and _sentence_of(m, sentence_starts) not in counted
    )
    counts = {p.count for p in packages}
    return [
        m
        for m in mentions
        if not (
            m.start < headline_end
            and m.kind is AgreementKind.PACKAGE
            and m.count not in counts
            and m.count in (total, total + named)
        )
    ]


def _sentence_of(mention: AgreementMention, sentence_starts: Sequence[int]) -> int:
    """The index of the sentence the mention starts in."""
    return bisect_right(sentence_starts, mention.start) - 1
