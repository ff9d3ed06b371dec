"""Find agreements in a sentence: packages of documents and named documents, signed or planned.

Two shapes appear in news. A package counts documents ("36 documents worth $2.2 billion were
signed", "one intergovernmental, 21 interdepartmental and 14 commercial agreements"); a named
document has a kind and a title ("Joint Declaration on Enhanced Strategic Partnership", "a
memorandum of understanding on water management"). Only documents the sentence signs, adopts or
plans to sign count: "the agreements reached last year" and "a joint statement to the media"
are not new documents. "Multiple agreements" with no number is a package whose count is None.

A headline and the body often restate one package; ``merge_agreements`` folds such repeats into
one mention that keeps every span as provenance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from dkg.loaders.steps.amounts import Amount, AmountKind, find_amounts


class AgreementKind(StrEnum):
    """The ``dipv:agreement-kind`` code."""

    TREATY = "treaty"
    AGREEMENT = "agreement"
    JOINT_DECLARATION = "joint-declaration"
    JOINT_STATEMENT = "joint-statement"
    MEMORANDUM = "memorandum"
    CONTRACT = "contract"
    ROADMAP = "roadmap"
    PROGRAMME = "programme"
    PACKAGE = "package"


class AgreementStatus(StrEnum):
    """The ``dipv:agreement-status`` code: signed in the reported event, or still to be signed."""

    SIGNED = "signed"
    PLANNED = "planned"


class AgreementLevel(StrEnum):
    """The ``dipv:agreement-level`` code of a part of a package."""

    INTERGOVERNMENTAL = "intergovernmental"
    INTERDEPARTMENTAL = "interdepartmental"
    COMMERCIAL = "commercial"
    INTERREGIONAL = "interregional"


@dataclass(frozen=True)
class AgreementCount:
    """One line of a package's breakdown: "21 interdepartmental", "14 commercial ... worth $X"."""

    level: AgreementLevel
    count: int
    value: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True)
class AgreementContext:
    """What the sentence cannot tell: the document's countries (ISO2), the parties when two."""

    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgreementMention:
    """A package or a named document; ``spans`` are document offsets of every mention of it.

    ``count`` is the number of documents of a package (None for "multiple agreements") and 1
    for a named document; ``value``/``currency`` the money it is worth, as written.
    """

    kind: AgreementKind
    status: AgreementStatus
    spans: tuple[tuple[int, int], ...]
    title: str | None = None
    count: int | None = None
    value: Decimal | None = None
    currency: str | None = None
    breakdown: tuple[AgreementCount, ...] = ()
    parties: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        """Where the first mention starts in the document."""
        return self.spans[0][0]

    @property
    def end(self) -> int:
        """Where the first mention ends in the document."""
        return self.spans[0][1]


_I = re.I
_SIGNED = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:e|es|ed)|adopt(?:s|ed)?|exchang(?:e|es|ed)|"
    r"approv(?:e|es|ed)|ratif(?:y|ies|ied)|initial(?:l?ed)|endors(?:e|es|ed)|issu(?:e|es|ed)|"
    r"updat(?:e|es|ed)|renew(?:s|ed)?|revis(?:e|es|ed)|upgrad(?:e|es|ed))\b",
    _I,
)
_DOCUMENT_WORD = re.compile(
    r"document|agreement|accord|memorand|mou|contract|deal|treat|protocol|road ?map|declaration|"
    r"statement|communiq|programme|program|plan|vision|convention|governmental|departmental|"
    r"commercial|agency|regional|notes|charter|letter"
)
"""Words without which a sentence names no agreement; checked first because most have none."""
_BACKGROUND = re.compile(
    r"\b(?:signed|concluded|adopted|reached|agreed)\s+(?:(?:in|during|back\s+in)\s+(?:(?:the\s+)?"
    r"(?:last|previous|past)\s+\w+|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b|(?:19|20)\d\d|an?\s+(?:earlier|previous|past|\w+\s+)?visit)"
    r"|last\s+(?:year|month|week)|earlier|previously|(?:\w+\s+)?years?\s+ago)",
    _I,
)
"""A participle that dates a document to the past: "the Agreement signed in August last year"."""
_PLANNED = re.compile(
    r"\b(?:will(?:\s+\w+)?\s+(?:sign|conclude|adopt)|(?:is|are)\s+(?:expected|set|due|scheduled|"
    r"going|planned)\s+to|plan(?:s|ned)?\s+to|to\s+be\s+(?:signed|adopted|concluded)|"
    r"prepared\s+for\s+signing|(?:being|been)\s+(?:prepared|drafted)|intend\w*\s+to|"
    r"would\s+sign|agreed\s+to\s+(?:sign|conclude)|upcoming|draft)\b",
    _I,
)
_DOC_NOUN = (
    r"documents?|agreements?|accords?|memorand(?:a|ums?)(?:\s+of\s+understanding)?|MoUs?|"
    r"contracts?|deals?|treaties|protocols?|roadmaps?"
)
_COUNTED_DOCS = re.compile(
    r"^\s+(?:(?!(?:and|or|of|in|to|the|a|an|from|with|for|at|on|by|were|was|are|is|be|been|has|"
    r"have|had|one|two|three|four|five|six|seven|eight|nine|ten)\b|\d|[\w-]+ed\b)[\w-]+\s+)"
    rf"{{0,3}}?(?P<noun>{_DOC_NOUN})\b",
    _I,
)
"""A number, at most three describing words ("new intergovernmental"), then a document noun."""
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
_ARE_PARTS = re.compile(
    rf"(?P<list>\b(?:{_NUMBER})\s+(?:(?:are|were)\s+)?(?:{_LEVEL})"
    rf"(?:\s*,?\s*(?:and\s+)?(?:{_NUMBER})\s+(?:(?:are|were)\s+)?(?:{_LEVEL}))+)",
    _I,
)
"""A breakdown without a document noun: "18 are intergovernmental and ten are commercial",
"25 documents were signed: 10 intergovernmental and 15 commercial"."""
_BREAKDOWN = re.compile(
    rf"(?P<list>\b(?:{_NUMBER})\s+(?:{_LEVEL})(?:\s*,?\s*(?:and\s+)?(?:{_NUMBER})\s+(?:{_LEVEL}))*)"
    rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{_DOC_NOUN})\b",
    _I,
)
_PRICED_DOCS = re.compile(
    r"\b(?:documents|agreements|accords|contracts|deals|memoranda)\s+(?=(?:worth|valued\s+at|"
    r"totall?ing|amounting\s+to)\b)",
    _I,
)
_PART_OF = re.compile(r"\b(?:including|include[sd]?|of\s+which|among\s+them|comprising)\b", _I)
_UNCOUNTED = re.compile(
    r"\b(?:multiple|several|a\s+number\s+of|a\s+series\s+of|a\s+package\s+of|a\s+set\s+of|various|"
    r"numerous|a\s+range\s+of|dozens\s+of|a\s+raft\s+of|a\s+batch\s+of)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_DOC_NOUN})\b",
    _I,
)
_VALUE_CUE = re.compile(
    r"(?:worth|valued\s+at|value\s+of|totall?ing|amounting\s+to|for\s+a\s+total\s+of|for)\s*$", _I
)
_HEADS = {
    "joint declaration": AgreementKind.JOINT_DECLARATION,
    "declaration": AgreementKind.JOINT_DECLARATION,
    "joint statement": AgreementKind.JOINT_STATEMENT,
    "joint communique": AgreementKind.JOINT_STATEMENT,
    "joint communiqué": AgreementKind.JOINT_STATEMENT,
    "communique": AgreementKind.JOINT_STATEMENT,
    "communiqué": AgreementKind.JOINT_STATEMENT,
    "statement": AgreementKind.JOINT_STATEMENT,
    "vision": AgreementKind.JOINT_DECLARATION,
    "treaty": AgreementKind.TREATY,
    "convention": AgreementKind.TREATY,
    "memorandum of understanding": AgreementKind.MEMORANDUM,
    "memorandum": AgreementKind.MEMORANDUM,
    "mou": AgreementKind.MEMORANDUM,
    "agreement": AgreementKind.AGREEMENT,
    "protocol": AgreementKind.AGREEMENT,
    "accord": AgreementKind.AGREEMENT,
    "exchange of notes": AgreementKind.AGREEMENT,
    "exchange of letters": AgreementKind.AGREEMENT,
    "charter": AgreementKind.JOINT_DECLARATION,
    "letter of intent": AgreementKind.MEMORANDUM,
    "contract": AgreementKind.CONTRACT,
    "roadmap": AgreementKind.ROADMAP,
    "road map": AgreementKind.ROADMAP,
    "action plan": AgreementKind.PROGRAMME,
    "plan of action": AgreementKind.PROGRAMME,
    "programme": AgreementKind.PROGRAMME,
    "program": AgreementKind.PROGRAMME,
}
_HEAD = (
    r"joint\s+declaration|joint\s+statement|joint\s+communiqu[eé]|memorandum\s+of\s+understanding|"
    r"memorandum|MoU|treaty|convention|agreement|accord|exchange\s+of\s+(?:notes|letters)|"
    r"letter\s+of\s+intent|charter|protocol|contract|road\s*map|action\s+plan|"
    r"plan\s+of\s+action|programme|program|declaration|communiqu[eé]"
)
_LEGAL_HEAD = r"(?:agreement|accord|treaty|convention|protocol|memorandum|MoU|charter|contract)\b"
"""Heads that any describing words may name ("a free trade agreement"); "a meal programme" or
"a transport plan" is a subject far more often than a document."""
_STOP = (
    r"(?=\s*[,;.:()\"\u00ab\u00bb\u201c\u201d]|\s+(?:which|that|was|were|is|are|has|have|had|during|"
    r"at|by|as|after|before|while|within|and\s+(?:signed|adopted|agreed|the|a|an)|signed|adopted|"
    r"with|under|including|covering|among|worth|valued|next|last|this|today|yesterday|tomorrow|"
    r"later|soon|earlier)\b|\s*$)"
)
_REST = (
    r"(?:(?P<rest>\s+(?:on|of|for|between|regarding|concerning|about|in\s+the\s+(?:fields?|areas?|"
    r"spheres?)\s+of|aimed\s+at|to\s+(?:strengthen|develop|expand|promote|deepen|establish)|"
    r"(?!(?:during|including|covering|according|following|concerning)\b)[a-z]+ing)\s+"
    r"[^,;.:()\"\u00ab\u00bb\u201c\u201d]{2,200}?)" + _STOP + "|" + _STOP + "|"
    r"(?=\s+(?:on|of|for|between|regarding|concerning|aimed)\b))"
)
"""What follows a document's head noun: its subject up to the end of the phrase, if it ends."""
_NAMED = re.compile(
    r"(?:(?P<cap>(?:[A-Z][\w'-]*\s+){0,6}?)(?P<caphead>(?-i:Joint\s+Declaration|Joint\s+Statement|"
    r"Joint\s+Communiqu[eé]|Memorandum\s+of\s+Understanding|Memorandum|MoU|Treaty|Convention|"
    r"Agreement|Accord|Exchange\s+of\s+(?:Notes|Letters)|Letter\s+of\s+Intent|Charter|Protocol|"
    r"Contract|Road\s*[Mm]ap|Action\s+Plan|Plan\s+of\s+Action|Programme|Program|Declaration|"
    r"Statement|Vision|Communiqu[eé]))\b"
    r"|\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:(?:(?!(?:of|on|and|or|to|for|with|in|at|by|its|their|his|"
    r"her|this|that|which|was|were|is|are|be|been|being|will|would|has|have|had|not|also|a|an|the)"
    r"\s|[a-z]+ed\s)(?P<mod>[a-z][\w-]*\s+)){1,3}(?=" + _LEGAL_HEAD + r")|(?:(?:new|bilateral|"
    r"comprehensive|intergovernmental|joint|framework|cooperation|strategic|partnership)\s+){0,3})"
    r"(?P<head>" + _HEAD + r"))\b" + _REST,
)
_CITED = re.compile(
    r"\b(?:in|under|according\s+to)\s+(?:a|the|their)\s+joint\s+(?:declaration|statement|communiqu[eé])\b",
    re.I,
)
"""A document quoted for what it says was adopted: "In a joint statement, the leaders ..."."""
_PRESS = re.compile(r"^\s+(?:to|for)\s+(?:the\s+)?(?:media|press|journalists|reporters)\b", _I)
_SPOKEN = re.compile(r"\b(?:made|make|makes|gave|give|delivered|read)\s+(?:a|the)\s+$", _I)
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", _I)


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
    if _DOCUMENT_WORD.search(sentence.lower()) is None:
        return []
    signed = _SIGNED.search(_BACKGROUND.sub(" ", sentence)) is not None
    planned = _PLANNED.search(sentence) is not None
    status = AgreementStatus.PLANNED if planned else AgreementStatus.SIGNED
    parties = context.countries if context is not None and len(context.countries) == 2 else ()
    if amounts is None:
        amounts = find_amounts(sentence)
    found = _packages(sentence, offset, amounts, status, signed or planned)
    if signed or planned or _CITED.search(sentence):
        found += _named(sentence, offset, status)
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
        if counted is None:
            continue
        end = amount.end + counted.end()
        value = _value_for(sentence, money, amount.start, end)
        if not (verb or value):
            continue
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
        value = _value_for(sentence, money, priced.start(), priced.end())
        if value is not None and not any(p.value for p in packages):
            packages.append(_package(status, offset, priced.start(), priced.end(), 0, value))
    if verb:
        for uncounted in _UNCOUNTED.finditer(sentence):
            if any(offset + uncounted.start() < p.end for p in packages):
                continue
            span = ((offset + uncounted.start(), offset + uncounted.end()),)
            packages.append(AgreementMention(AgreementKind.PACKAGE, status, span))
    return sorted(packages, key=lambda p: p.start)


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


def _value_for(sentence: str, money: list[Amount], start: int, end: int) -> Amount | None:
    """The money a package is worth: "N documents worth $X", "$X worth of deals"."""
    for amount in money:
        if amount.start >= end and _VALUE_CUE.search(sentence[end : amount.start].strip() + " "):
            gap = sentence[end : amount.start]
            if len(gap) < 60:
                return amount
        if amount.end <= start and re.match(r"^\s+worth\s+of\b", sentence[amount.end :], _I):
            return amount
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


def _named(sentence: str, offset: int, status: AgreementStatus) -> list[AgreementMention]:
    """Named documents: "the Treaty on ...", "a joint statement", "a memorandum on ..."."""
    named = []
    for match in _NAMED.finditer(sentence):
        head = match["caphead"] or match["head"]
        if head is None:
            continue
        key = re.sub(r"\s+", " ", head.lower())
        kind = _HEADS.get(key)
        if kind is None:
            continue
        head_start = match.start("caphead" if match["caphead"] else "head")
        if _PRESS.match(sentence[match.end() :]) or _SPOKEN.search(sentence[: match.start()]):
            continue
        title_start = match.start("cap") if match["caphead"] and match["cap"] else head_start
        if match["mod"]:  # "a free trade agreement": the words before the head name it too
            title_start = _first_modifier(sentence, match.start(), head_start)
        title = sentence[title_start : match.end()].strip()
        title = _DETERMINER.sub("", title)
        named.append(
            AgreementMention(
                kind=kind,
                status=status,
                spans=((offset + match.start(), offset + match.end()),),
                title=title,
                count=1,
            )
        )
    return named


_NEW = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?:new|further|another|first|second)\s+)*")


def _first_modifier(sentence: str, start: int, head_start: int) -> int:
    """Where a lower-case title begins: after the article and words such as "new"."""
    lead = _NEW.match(sentence, start, head_start)
    return lead.end() if lead else start


def merge_agreements(mentions: Iterable[AgreementMention]) -> list[AgreementMention]:
    """Fold repeated mentions of one agreement (headline and body) into one, keeping all spans.

    Packages merge when their counts agree (a breakdown's sum counts) and their values do not
    differ by more than 2%; a package with no count joins a counted one with the same status.
    Named documents merge when kind and title agree, or when one is just "the joint statement".
    """
    merged: list[AgreementMention] = []
    for mention in mentions:
        for i, kept in enumerate(merged):
            if _same(kept, mention):
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
    generic = {_title_key(h) for h, k in _HEADS.items() if k is a.kind}
    return ta == tb or ta in generic or tb in generic


def _title_key(title: str | None) -> str:
    """A title folded for comparison: lower case, single spaces."""
    return re.sub(r"\s+", " ", (title or "").lower()).strip()


def _union(a: AgreementMention, b: AgreementMention) -> AgreementMention:
    """One mention holding what both say; a signed report wins over an announcement."""
    status = AgreementStatus.SIGNED if AgreementStatus.SIGNED in (a.status, b.status) else a.status
    title = a.title if len(a.title or "") >= len(b.title or "") else b.title
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
