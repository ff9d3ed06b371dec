"""Find agreements in a sentence: packages of documents and named documents, signed or planned.

Two shapes appear in news. A package counts documents ("36 documents worth $2.2 billion were
signed", "one intergovernmental, 21 interdepartmental and 14 commercial agreements"); a named
document has a kind and a title ("Joint Declaration on Enhanced Strategic Partnership", "a
memorandum of understanding on water management"). Only documents the sentence signs, adopts or
plans to sign count: "the agreements reached last year" and "a joint statement to the media"
are not new documents. "Multiple agreements" with no number is a package whose count is None.

A headline and the body often restate one package; ``agreement_merging.merge_agreements``
folds such repeats into one mention that keeps every span as provenance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.agreement_announcements import announces_document
from dkg.loaders.steps.agreement_mentions import (
    AgreementContext,
    AgreementCount,
    AgreementKind,
    AgreementLevel,
    AgreementMention,
    AgreementStatus,
)
from dkg.loaders.steps.agreements_dated_earlier import (
    signed_before,
    signed_earlier,
    signed_on_earlier_trip,
    told_as_earlier,
)
from dkg.loaders.steps.amounts import Amount, AmountKind, find_amounts
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAME
from dkg.loaders.steps.denied_signings import only_denied_signings
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN
from dkg.loaders.steps.elliptic_agreements import find_elliptic_agreements
from dkg.loaders.steps.money_restatements import in_dollars
from dkg.loaders.steps.named_agreements import CITED, IN_FORCE_BEFORE, find_named_agreements
from dkg.loaders.steps.package_parts import names_parts_of_package
from dkg.loaders.steps.package_totals import with_stated_sums, without_counted_again
from dkg.loaders.steps.signed_partnerships import signed_partnerships
from dkg.loaders.steps.unasserted import supposed
from dkg.loaders.trie import trie_pattern

# The agreement types are re-exported: callers find everything about agreements here.
__all__ = [
    "AgreementContext",
    "AgreementCount",
    "AgreementKind",
    "AgreementLevel",
    "AgreementMention",
    "AgreementStatus",
    "find_agreements",
]


_I = re.I
_SIGNED = Prefiltered(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:e|es|ed)|adopt(?:s|ed)?|exchang(?:e|es|ed)|"
    r"approv(?:e|es|ed)|ratif(?:y|ies|ied)|initial(?:l?ed)|endors(?:e|es|ed)|issu(?:e|es|ed)|"
    r"updat(?:e|es|ed)|renew(?:s|ed)?|revis(?:e|es|ed)|upgrad(?:e|es|ed))\b",
    _I,
)
# fmt: off
_DOCUMENT_WORD = re.compile(
    trie_pattern(
        (
            "document", "agreement", "arrangement", "accord", "memorand", "mou", "contract",
            "deal", "treat", "protocol", "roadmap", "road map", "declaration", "statement",
            "communiq", "programme", "program", "plan", "vision", "convention", "governmental",
            "departmental", "commercial", "agency", "regional", "notes", "charter", "letter",
            "instrument", "partnership", "framework",
        )
    )
)
# fmt: on
"""Words without which a sentence names no agreement; checked first because most have none.
A trie, as one search: testing 29 words one by one for a match costs more than its one scan."""
_BACKGROUND = Prefiltered(
    r"\b(?:signed|concluded|adopted|reached|agreed)\s+(?:(?:in|during|back\s+in)\s+(?:(?:the\s+)?"
    rf"(?:last|previous|past)\s+\w+|{FULL_MONTH_NAME}\b|"
    r"(?:19|20)\d\d|an?\s+(?:earlier|previous|past|\w+\s+)?visit)"
    r"|last\s+(?:year|month|week)|earlier|previously|(?:\w+\s+)?years?\s+ago)"
    r"|\b(?:signed|concluded)\s+(?:in|at)\s+[\w-]+\s+(?:(?:\w+\s+)?years?\s+ago|in\s+(?:19|20)\d\d)"
    r"|\b(?:first|second|third|only)\s+(?:[\w-]+\s+){0,2}?(?:country|nation|state|economy)\s+to\s+"
    r"(?:sign|conclude|ratify)\b",
    _I,
)
"""A participle that dates a document to the past: "the Agreement signed in August last year",
"which she signed in Manila five years ago", "signed in Hanoi in 2016" (a place before a year,
not before a month: "signed in Lima in May" is as often the news); or a rank in history:
"the first developed country to sign a free trade agreement with"."""
_PLANNED = Prefiltered(
    r"\b(?:will(?:\s+\w+)?\s+(?:sign|conclude|adopt)|(?:is|are)\s+(?:expected|set|due|scheduled|"
    r"going|planned)\s+to\s+(?:be\s+)?(?:\w+\s+)?(?:sign|conclude|adopt|ink|exchange|finali[sz]e|"
    r"produce|yield|see|result|bring)|(?<!\ba\s)(?<!\bthe\s)plan(?:s|ned)?\s+to|"
    r"(?:to|will|would|shall|should)\s+(?:(?:soon|also|then|only)\s+)?be\s+(?:signed|adopted|"
    r"concluded|inked|exchanged)|"
    r"(?:prepared|finali[sz]ed|ready)\s+for\s+(?:signing|signature)|(?:being|been)\s+(?:prepared|"
    r"drafted)|intend\w*\s+to|"
    r"would\s+sign|agreed\s+to\s+(?:sign|conclude)|upcoming)\b",
    _I,
)
"""A signing still to come, active ("will sign", "plan to") or passive ("is to be inked",
"should be signed in the coming weeks", "will be signed next month")."""
_DRAFT = Prefiltered(r"\bdrafts?\b", _I)
_DRAFT_OF = re.compile(r"\bdrafts?\s+(?:of\s+)?(?:an?\s+|the\s+)?$", _I)
"""A document still in draft ("a draft treaty on extradition", "the draft of a protocol") is
planned; the word marks its own noun phrase only, not a memorandum signed beside it."""
_DESCRIBING = (
    r"(?:(?!(?:and|or|of|in|to|the|a|an|from|with|for|at|on|by|were|was|are|is|be|been|has|"
    r"have|had|one|two|three|four|five|six|seven|eight|nine|ten)\b|\d|[\w-]+ed\b)[\w-]+\s+)"
)
_COUNTED_DOCS = re.compile(
    rf"^\s+(?:{_DESCRIBING}and\s+)?{_DESCRIBING}{{0,3}}?(?P<noun>{DOCUMENT_NOUN})\b",
    _I,
)
"""A number, at most three describing words ("new intergovernmental"), the first maybe paired
("investment and trade"), then a document noun."""
_MODEL_NUMBER_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")
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
_VALUE_CUE = re.compile(
    r"(?:worth|valued\s+at|value\s+of|totall?ing|amounting\s+to|for\s+a\s+total\s+of|for)"
    r"(?:\s+(?:a|an)?\s*(?:combined|total|overall|aggregate|estimated)(?:\s+of)?)?\s*$",
    _I,
)
"""Words between a package and its value: "worth $2bn", "worth a combined $2bn"."""
_VALUE_IN_TITLE = re.compile(
    rf"\b(?:{DOCUMENT_NOUN})\s+(?:of|worth|valued\s+at|totall?ing|amounting\s+to)\s+$", _I
)
"""A value written right after the document noun, inside the title a named document takes:
"a currency swap agreement of $400 million"; a sum further in ("a memorandum on a loan of
$50 million") is what the document is about."""


def find_agreements(
    sentence: str,
    offset: int,
    context: AgreementContext | None = None,
    amounts: Sequence[Amount] | None = None,
) -> list[AgreementMention]:
    """The packages and named documents one sentence reports as signed or planned.

    ``amounts`` are the sentence's :func:`find_amounts`, when the caller has read them already.

    >>> [(a.kind.value, a.count, a.value) for a in find_agreements(
    ...     "Chile and Peru signed 12 documents worth $800 million.", 0)]
    [('package', 12, Decimal('800000000'))]
    """
    partnerships = signed_partnerships(sentence, offset)  # "signed a ... Energy Partnership"
    if _DOCUMENT_WORD.search(sentence.lower()) is None and not partnerships:
        return []
    if context is not None and told_as_earlier(
        sentence, offset, context.dates, context.document_date
    ):
        return []  # "In March this year ... signed": an earlier trip's documents
    # Most sentences hold none of the participles a background phrase needs: no rewrite.
    undated = (
        _BACKGROUND.compiled.sub(" ", sentence) if _BACKGROUND.may_match(sentence) else sentence
    )
    if only_denied_signings(undated, list(_SIGNED.finditer(undated))):
        return []  # "failed to sign the roadmap", "did not endorse the draft declaration"
    signed = _SIGNED.search(undated) is not None
    signed = signed or announces_document(sentence)  # "announced a memorandum for 50 jets"
    planned = _PLANNED.search(sentence) is not None
    drafted = _DRAFT.search(sentence) is not None
    status = AgreementStatus.PLANNED if planned else AgreementStatus.SIGNED
    parties = context.countries if context is not None and len(context.countries) == 2 else ()
    if amounts is None:
        amounts = find_amounts(sentence)
    found = _packages(sentence, offset, amounts, status, signed or planned or drafted)
    # "Among the 17 documents is a memorandum on ...": the parts of a package told before
    if signed or planned or drafted or CITED.search(sentence) or names_parts_of_package(sentence):
        money = [a for a in amounts if a.kind is AmountKind.MONEY]
        counted = [a.spans[0] for a in found]
        found += [
            _valued(a, sentence, offset, money)
            for a in find_named_agreements(sentence, offset, status, parties)
            # "three Exchange of Notes on aid": the head of a counted package names no document
            if not any(start <= a.start < end for start, end in counted)
        ]
        found += find_elliptic_agreements(sentence, offset, status)
    if drafted:
        found = [_as_draft(a, sentence, offset) for a in found]
        if not (signed or planned):
            # "discussed a draft treaty and the existing trade agreement": only the draft is
            # told as a plan; nothing in the sentence signs the other
            found = [a for a in found if a.status is AgreementStatus.PLANNED]
    # "a Green Growth Partnership memorandum": the partnership names the memorandum found
    partnerships = [p for p in partnerships if not any(a.start <= p.start < a.end for a in found)]
    # "If the water agreement is signed, ...": a supposed signing is none.
    found = [a for a in (*found, *partnerships) if not supposed(sentence, a.spans[0][0] - offset)]
    if context is not None:
        # "to bring into force a trade agreement signed in 2019": an earlier document.
        dated = signed_earlier(sentence, offset, context.dates, context.document_date)
        found = [a for a in found if not any(a.spans[0][1] - offset == n for n, _ in dated)]
        # "had already signed a water accord in 2018": documents of that year
        before = signed_before(sentence, offset, context.dates, context.document_date)
        # "travelled to Manila in 2019 to sign the communique": that trip's documents
        before += signed_on_earlier_trip(sentence, offset, context.dates, context.document_date)
        found = [a for a in found if not any(s <= a.start - offset < e for s, e in before)]
    return [replace(a, parties=parties) for a in found]


def _packages(
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
        if amount.start > 0 and _MODEL_NUMBER_BEFORE.search(sentence[: amount.start]):
            continue  # "Boeing 737", "Airbus A320": a model, not a number of documents
        counted = _COUNTED_DOCS.match(sentence[amount.end :])
        if counted is None or IN_FORCE_BEFORE.search(sentence, 0, amount.start):
            continue  # "reviewed the implementation of two memoranda": documents in force
        end = amount.end + counted.end()
        value = _value_for(sentence, money, amount.start, end)
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
        value = _value_for(sentence, money, found.start(), found.end())
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
        value = _value_for(sentence, money, priced.start(), priced.end())
        if value is not None and not any(p.value for p in packages):
            packages.append(_package(status, offset, priced.start(), priced.end(), 0, value))
    if verb:
        for uncounted in _UNCOUNTED.finditer(sentence):
            if any(offset + uncounted.start() < p.end for p in packages):
                continue
            span = ((offset + uncounted.start(), offset + uncounted.end()),)
            packages.append(AgreementMention(AgreementKind.PACKAGE, status, span))
    if len(packages) > 1:  # "eleven further instruments, for a total of twelve documents"
        packages = without_counted_again(packages, sentence, offset)
    # "16 other documents, bringing the number of agreements to 17"
    packages = with_stated_sums(packages, sentence, offset, amounts)
    return sorted(packages, key=lambda p: p.start)


def _as_draft(mention: AgreementMention, sentence: str, offset: int) -> AgreementMention:
    """The mention as planned when its own noun phrase calls it a draft."""
    start, end = mention.spans[0][0] - offset, mention.spans[0][1] - offset
    if _DRAFT.search(sentence, start, end) or _DRAFT_OF.search(sentence, max(0, start - 30), start):
        return replace(mention, status=AgreementStatus.PLANNED)
    return mention


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


def _valued(
    mention: AgreementMention, sentence: str, offset: int, money: list[Amount]
) -> AgreementMention:
    """A named document with the money it is worth: "a contract for 50 jets valued at $7bn"."""
    value = _value_for(sentence, money, mention.start - offset, mention.end - offset)
    return replace(mention, value=value.value, currency=value.currency) if value else mention


def _value_for(sentence: str, money: list[Amount], start: int, end: int) -> Amount | None:
    """The money a package is worth: "N documents worth $X", "$X worth of deals", in the US
    dollars the text restates it in right after ("40 billion yen (US$270 million)")."""
    for index, amount in enumerate(money):
        after = money[index + 1] if index + 1 < len(money) else None
        dollars = in_dollars(sentence, amount, after) or amount
        if start < amount.start < end and _VALUE_IN_TITLE.search(sentence, start, amount.start):
            return dollars  # "a swap agreement of $400 million and Rs 30 billion": the first
        if amount.start >= end and _VALUE_CUE.search(sentence[end : amount.start].strip() + " "):
            gap = sentence[end : amount.start]
            if len(gap) < 60:
                return dollars
        if amount.end <= start and re.match(r"^\s+worth\s+of\b", sentence[amount.end :], _I):
            return dollars
    return None


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
