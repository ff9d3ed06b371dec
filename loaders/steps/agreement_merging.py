"""Fold repeated mentions of one agreement (a headline and the body) into one.

News states a package in the headline and again in the text, and names a joint statement
first in full and then as "the joint statement": each is one agreement with several spans of
provenance, not several agreements.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal

from dkg.loaders.document import PartialDate
from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention, AgreementStatus
from dkg.loaders.steps.named_agreements import HEADS


def merge_agreements(
    mentions: Iterable[AgreementMention],
    day_of: Callable[[AgreementMention], PartialDate | None] | None = None,
) -> list[AgreementMention]:
    """Fold repeated mentions of one agreement (headline and body) into one, keeping all spans.

    Packages merge when their counts agree (a breakdown's sum counts) and their values do not
    differ by more than 2%; a package with no count joins a counted one with the same status;
    two packages whose sentences state different days (``day_of``) never merge.
    Named documents merge when kind and title agree, or when one is just "the joint statement".
    """
    merged: list[AgreementMention] = []
    for mention in mentions:
        for i, kept in enumerate(merged):
            if _same(kept, mention) and not _told_apart(kept, mention, day_of):
                merged[i] = _union(kept, mention)
                break
        else:
            merged.append(mention)
    return merged


def _same(a: AgreementMention, b: AgreementMention) -> bool:
    """True when two mentions describe the same agreement."""
    if (a.kind is AgreementKind.PACKAGE) is not (b.kind is AgreementKind.PACKAGE):
        return False
    if a.kind is AgreementKind.PACKAGE:
        if a.count is not None and b.count is not None and a.count != b.count:
            return False
        if (a.count is None or b.count is None) and a.status is not b.status:
            return False
        return (
            a.value is None
            or b.value is None
            or (a.currency == b.currency and abs(a.value - b.value) <= Decimal("0.02") * a.value)
        )
    if a.kind is not b.kind:
        return False
    ta, tb = _title_key(a.title), _title_key(b.title)
    generic = {_title_key(h) for h, k in HEADS.items() if k is a.kind}
    # "the Charter on X between A and B" is "the Charter on X" named again with its parties;
    # two memoranda "between A and B" and "between C and D" stay two.
    bare = ta.split(" between ")[0]
    named_again = bare == tb.split(" between ")[0] and bare in (ta, tb)
    # "Maritime Boundary Treaty" in a headline over "a treaty setting a maritime boundary":
    # the headline names by its topic the document the body tells in full
    return (
        ta == tb
        or ta in generic
        or tb in generic
        or named_again
        or _referred_back(ta, tb)
        or _referred_back(tb, ta)
    )


def _referred_back(earlier: str, later: str) -> bool:
    """Whether ``later`` names ``earlier`` again by its topic put before the document noun:
    "the health memorandum" after "a memorandum on health", "the mining memorandum" after
    "the memorandum on mining and geology". A topic the first title lacks ("the fisheries
    memorandum") is another document."""
    noun, *rest = earlier.split() or [""]
    words = later.split()
    if noun not in words[1:4]:
        return False
    topic = words[: words.index(noun)]
    return all(word in rest for word in topic)


def _told_apart(
    a: AgreementMention,
    b: AgreementMention,
    day_of: Callable[[AgreementMention], PartialDate | None] | None,
) -> bool:
    """Whether two packages were signed on different days their sentences state: a package
    signed at the talks on Friday and deals signed at a business forum on Sunday."""
    if day_of is None or a.kind is not AgreementKind.PACKAGE:
        return False
    one, other = day_of(a), day_of(b)
    return one is not None and other is not None and one != other


def _title_key(title: str | None) -> str:
    """A title folded for comparison: lower case, single spaces."""
    return re.sub(r"\s+", " ", (title or "").lower()).strip()


def _union(a: AgreementMention, b: AgreementMention) -> AgreementMention:
    """One mention holding what both say; a signed report wins over an announcement."""
    status = AgreementStatus.SIGNED if AgreementStatus.SIGNED in (a.status, b.status) else a.status
    # The longer title names it more fully, unless it only refers back ("the health memorandum").
    referred_back = _referred_back(_title_key(a.title), _title_key(b.title))
    title = a.title if referred_back or len(a.title or "") >= len(b.title or "") else b.title
    return replace(
        a,
        status=status,
        spans=a.spans + tuple(s for s in b.spans if s not in a.spans),
        title=title,
        count=a.count if a.count is not None else b.count,
        value=a.value if a.value is not None else b.value,
        currency=a.currency if a.value is not None else b.currency,
        breakdown=a.breakdown or b.breakdown,
        parties=a.parties or b.parties,
    )
