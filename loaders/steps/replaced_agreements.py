"""Documents a sentence names as ended, replaced or older than the news: "the treaty replaces the
2006 Treaty on Fishing", "the accord, which both sides agreed to terminate in 2017".

A story about a new treaty tells what it puts an end to, with the old document's full name; and
a year written before a document's name ("the 1998 Treaty of Friendship") dates it before the
story. Such a document is background, not one signed at the event reported, and the gold
leaves it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.agreement_mentions import AgreementMention

_ENDING = Prefiltered(
    r"\b(?:replac(?:e|es|ed|ing)|supersed(?:e|es|ed|ing)|terminat(?:e|es|ed|ing)|"
    r"abrogat(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|annul(?:s|led|ling)?|"
    r"withdr(?:aw|aws|ew|awn|awing)\s+from|(?:pull(?:s|ed|ing)?|opt(?:s|ed|ing)?)\s+out\s+of)"
    r"\s+(?!by\b)",
    re.IGNORECASE,
)
"""A verb whose object is a document put to an end: "replaces the 2006 Treaty on ...",
"terminated the 1998 accord", "withdrew from the pact"; "is replaced by a new treaty" names
the new one."""
_OBJECT_GAP = re.compile(r"(?:(?!(?:and|or|but|to|with|as|while)\b)[\w'\u2019-]+\s+){0,4}")
"""The words between such a verb and the document's name: its article, a year, "earlier"; a
conjunction starts another clause ("terminated visa rules and signed an accord")."""
_ENDED_AFTER = re.compile(
    r"\s*(?:,[^,.;]{1,60},\s*)?(?:is|was|were|are|has\s+been|had\s+been|will\s+be)\s+"
    r"(?:replaced|superseded|terminated|abrogated|revoked|annulled)\b|"
    r"\s*,?\s*(?:which|that)\s+(?!(?:replac|supersed|terminat|abrogat|revok|annul)\w*)[^.;]{0,80}?"
    r"\b(?:terminat(?:e|ed)|replac(?:e|ed)|supersed(?:e|ed)|abrogat(?:e|ed)|revoked|annulled|"
    r"expired|lapsed)(?=\s*(?:[,.;]|$)|\s+(?:in|on|with|last|earlier|years?)\b)",
    re.IGNORECASE,
)
"""A passive that ends the document named before it ("the old accord was replaced by"), or a
relative clause that does so with no object of its own:
"..., which the two governments agreed to terminate in 2017", "that expired last year"; "which
replaces the old accord" is a new document's clause and ends another."""
_YEAR_BEFORE = re.compile(r"(?<![\d\u2013/-])\b(?P<year>(?:19|20)\d\d)\s+$")
"""A year written right before a document's name: "the 2006 Treaty on ...", not the end of a
period ("the 2021-2025 Programme")."""


def without_ended(
    found: Sequence[AgreementMention], sentence: str, offset: int, year: int | None
) -> list[AgreementMention]:
    """The mentions of ``sentence`` (at ``offset`` of the document) less those it names as
    ended, replaced, or written after a year before ``year``, the document's.

    >>> from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementStatus
    >>> old = AgreementMention(AgreementKind.TREATY, AgreementStatus.SIGNED, ((33, 47),))
    >>> without_ended([old], "The new treaty replaces the 2006 Treaty of Rome.", 0, 2025)
    []
    """
    if not found:
        return []
    ends = [m.end() for m in _ENDING.finditer(sentence)]
    return [m for m in found if not _ended(m, sentence, offset, ends, year)]


def _ended(
    mention: AgreementMention, sentence: str, offset: int, ends: list[int], year: int | None
) -> bool:
    """Whether the mention is the object of an ending verb, ended by the clause after it, or
    named after an earlier year."""
    start, end = mention.spans[0][0] - offset, mention.spans[0][1] - offset
    if any(e <= start and _OBJECT_GAP.fullmatch(sentence, e, start) for e in ends):
        return True
    if _ENDED_AFTER.match(sentence, end) is not None:
        return True
    written = _YEAR_BEFORE.search(sentence, max(0, start - 6), start)
    return year is not None and written is not None and int(written["year"]) < year
