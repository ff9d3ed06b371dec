"""Agreements a sentence dates before the document: "In March this year ... signed ten documents",
"a trade agreement signed in 2019".

A sentence that opens on an earlier month or year tells background, whatever its verb: an
opinion piece or an analysis recalls what an earlier visit signed ("In March this year the
president paid a state visit ..., where the two governments signed ten documents"). The gold
leaves such documents out, as it leaves out "the agreement signed in August last year", which
``agreements._BACKGROUND`` reads after the verb. A month of the document's own month, or an
undated document's month, may be the news itself and is kept.

The date itself is the normaliser's (``document.dates``), so "In March this year", "Last year"
or "Back in early 2019" are resolved once, the way every other step reads them; only where the
sentence opens is read here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN

if TYPE_CHECKING:  # document.py imports the agreement finders
    from dkg.loaders.document import DateMention

_LEAD_IN = re.compile(r"\s*(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?", re.IGNORECASE)
"""What opens a sentence on a date, before the date's own words: "Back in early March 2023"
("2019 saw ..." or "On 5 May ..." tells the news of a day, not an earlier time)."""
_LAST_YEAR = re.compile(r"\s*(?:in\s+[a-z]+\s+)?last\s+year\b", re.IGNORECASE)
""""Last year", "In May last year": earlier than any document, dated or not."""


def told_as_earlier(
    sentence: str, offset: int, dates: tuple[DateMention, ...], document_date: datetime.date | None
) -> bool:
    """Whether the sentence (at ``offset`` of the document) opens on a month or year before
    the document's ("In 2019, ...", "Last year ...", "In March this year" in a June document);
    ``dates`` are the document's normalised dates."""
    if _LAST_YEAR.match(sentence):
        return True  # the normaliser leaves it unresolved in an undated document
    if document_date is None:
        return False
    lead_in = _LEAD_IN.match(sentence)
    if lead_in is None:
        return False
    opening = offset + lead_in.end()
    found = next((d.start for d in dates if offset <= d.span.start <= opening), None)
    if found is None or found.year is None or found.day is not None:
        return False
    if found.month is None:
        return found.year < document_date.year
    return (found.year, found.month) < (document_date.year, document_date.month)


_NOUN = rf"\b(?P<noun>{DOCUMENT_NOUN})"
_SIGNED_IN = Prefiltered(
    _NOUN + r",?\s+"
    r"(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:first\s+)?"
    r"(?:signed|concluded|ratified|adopted|inked)\s+(?:back\s+)?(?P<in>in)\s+",
    re.IGNORECASE,
)
"""A document dated by a participle right after its noun: "a trade agreement signed in 2019",
"the accord, which was concluded in March"."""
_SIGNED_BY_THEN = Prefiltered(
    _NOUN + r"\s+(?:that|which)\s+(?:[\w'.\u2019-]+\s+){1,6}?(?:signed|concluded|inked)\s+"
    r"(?:[^.;,]{0,80}?\s)?(?P<in>in)\s+",
    re.IGNORECASE,
)
"""A document dated by a clause of its signers: "the accord that then-president X signed with
Y during his visit to Seoul in May 2015"."""


def signed_earlier(
    sentence: str,
    offset: int,
    dates: Iterable[DateMention],
    document_date: datetime.date | None = None,
) -> list[tuple[int, int]]:
    """Where a document the sentence (at ``offset``) names is dated by its signing in a month
    or year before the document's ("a trade agreement signed in 2019"): for each, the end of
    the document's noun and the start of its date, both in the sentence. That date is the
    document's, not the day of talks the sentence tells, and such a document was not signed
    at the event reported. A day ("the accords signed on Monday") may be the news itself."""
    starts = {d.span.start - offset: d.start for d in dates}
    found = []
    for match in (*_SIGNED_IN.finditer(sentence), *_SIGNED_BY_THEN.finditer(sentence)):
        # the normaliser's span of "in 2019" may begin at "in" or at the year
        at = match.start("in") if match.start("in") in starts else match.end()
        date = starts.get(at)
        if date is None or date.year is None or date.day is not None:
            continue
        if document_date is not None and (date.year, date.month or 0) >= (
            document_date.year,
            document_date.month,
        ):
            continue  # "signed in May" in a May report: the news of the month
        found.append((match.end("noun"), at))
    return found


_SIGNED_BEFORE = Prefiltered(
    r"\b(?:(?:had|have|has)\s+(?:(?:already|previously|earlier|also|first)\s+)?|already\s+)"
    r"(?:signed|concluded|inked|adopted)\b",
    re.IGNORECASE,
)
"""A perfect of signing ("had already signed", "have signed"): documents of an earlier time
when the clause ends on an earlier date ("had already signed a water accord in 2018")."""


def signed_before(
    sentence: str,
    offset: int,
    dates: Iterable[DateMention],
    document_date: datetime.date | None,
) -> list[tuple[int, int]]:
    """The stretches of the sentence (at ``offset``) from a perfect of signing to a month or
    year before the document's that dates it: "our countries had already signed a water
    agreement and a port memorandum in 2018". The documents named there were signed then,
    not at the event reported; "have signed five accords this week" is the news."""
    if document_date is None:
        return []
    found = []
    for verb in _SIGNED_BEFORE.finditer(sentence):
        after = sorted(
            (d for d in dates if verb.end() <= d.span.start - offset), key=lambda d: d.span.start
        )
        date = after[0] if after else None
        if date is None or date.start.year is None or date.start.day is not None:
            continue
        if (date.start.year, date.start.month or 0) >= (document_date.year, document_date.month):
            continue
        end = date.span.start - offset
        if _OTHER_CLAUSE.search(sentence, verb.end(), end) is None:
            found.append((verb.end(), end))
    return found


_OTHER_CLAUSE = re.compile(r"[.;]|\b(?:that|which|who|whose|where|when)\b", re.IGNORECASE)
"""What ends the signing's clause before the date: "have signed a trade accord that updates
the partnership launched in 2019" dates the partnership, not the accord."""


_TO_SIGN = Prefiltered(
    r"\bto\s+(?:sign|conclude|ink|initial)\b|\band\s+(?:signed|concluded|inked|initiall?ed)\b",
    re.IGNORECASE,
)
"""A signing as the purpose of a trip or what it did next: "travelled to Manila in 2019 to
sign the communique", "went to Manila in 2019 and signed the accord"."""
_CLAUSE_BREAK = re.compile(
    r"[.;:]|\b(?:that|which|who|whose|where|when|and|but|while|whereas)\b", re.IGNORECASE
)
"""What puts a date in another clause than the purpose: "who took office in 2019 and came to
sign" (a comma too, "elected in 2019, she came to sign", unless the date opens the sentence)."""
_PURPOSE_END = re.compile(r"[;:]")


def signed_on_earlier_trip(
    sentence: str,
    offset: int,
    dates: Iterable[DateMention],
    document_date: datetime.date | None,
) -> list[tuple[int, int]]:
    """The stretches of the sentence (at ``offset``) after a "to sign" or "and signed" whose
    clause a year before the document's dates: "She travelled to Manila in 2019 to sign the
    communique", "Five years ago he went to Lima and signed the accord". That trip is
    background, and so are the documents it went to sign; "came to Manila in May to sign" in a
    May report is the news. A comma ends the clause unless the date opens the sentence ("Five
    years ago, ...")."""
    if document_date is None:
        return []
    found = []
    earlier = [
        d
        for d in dates
        if d.start.year is not None and d.start.month is None and d.start.year < document_date.year
    ]
    for verb in _TO_SIGN.finditer(sentence):
        for date in earlier:
            start, end = date.span.start - offset, date.span.end - offset
            if not 0 <= start < end <= verb.start() or verb.start() - end > 100:
                continue
            between = sentence[end : verb.start()]
            opens = not sentence[:start].strip(" \"'\u201c")
            if _CLAUSE_BREAK.search(between) or ("," in between and not opens):
                continue
            stop = _PURPOSE_END.search(sentence, verb.end())
            found.append((verb.end(), stop.start() if stop else len(sentence)))
            break
    return found
