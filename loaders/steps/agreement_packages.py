"""Counted packages of documents: "15 agreements", "one intergovernmental and 3 commercial".

A package has a count (None for "several agreements"), maybe a breakdown by level and a value;
a breakdown told after the package ("36 documents, including 14 commercial agreements") is
folded into it, and a part picked out of it ("of which one, worth $9m") keeps its own value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.agreement_mentions import (
    AgreementCount,
    AgreementKind,
    AgreementLevel,
    AgreementMention,
    AgreementStatus,
)
from dkg.loaders.steps.agreement_status import SIGNED
from dkg.loaders.steps.agreement_values import value_for
from dkg.loaders.steps.amounts import Amount, AmountKind, find_amounts
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN
from dkg.loaders.steps.named_agreements import IN_FORCE_BEFORE
from dkg.loaders.steps.package_totals import with_stated_sums, without_counted_again

_I = re.I
_DESCRIBING = (
    r"(?:(?!(?:and|or|of|in|to|the|a|an|from|with|for|at|on|by|were|was|are|is|be|been|has|"
    r"have|had|one|two|three|four|five|six|seven|eight|nine|ten)\b|\d|[\w-]+ed\b)[\w-]+\s+)"
)
_COUNTED_DOCS = re.compile(
    rf"^\s+(?:(?:are|were)\s+)?(?:{_DESCRIBING}and\s+)?{_DESCRIBING}{{0,3}}?(?P<noun>{DOCUMENT_NOUN})\b",
    _I,
)
"""A number, at most three describing words ("new intergovernmental"), the first maybe paired
("investment and trade"), then a document noun."""
_RESTATED = re.compile(r"\s*\(\s*(?P<digits>\d{1,3})\s*\)")
"""The count restated in digits in brackets, as African and translated official releases write
it ("five (05) instruments", "seven (7) agreements"); the documents follow the brackets."""
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LISTED_KINDS = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:programmes?|programs?|plans?|declarations?|statements?|charters?|"
    r"frameworks?|communiqu[eé]s?)\b",
    _I,
)
"""Kinds of document that are counted as such only in a list of counted documents ("five
memoranda and two programmes"): alone, "two programmes" may be schemes or broadcasts."""
_MODEL_NUMBER_BEFORE = re.compile(r"\b(?P<word>[A-Z][\w-]*)\s+$")
"""A capitalised word right before a number: a maker's name before a model number ("Boeing
737"), unless it is a headline's verb ("Sign 9 Agreements", "SIGN NINE AGREEMENTS")."""
_LEVELS = {
    "intergovernmental": AgreementLevel.INTERGOVERNMENTAL,
    "inter-governmental": AgreementLevel.INTERGOVERNMENTAL,
    "government-to-government": AgreementLevel.INTERGOVERNMENTAL,
    "interdepartmental": AgreementLevel.INTERDEPARTMENTAL,
    "inter-departmental": AgreementLevel.INTERDEPARTMENTAL,
    "interagency": AgreementLevel.INTERDEPARTMENTAL,
    "inter-agency": AgreementLevel.INTERDEPARTMENTAL,
    "interministerial": AgreementLevel.INTERDEPARTMENTAL,
    "inter-ministerial": AgreementLevel.INTERDEPARTMENTAL,
    "commercial": AgreementLevel.COMMERCIAL,
    "business": AgreementLevel.COMMERCIAL,
    "corporate": AgreementLevel.COMMERCIAL,
    "interregional": AgreementLevel.INTERREGIONAL,
    "inter-regional": AgreementLevel.INTERREGIONAL,
    "regional": AgreementLevel.INTERREGIONAL,
}
_LEVEL = "|".join(map(re.escape, _LEVELS))
_NUMBER = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:-\w+)?"
)
_PART = re.compile(rf"\b(?:{_NUMBER})\s+(?:(?:are|were|is|was)\s+)?(?P<level>{_LEVEL})\b", _I)
_ARE_PARTS = Prefiltered(
    rf"(?P<list>\b(?:{_NUMBER})\s+(?:(?:are|were)\s+)?(?:{_LEVEL})"
    rf"(?:\s*,?\s*(?:and\s+)?(?:{_NUMBER})\s+(?:(?:are|were)\s+)?(?:{_LEVEL}))+)",
    _I,
)
"""A breakdown without a document noun: "18 are intergovernmental and ten are commercial",
"25 documents were signed: 10 intergovernmental and 15 commercial"."""
_BREAKDOWN = Prefiltered(
    rf"(?P<list>\b(?:{_NUMBER})\s+(?:{_LEVEL})(?:\s*,?\s*(?:and\s+)?(?:{_NUMBER})\s+(?:{_LEVEL}))*)"
    rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{DOCUMENT_NOUN})\b",
    _I,
)
_PRICED_DOCS = Prefiltered(
    r"\b(?:documents|agreements|accords|contracts|deals|memoranda)\s+(?=(?:worth|valued\s+at|"
    r"totall?ing|amounting\s+to)\b)",
    _I,
)
_CUMULATIVE = re.compile(
    r"\b(?:since\s+(?:the\s+)?(?:(?:19|20)\d\d|(?:19|20)\d0s|\d0s)|over\s+the\s+(?:past|last)\s+"
    r"(?:decade|\w+\s+(?:years|decades)))\b",
    _I,
)
"""Deals totalled over years ("contracts worth $160bn since the 1970s") are background, not a
package signed at the event the text reports."""
_ONE_PART = re.compile(
    r"\s*,?\s*(?P<part>(?:of\s+which|among\s+them|including)\s+one|one\s+of\s+"
    r"(?:them|which|these|those))\b",
    _I,
)
"""One part picked out of a package right after it ("four agreements, of which one ...", "six
deals, one of them worth $2bn"): a value told after it is that part's, not the package's."""
_PART_SUBJECT = re.compile(r"\s+(?:on|for|in|to)\b", _I)
"""A part named by its subject ("including one on health, worth $9m in all"), which the
elliptic list reads; the value then stays the package's."""
_PART_OF = re.compile(r"\b(?:including|include[sd]?|of\s+which|among\s+them|comprising)\b", _I)
_UNCOUNTED = Prefiltered(
    r"\b(?:multiple|several|a\s+number\s+of|a\s+series\s+of|a\s+package\s+of|a\s+set\s+of|various|"
    r"numerous|a\s+range\s+of|dozens\s+of|a\s+raft\s+of|a\s+batch\s+of)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{DOCUMENT_NOUN})\b",
    _I,
)


def find_packages(
    sentence: str, offset: int, amounts: Sequence[Amount], status: AgreementStatus, verb: bool
) -> list[AgreementMention]:
    """Counted packages ("15 agreements", "one intergovernmental and 3 commercial agreements")."""
    money = [a for a in amounts if a.kind is AmountKind.MONEY]
    packages: list[AgreementMention] = []
    breakdowns = list(_BREAKDOWN.finditer(sentence))
    breakdowns += [
        b
        for b in _ARE_PARTS.finditer(sentence)
        if not any(o.start() <= b.start() < o.end() for o in breakdowns)
    ]
    for amount in amounts:
        if amount.kind is not AmountKind.COUNT or amount.is_range:
            continue
        if any(b.start() <= amount.start < b.end() for b in breakdowns):
            continue
        if _is_model_number(sentence, amount.start):
            continue  # "Boeing 737", "Airbus A320": a model, not a number of documents
        after = _restated_end(sentence, amount)
        counted = _COUNTED_DOCS.match(sentence[after:])
        if (
            counted is None
            and packages
            and _LIST_GAP.fullmatch(sentence, packages[-1].end - offset, amount.start)
        ):
            # "four accords, five memoranda and two programmes": the list goes on with documents
            counted = _LISTED_KINDS.match(sentence[after:])
        if counted is None or IN_FORCE_BEFORE.search(sentence, 0, amount.start):
            continue  # "reviewed the implementation of two memoranda": documents in force
        end = after + counted.end()
        value = value_for(sentence, money, amount.start, end)
        if not (verb or value):
            continue
        one = _ONE_PART.match(sentence, end) if value is not None else None
        if (
            value is not None
            and one is not None
            and one.end() <= value.start
            and _PART_SUBJECT.match(sentence, one.end()) is None
        ):
            # "four agreements, of which one, worth 90 million yuan, ...": the part's value
            part = _package(status, offset, one.start("part"), value.end, 1, value)
            packages.append(replace(part, kind=AgreementKind.AGREEMENT))
            value = None
        packages.append(_package(status, offset, amount.start, end, int(amount.value), value))
    for found in breakdowns:
        parts = tuple(
            AgreementCount(_LEVELS[part["level"].lower()], int(number.value))
            for part, number in zip(
                _PART.finditer(found["list"]), find_amounts(found["list"]), strict=False
            )
        )
        value = value_for(sentence, money, found.start(), found.end())
        total = sum(part.count for part in parts)
        whole = next((p for p in reversed(packages) if p.end <= offset + found.start()), None)
        if whole is not None and (
            whole.count == total or _PART_OF.search(sentence[whole.end - offset : found.start()])
        ):
            # "36 documents, including 14 commercial agreements", "25 documents: 10 ... and 15
            # ...": the parts of the package named before
            takes_value = whole.value is None and value is not None
            packages[packages.index(whole)] = replace(
                whole,
                breakdown=_priced(parts, value),
                value=value.value if takes_value and value else whole.value,
                currency=value.currency if takes_value and value else whole.currency,
            )
            continue
        package = _package(status, offset, found.start(), found.end(), total, value)
        packages.append(replace(package, breakdown=_priced(parts, value)))
    for priced in _PRICED_DOCS.finditer(sentence):
        if _CUMULATIVE.search(sentence, priced.end()):
            continue
        value = value_for(sentence, money, priced.start(), priced.end())
        if value is not None and not any(p.value for p in packages):
            packages.append(_package(status, offset, priced.start(), priced.end(), 0, value))
    if verb:
        for uncounted in _UNCOUNTED.finditer(sentence):
            if any(offset + uncounted.start() < p.end for p in packages):
                continue
            span = ((offset + uncounted.start(), offset + uncounted.end()),)
            count = _total_after(sentence, uncounted.end(), amounts)
            packages.append(AgreementMention(AgreementKind.PACKAGE, status, span, count=count))
    if len(packages) > 1:  # "eleven further instruments, for a total of twelve documents"
        packages = without_counted_again(packages, sentence, offset)
    # "16 other documents, bringing the number of agreements to 17"
    packages = with_stated_sums(packages, sentence, offset, amounts)
    return sorted(packages, key=lambda p: p.start)


_TOTAL = re.compile(
    rf"[^;.]{{0,160}}?\b(?:totall?ing|numbering|for\s+a\s+total\s+of)\s+(?P<n>{_NUMBER})"
    rf"(?=\s*[,;.)]|\s*$|\s+(?:in\s+all|in\s+total|(?:{DOCUMENT_NOUN})\b))",
    _I,
)
"""The count told after an uncounted package, in its clause: "a number of agreements and
memoranda between the two governments, totaling 14, including ..."; not a sum ("totaling 5
billion")."""


def _total_after(sentence: str, end: int, amounts: Sequence[Amount]) -> int | None:
    """The count an uncounted package ending at ``end`` is given later in its clause, if any."""
    total = _TOTAL.match(sentence, end)
    if total is None:
        return None
    at = total.start("n")
    counted = (a for a in amounts if a.kind is AmountKind.COUNT and a.start == at)
    return next((int(a.value) for a in counted), None)


def _restated_end(sentence: str, amount: Amount) -> int:
    """Where the words after a count begin: past the count restated in brackets ("five (05)"),
    but not past a bracket holding another number ("two (of 12)", "three (2019)")."""
    restated = _RESTATED.match(sentence, amount.end)
    if restated is not None and int(restated["digits"]) == amount.value:
        return restated.end()
    return amount.end


def _is_model_number(sentence: str, start: int) -> bool:
    """Whether the number at ``start`` is a model's ("Boeing 737"), not a count of documents.

    A model is never spelt out: a spelt count may follow a noun in capitals ("signed in the
    presence of the two Heads of State six memoranda"). Only a sentence's opening word before
    it is still passed over ("The four agreements are a sign of trust"): such a sentence
    refers back to a package counted before it.
    """
    if start == 0:
        return False
    maker = _MODEL_NUMBER_BEFORE.search(sentence, 0, start)
    if maker is None or SIGNED.compiled.fullmatch(maker["word"]) is not None:
        return False
    return sentence[start : start + 1].isdigit() or not sentence[: maker.start()].strip()


def _package(
    status: AgreementStatus, offset: int, start: int, end: int, count: int, value: Amount | None
) -> AgreementMention:
    """A package mention with its document span, count and value."""
    return AgreementMention(
        kind=AgreementKind.PACKAGE,
        status=status,
        spans=((offset + start, offset + end),),
        count=count if count > 0 else None,
        value=value.value if value else None,
        currency=value.currency if value else None,
    )


def _priced(
    breakdown: tuple[AgreementCount, ...], value: Amount | None
) -> tuple[AgreementCount, ...]:
    """Commercial agreements carry the money; intergovernmental and other parts do not."""
    if value is None:
        return breakdown
    return tuple(
        replace(b, value=value.value, currency=value.currency)
        if b.level is AgreementLevel.COMMERCIAL
        else b
        for b in breakdown
    )
