"""The year an economic figure is about, read from the years its sentence names.

"Trade reached $5bn in 2023, 7% more than in 2022": 2023 is the figure's year and 2022 only a
baseline; years after "than", "compared to", "from" or "since" are baselines. Relative years
("last year") are resolved only against a known document year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.amounts import Amount

_I = re.I
YEAR = Prefiltered(
    r"\b(?:(?P<num>(?:19|20)\d\d)(?![\w-]*\d)|(?P<rel>last|this|next|current|previous|past|coming)"
    r"\s+year\b(?!-))",
    _I,
)
"""A year as written: "2023", or relative to the document's date: "last year"."""
_BASELINE_BEFORE = SkipAheadPattern(
    r"\b(?:than|compared\s+(?:to|with)|from|against|versus|vs\.?|relative\s+to|over|since|"
    r"in\s+comparison\s+(?:to|with))\s+(?:(?:in|the\s+same\s+period|of|in|that\s+of|the\s+level\s+of"
    r"|the\s+end\s+of|the)\s+)*$"
    r"|\bthe\s+same\s+(?:period|months?|quarter|half|time)\s+(?:of|in|last)\s+$",
    _I,
)
"""Words before a baseline year: "than in 2022", "compared with 2021", "from 2022", and "the
same period of 2021" whatever preposition leads to it ("a 70 percent jump on the same period
of 2021")."""
_NUMBER = r"\d[\d.,]*"
_SCALE = r"(?:million|billion|trillion|bn|mn|tn|m)\b"
_AFTER_BASELINE_SUM = re.compile(
    rf"\b(?:from|compared\s+(?:to|with)|against)\s+"
    rf"(?:(?:[^\s\w]{{1,3}}|(?-i:[A-Z][A-Za-z]{{0,2}})\$?)\s?{_NUMBER}(?:\s*{_SCALE})?|"
    rf"{_NUMBER}\s*(?:{_SCALE}|%|percent\b|per\s+cent\b))"
    r"(?:\s+[^\W\d]+){0,2}?\s+in\s+$",
    _I,
)
"""Words before the year of a baseline sum: "up from US$ 211 million in 2019", "compared with
8.1 billion yuan in 2022". That year is the sum's, and a growth rate told after both sums
("..., an increase of 26.5 percent") is of the newer year, told before."""
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|whereas|but|which)\b")
"""A year after this belongs to another clause: "1,200 firms operate here, and last year ..."."""
_SINCE_BEFORE = re.compile(r"\bsince\s+$", _I)
_BASELINE_SUM = re.compile(
    r"\b(?:from|compared\s+(?:to|with)|against)\s+"
    r"(?:(?:a|an|its|the|their)\s+(?:[\w-]+\s+)?(?:peak|high|low|record|level)\s+of\s+)?$",
    _I,
)
"""Words before a sum that is itself the baseline: "down from 300 billion euros in 2022",
"down from a peak of $900 million in 2015"."""
_CODE_IN_BRACKETS = r"(?:\s*\((?-i:[A-Z]{2,5})\))?"
"""The currency's code a text glosses its name with ("310 billion Burundian francs (BIF) in
2020"): the year after it is still the one written right after the sum."""
_IN_YEAR = re.compile(
    rf"{_CODE_IN_BRACKETS}\s+(?:in\s+)?(?:(?:all|the\s+whole|the\s+full)\s+(?:of\s+)?)?", _I
)
"""Between a baseline sum and its own year: " in 2022", " in all of 2022", " (BIF) in 2020"."""
_AGO = re.compile(r"\s+(?:[\w-]+\s+){1,3}?ago\b", _I)
"""A sum dated back from the day of writing: "$8 billion a decade ago", "some 300 firms five
years ago". Its year is no year the sentence names, and "a decade" gives none exactly."""
_OWN_YEAR = re.compile(
    rf"{_CODE_IN_BRACKETS}\s+(?:in\s+(?P<num>(?:19|20)\d\d)\b"
    r"|(?P<rel>last|previous|past|this|current)\s+year\b)",
    _I,
)
"""A year written right after a sum: "$10.3 billion in 2023", "$26 billion last year"."""
_YEAR_BEFORE = re.compile(
    r"\s+(?:in\s+|during\s+)?(?:the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before|"
    r"(?:a|one)\s+year\s+(?:earlier|before))\b",
    _I,
)
"""A sum dated back from a year the sentence has named: in "it reached 4.1 billion in 2022,
against 2.7 billion the previous year" the second sum is of 2021, the year before 2022, not of
the year before the document's date, which "last year" is."""
_YEAR_LABELS_AMOUNT = re.compile(r"^\s*(?:\(|:|[-\u2013\u2014]|,)?\s*$")
_RELATIVE = {
    "last": -1,
    "previous": -1,
    "past": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
}


@dataclass(frozen=True)
class YearMention:
    """A year the sentence names: offsets, the year (None when relative to an unknown date)
    and whether it is the baseline of a comparison."""

    start: int
    end: int
    year: int | None
    baseline: bool


def year_mentions(sentence: str, document_year: int | None) -> list[YearMention]:
    """Every year the sentence names, resolved, and whether it is a baseline of a comparison."""
    mentions: list[YearMention] = []
    of_baseline_sums: list[int] = []
    for found in YEAR.finditer(sentence):
        before = sentence[max(0, found.start() - 45) : found.start()]
        if found["num"]:
            year: int | None = int(found["num"])
        else:
            shift = _RELATIVE[found["rel"].lower()]
            year = document_year + shift if document_year is not None else None
        baseline = bool(_BASELINE_BEFORE.search(before)) or bool(_SINCE_BEFORE.search(before))
        named = [m.year for m in mentions if not m.baseline]
        if found["rel"] and found["rel"].lower() == "previous" and named and named[-1] is not None:
            # "in 2022, against 2.7 billion the previous year": the year before the one named,
            # a baseline the growth told after it is not of
            year, baseline = named[-1] - 1, True
        if not baseline and _AFTER_BASELINE_SUM.search(before):
            of_baseline_sums.append(len(mentions))
        mentions.append(YearMention(found.start(), found.end(), year, baseline))
    if len(of_baseline_sums) < sum(not m.baseline for m in mentions):
        # "stood at $267 million in 2020, up from $211 million in 2019": 2019 is the
        # baseline's; alone ("rose to $5bn from $4bn in 2022") the year is both sums' time
        for index in of_baseline_sums:
            mentions[index] = replace(mentions[index], baseline=True)
    return mentions


def own_year(sentence: str, end: int, document_year: int | None) -> int | None:
    """The year written right after a sum ending at ``end``: "from $26 billion last year to
    $30 billion by 2025" tells where trade stood, whatever the target's year; None when no
    year follows, or a relative one and the document's year is unknown."""
    found = _OWN_YEAR.match(sentence, end)
    if found is None:
        return None
    if found["num"]:
        return int(found["num"])
    shift = _RELATIVE[found["rel"].lower()]
    return document_year + shift if document_year is not None else None


def year_for(amount: Amount, years: list[YearMention], sentence: str) -> int | None:
    """The year an amount is about: one labelling it or written right after it, else the
    nearest non-baseline year; a baseline sum's own year when the amount is the baseline
    ("down from $5bn in 2022"), and none when it states no year of its own ("up from $4bn");
    none for a sum told as some time ago ("down from $8bn a decade ago"); the year before the
    one named last for a sum of "the previous year"."""
    if _AGO.match(sentence, amount.end):
        return None
    if _YEAR_BEFORE.match(sentence, amount.end):
        named = [m for m in years if m.end <= amount.start and not m.baseline]
        if named and named[-1].year is not None:
            return named[-1].year - 1  # "in 2022, against 2.7 billion the previous year"
    if is_baseline_sum(amount, sentence):
        for mention in years:
            if _IN_YEAR.fullmatch(sentence, amount.end, mention.start):
                return mention.year
        if not any(
            m.start >= amount.end and not _CLAUSE_BREAK.search(sentence, amount.end, m.start)
            for m in years
        ):
            # "rose to SEK 10 billion in 2024 (up from SEK 8 billion)": the baseline is of an
            # earlier time the text does not state, not of the year told before it; a year
            # told after both sums ("from $2 billion in the first half of 2023") is shared
            return None
    for mention in years:
        if mention.end <= amount.start and _YEAR_LABELS_AMOUNT.match(
            sentence[mention.end : amount.start]
        ):
            return mention.year
    for mention in years:
        if not mention.baseline and _IN_YEAR.fullmatch(sentence, amount.end, mention.start):
            # "aim to reach $5bn by 2027; trade was $3.4bn in 2024": the year written right
            # after a sum is its own, whatever year an earlier clause names
            return mention.year
    own = [m for m in years if not m.baseline]
    if is_present_rate(amount, sentence):
        # "fell in 2019, and trade is worth £80 million a year": a rate told as it is now
        # takes no year from an earlier clause
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, amount.start)]
        own = [m for m in own if m.start >= (breaks[-1] if breaks else 0)]
    left = [m for m in own if m.end <= amount.start]
    if left:
        return left[-1].year
    right = [
        m
        for m in own
        if m.start >= amount.end and not _CLAUSE_BREAK.search(sentence, amount.end, m.start)
    ]
    return right[0].year if right else None


def is_baseline_sum(amount: Amount, sentence: str) -> bool:
    """Whether the amount is the sum another is compared with: "up from $2 billion", "down
    from a peak of $900 million". Such a sum is of its own time, not of the clause's."""
    return _BASELINE_SUM.search(sentence, max(0, amount.start - 40), amount.start) is not None


_YEARLY = re.compile(r"\s+(?:(?:a|per|each|every)\s+year|annually|yearly)\b", _I)
_PRESENT_BEFORE = re.compile(
    r"\b(?:is|are|stands|amounts|runs|totals|exceeds|tops|(?:is|are)\s+now)\b[^,;]{0,40}$", _I
)


def is_present_rate(amount: Amount, sentence: str) -> bool:
    """Whether the amount is a yearly rate told in the present ("trade is worth around $80
    million a year"): how things stand when the text is written, not the year of a past event
    another clause names."""
    return (
        _YEARLY.match(sentence, amount.end) is not None
        and _PRESENT_BEFORE.search(sentence, max(0, amount.start - 40), amount.start) is not None
    )


def period_in_own_clause(
    amount: Amount, years: list[YearMention], sentence: str, period: tuple[int, int]
) -> bool:
    """True when a period of months without a year stands in the amount's clause, which names
    no year but a baseline: "trade reached $5bn last year, and exports grew 12% in
    January-September (on the same period of 2023)". Such a period is the running year of the
    document, not the year another clause names.
    """
    first, last = min(amount.start, period[0]), max(amount.end, period[1])
    if _CLAUSE_BREAK.search(sentence, first, last):
        return False
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, first)]
    start = breaks[-1] if breaks else 0
    after = _CLAUSE_BREAK.search(sentence, last)
    end = after.start() if after else len(sentence)
    return not any(start <= m.start and m.end <= end and not m.baseline for m in years)


def in_one_clause(sentence: str, first: int, last: int) -> bool:
    """Whether two offsets of a sentence lie in one clause: no "; " or ", and" between them."""
    return _CLAUSE_BREAK.search(sentence, first, last) is None
