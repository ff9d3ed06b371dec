"""Find economic figures in a sentence: trade, exports, imports, investment, growth, counts.

An amount becomes a figure when the sentence says what it measures. The cue nearest before the
amount wins ("(exports - 3.3 billion, imports - 1.8 billion)"); when there is none, the sentence's
first cue does ("trade grew by 31% to $5.5 billion"). The year is the one the number is about:
years after "than", "compared to" or "from" are baselines ("7.7% higher than in 2022" is growth
in the sentence's own year), and relative years ("last year") are resolved only against a known
document year. Amounts that price agreements ("36 documents worth $2.2 billion") belong to
``agreements``; shares ("80% of exports", but not one country's share of another's supplies,
which is a figure of their relationship), capacities ("1.2 GW"), durations ("33 years") and
ranges over several years ("over the past decade, between $2bn and $6bn") are not figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.amounts import Amount, AmountKind, find_amounts
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAME
from dkg.loaders.steps.figure_back_references import counted_before
from dkg.loaders.steps.figure_capacities import is_capacity
from dkg.loaders.steps.figure_cues import LABELS, FigureKind, first_cue, last_cue, money_kind
from dkg.loaders.steps.figure_headcounts import is_head_count
from dkg.loaders.steps.figure_parties import CountryAt, find_parties
from dkg.loaders.steps.figure_periods import period_of
from dkg.loaders.steps.figure_shares import find_fractions, shares_between
from dkg.loaders.steps.figure_years import (
    YEAR,
    in_one_clause,
    is_baseline_sum,
    own_year,
    period_in_own_clause,
    year_for,
    year_mentions,
)
from dkg.loaders.steps.market_moves import is_market_move
from dkg.loaders.steps.money_restatements import converted, in_dollars, restates


@dataclass(frozen=True)
class FigureContext:
    """What a sentence cannot tell by itself: the document's year, and its countries (ISO2).

    ``countries`` come most-mentioned first: the first two are the pair the document is about,
    whose trade a "bilateral trade" figure is.
    """

    document_year: int | None = None
    countries: tuple[str, ...] = ()

    @property
    def main_pair(self) -> tuple[str, str] | None:
        """The document's two main countries, or None when it names fewer than two."""
        return (self.countries[0], self.countries[1]) if len(self.countries) > 1 else None


@dataclass(frozen=True)
class FigureMention:
    """One economic figure; ``start``/``end`` are offsets of the amount in the document.

    ``value`` is in ``unit``: units of the currency (ISO 4217 code) for money, the number for
    "percent" (negative for a decline) and "count". For ranges ``value`` is the low end.
    """

    kind: FigureKind
    value: Decimal
    unit: str
    year: int | None
    period: str | None
    description: str
    is_target: bool
    is_range: bool
    start: int
    end: int
    range_high: Decimal | None = None
    approximate: bool = False
    reporter: str | None = None
    """ISO2 of the country whose trade, exports or investment it is (the first of a pair)."""
    partner: str | None = None
    """ISO2 of the other country of the pair."""
    repeats: tuple[tuple[int, int], ...] = ()
    """Document offsets of the same figure told again (a headline's sum in the lead)."""


_I = re.I
_SHARE_AFTER = re.compile(r"^\s+of\b", _I)
_SHARE_BEFORE = Prefiltered(
    r"\b(?:share|account(?:s|ed)?\s+for|constitut\w+|makes?\s+up|made\s+up|represent\w*)"
    r"\s+(?:\w+\s+){0,2}$",
    _I,
)
_SUPPLIER_BEFORE = re.compile(
    r"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing))\s+(?:\w+\s+){0,2}$", _I
)
_SUPPLY_AFTER = re.compile(
    r"^\s+of\s+(?:[\w'\u2019-]+\s+){0,4}?(?:imports|supplies|needs|consumption|demand|purchases)\b",
    _I,
)
"""A share one country holds in another's supplies ("supplies 40% of France's uranium", "80% of
Japan's crude imports"): a measure of the relationship, unlike a share of a total ("cocoa
accounts for 60 percent of exports")."""
_RISE = re.compile(
    r"\b(?:increas\w*|grew|grow\w*|rose|ris(?:e|en|ing)|up|higher|more|jump\w*|surg\w*|"
    r"expand\w*|boost\w*|added|gain\w*|year-on-year|y/y|yoy)\b",
    _I,
)
_FALL = re.compile(
    r"\b(?:decreas\w*|declin\w*|fell|fall\w*|dropp?\w*|down|lower|less|shr[au]nk|contract(?:ed|ion)|"
    r"reduc\w*)\b",
    _I,
)
_PERIOD = Prefiltered(
    r"\b(?:(?:the\s+)?first\s+(?:\w+|\d+)\s+months|(?:first|second|third|fourth)\s+(?:quarter|half)|"
    rf"[QH][1-4]|{FULL_MONTH_NAME}\s*[-\u2013\u2014]\s*{FULL_MONTH_NAME})"
    r"\b",
    _I,
)
_MULTI_YEAR = re.compile(
    r"\b(?:(?:over|during|in|for)\s+the\s+(?:past|last|previous)\s+(?:decade|\w+\s+years|years)|"
    r"in\s+recent\s+years|over\s+the\s+years|since\s+(?:19|20)\d\d)\b",
    _I,
)
_TARGET = Prefiltered(
    r"\b(?:aim\w*|target\w*|goals?|plan(?:s|ned)?\s+to|intend\w*|seek\w*|strive\w*|"
    r"expect\w*\s+to|is\s+expected|are\s+expected|will\s+(?:reach|increase|grow|double|exceed|rise|"
    r"amount)|to\s+bring|bring(?:ing)?\s+(?:\w+\s+){1,4}to|potential|could\s+reach|can\s+reach|"
    r"ambition\w*|by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\b",
    _I,
)
_TARGET_YEAR = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b", _I)
_FIGURE_NOUNS = (
    r"companies|firms|enterprises|businesses|ventures|subsidiaries|investors|projects|"
    r"programmes|programs|visas|tourists|visitors|travell?ers|passengers|students|scholarships|"
    r"graduates|jobs|flights|workers|employees|people|personnel|specialists|branches|offices|"
    r"schools|universities|engineers|officials|trainees|refugees|arrivals|"
    r"transits|crossings(?!\s+(?:over|across|on|along|of)\b)"
)
"""What relations are counted in, movements across the border among them ("300 000 crossings",
"1.5 million arrivals", "some 8,000 transits"); crossings "over the river" are bridges, no
movements."""
_COUNTED = Prefiltered(
    r"^\s+(?:(?!(?:and|or|of|in|to|the|from|with|for|at|on|by|per|than|is|are|was|were|has|have|"
    rf"which|that)\b)[\w-]+\s+){{0,3}}?(?P<noun>{_FIGURE_NOUNS})\b",
    _I,
)
"""A count is a figure when it counts what relations are measured in: firms, visas, students."""
_SPEAKERS = re.compile(
    r",?\s+(?:(?:also|later|have|had|who)\s+)?(?:said|say|says|told|tell|tells|confirmed|"
    r"stated|added|explained|noted|insisted|warned|spoke|speaking|briefed|familiar\s+with|"
    r"quoted|cited|asked\s+not\s+to\s+be\s+named|declined|requested)\b",
    _I,
)
"""What follows people who tell the story, not people counted: "three officials said", "two
diplomats, speaking on condition of anonymity", "four people familiar with the talks"."""
_STAY = r"(?:liv|resid|work|stud|train)(?:e|es|ed|ing|y|ying|ies|ied|s)?"
_RESIDENTS = re.compile(
    rf"^\s+(?:[A-Z][\w-]*\s+){{1,2}}(?:[a-z]+s\s+)?(?:(?:are|were)\s+)?"
    rf"(?:(?:now|currently|still)\s+)?{_STAY}\s+(?:(?:and|or)\s+{_STAY}\s+)?(?:in|abroad)\b"
)
"""A diaspora, workforce or student body named by its nationality: "some 40,000 Chileans live
in Peru", "over 5,000 Kenyan nationals work in Oman", "some 700 Cuban nurses work in Angola",
"2,000 Thais are studying or working in Israel"."""
_PEOPLE_OF_A_COUNTRY = (
    rf"{_FIGURE_NOUNS}|nationals|citizens|residents|migrants|expatriates|pilgrims|doctors|"
    r"nurses|teachers|volunteers"
)
"""What a nationality counts, for the two ways of telling their number below: what relations
are counted in, and the people one country has in another ("Cuban doctors", "Kenyan nationals")."""
_NUMBERED = Prefiltered(
    rf"\b[A-Z][\w-]*\s+(?:[a-z]+\s+)?(?P<noun>{_PEOPLE_OF_A_COUNTRY})\s+"
    r"(?:number(?:s|ed)?|totall?ed|totals|reached|stood\s+at|came\s+to)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least)\s+)?$"
)
"""People of one country counted after the noun and a verb of number: "Chinese tourists
numbered about 150,000 in 2019", "Cuban doctors number about 700 in Angola"."""
_NUMBER_OF = Prefiltered(
    rf"\bnumber\s+of\s+(?-i:[A-Z])[\w-]*\s+(?:[a-z]+\s+)?(?P<noun>{_PEOPLE_OF_A_COUNTRY})\b"
    r"[^.;:]{0,50}?\s(?:passed|reached|exceeded|surpassed|topped|hit|crossed|stood\s+at|stands\s+at|"
    r"(?:rose|grew|climbed|increased|jumped)\s+to|totall?ed|came\s+to|is|was|has\s+reached)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least)\s+)?$",
    _I,
)
"""People of one country counted as "the number of" them before a verb of number: "the number
of Kenyan students in Japan passed 3,000", "the number of Chinese tourists visiting Serbia rose
to 150,000". Without their nationality they may be a fair's visitors, an event's head count."""
_POPULATION_BEFORE = re.compile(
    r"\b(?:country|nation|island|islands|archipelago|state|kingdom|republic|city|capital|"
    r"population)\s+of\s+(?:(?:about|some|around|nearly|almost|roughly|over|"
    r"more\s+than|just\s+over|just\s+under|fewer\s+than|less\s+than)\s+)?$",
    _I,
)
"""A population ("the island of some 110,000 people", "a nation of 1.4 billion"): how many live
in one country, no figure of a relationship ("home to a million people born in X" may be one)."""
_EMPLOYED = Prefiltered(
    r"\b(?:employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)|provid(?:e|es|ed|ing)\s+jobs\s+(?:to|for))\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least)\s+)?$",
    _I,
)
_PEOPLE_AFTER = re.compile(r"^\s+(?:local\s+)?[A-Z][\w-]*(?:s|ese)\b")
"""Jobs counted by the people who hold them: "firms employ about 150,000 Tanzanians"."""
_REFERENCE_BEFORE = re.compile(
    r"\b(?:the|both|these|those|all|its|their|his|her|our|No\.?|Article|Resolution|paragraph|page|"
    r"number|item|clause|chapter|point|section|gate|terminal|flight|route|platform|level)\s+$",
    _I,
)


def find_figures(
    sentence: str,
    offset: int,
    context: FigureContext,
    amounts: Sequence[Amount] | None = None,
    countries: Sequence[CountryAt] = (),
    referent: FigureKind | None = None,
) -> list[FigureMention]:
    """The economic figures one sentence states; ``offset`` is the sentence's start in the document.

    ``amounts`` are the sentence's :func:`find_amounts`, when the caller has read them already;
    ``countries`` the countries it names, at offsets into the sentence, which give each figure
    its reporter and partner; ``referent`` the kind of the last sum before the sentence in its
    paragraph (see :func:`last_sum_kind`).

    >>> [(f.kind.value, f.value, f.year) for f in find_figures(
    ...     "In 2023 exports grew by 12% to $3 billion.", 0, FigureContext())]
    [('growth_percent', Decimal('12'), 2023), ('exports', Decimal('3000000000'), 2023)]
    """
    if amounts is None:
        amounts = find_amounts(sentence)
    fractions = find_fractions(sentence)
    if fractions:  # "a fifth of": a share in words, which no digit-reading amount covers
        taken = [a for a in amounts if not any(f.start <= a.start < f.end for f in fractions)]
        amounts = sorted([*taken, *fractions], key=lambda a: a.start)
    if not amounts:
        return []
    multi_year = any(a.is_range for a in amounts) and _MULTI_YEAR.search(sentence) is not None
    read: list[tuple[Amount, tuple[FigureKind, Decimal, str, str]]] = []
    previous_end = 0
    for before, amount, after in zip((None, *amounts), amounts, (*amounts[1:], None), strict=False):
        if amount.is_range and multi_year:
            continue  # a band a figure moved within over years is no observation
        if restates(sentence, before, amount) or converted(sentence, amount):
            continue  # "$32.7 billion, or around Rp480 trillion": the same sum in other money
        ties = amount.kind is AmountKind.PERCENT and shares_between(sentence, amount, countries)
        window = sentence[previous_end : amount.start]
        found = _classify(sentence, amount, window, referent, ties)
        if amount in fractions and not ties:
            continue  # "supplies about a third of Europe's gas": a fraction only between two
        if found is None and read:
            found = _listed_after(sentence, read[-1], amount)
        if found is not None:
            dollars = in_dollars(sentence, amount, after)
            if dollars is not None:
                kind, _, _, description = found
                surface = sentence[dollars.start : dollars.end]
                found = kind, dollars.value, "USD", f"{description} ({surface})"
            elif not found[2]:
                continue  # "500 million kroner" with neither country named: no currency
            read.append((amount, found))
            previous_end = amount.end
    if not read:
        return []
    years = year_mentions(sentence, context.document_year)
    target_match = _TARGET.search(sentence)
    by_year = _TARGET_YEAR.search(sentence) if target_match else None
    period = _PERIOD.search(sentence)
    named = [c for c in countries if not any(a.start <= c.start < a.end for a in amounts)]
    figures: list[FigureMention] = []
    for amount, (kind, value, unit, description) in read:
        is_target = target_match is not None and target_match.start() < amount.end + 40
        own = own_year(sentence, amount.end, context.document_year)
        if (
            target_match is not None
            and is_target
            and by_year
            and own
            and own < int(by_year[1])
            and (
                is_baseline_sum(amount, sentence)
                or not in_one_clause(sentence, target_match.start(), amount.start)
            )
        ):
            # "raise trade to $15 billion by 2025 from $10.3 billion in 2023", "... by 2028,
            # while exports reached €1.1 billion in 2023": a sum of an earlier year, compared
            # with or told in a clause of its own, is where trade stands now
            is_target = False
        elif target_match is not None and is_target and by_year and own and own != int(by_year[1]):
            # "raise trade, which stood at $10.3 billion in 2023, to $15 billion by 2025": a sum
            # with a year of its own, before any word of a target, is where trade stands now
            is_target = amount.end > target_match.start()
        if (
            target_match is not None
            and is_target
            and _beyond_clause(sentence, target_match, amount)
        ):
            is_target = False
        # "to $5 billion by 2027 and to $9 billion in 2030": each target its own year
        later = _TARGET_YEAR.search(sentence, amount.end) or by_year
        target_year = own if own else int(later[1]) if later else None
        year = target_year if is_target and target_year else year_for(amount, years, sentence)
        if (
            period
            and not is_target
            and period_in_own_clause(amount, years, sentence, period.span())
        ):
            year = context.document_year
        parties = find_parties(
            sentence, amount.start, amount.end, kind.value, named, context.main_pair
        )
        figures.append(
            FigureMention(
                kind=kind,
                value=value,
                unit=unit,
                year=year,
                period=period_of(amount, sentence, period),
                description=description,
                is_target=is_target,
                is_range=amount.is_range,
                start=offset + amount.start,
                end=offset + amount.end,
                range_high=amount.range_high,
                approximate=amount.approximate,
                reporter=parties.reporter,
                partner=parties.partner,
            )
        )
    return figures


_LIST_CLOSE = re.compile(r"[^.;:]{0,60}?(?:,\s*|\s+)(?:as\s+well\s+as|plus|along\s+with)\s+", _I)
"""What closes a list of sums after the previous one and its purpose: "€2 billion for the port,
€1 billion for rail, as well as €500 million for schools"."""


def _listed_after(
    sentence: str, previous: tuple[Amount, tuple[FigureKind, Decimal, str, str]], amount: Amount
) -> tuple[FigureKind, Decimal, str, str] | None:
    """The kind of the figure before ``amount`` when ``amount`` is the last sum of a list it
    opens ("..., as well as €500 million for schools"), a sum in the same currency that names
    no kind of its own; else None."""
    before, (kind, _, _, description) = previous
    if (
        amount.kind is not AmountKind.MONEY
        or amount.currency is None
        or before.kind is not AmountKind.MONEY
        or before.currency != amount.currency
        or _LIST_CLOSE.fullmatch(sentence, before.end, amount.start) is None
    ):
        return None
    label = description.split(": ", 1)[0]
    return kind, amount.value, amount.currency, f"{label}: {sentence[amount.start : amount.end]}"


def _beyond_clause(sentence: str, target: re.Match[str], amount: Amount) -> bool:
    """True when a semicolon parts the word of a target from the amount, and the amount's own
    part names no target: "aim to reach $5 billion by 2027; trade was $3.4 billion last year"
    tells a target, then where trade stands."""
    first, last = sorted((target.start(), amount.start))
    if ";" not in sentence[first:last]:
        return False
    start = sentence.rfind(";", 0, amount.start) + 1
    end = sentence.find(";", amount.end)
    return _TARGET.search(sentence[start : end if end >= 0 else len(sentence)]) is None


def find_paragraph_figures(
    sentences: Sequence[tuple[str, int]], context: FigureContext
) -> list[FigureMention]:
    """The figures of one paragraph's sentences (text, offset), with years carried forward.

    A sentence that names no year continues the one before it: in "Trade reached $157bn in
    2023. Exports totalled $104bn." both figures are for 2023. Targets neither give nor take a
    carried year.
    """
    figures: list[FigureMention] = []
    carried: int | None = None
    referent: FigureKind | None = None
    for sentence, offset in sentences:
        found = find_figures(sentence, offset, context, referent=referent)
        found, carried = carry_year(found, sentence, carried)
        figures.extend(found)
        referent = last_sum_kind(found, referent)
    return figures


def last_sum_kind(found: Sequence[FigureMention], before: FigureKind | None) -> FigureKind | None:
    """The kind of the last sum of trade, exports, imports or investment among ``found``, or
    ``before`` when there is none: what a later "raise it to $40 billion" refers to."""
    return next((f.kind for f in reversed(found) if f.kind in LABELS), before)


def carry_year(
    found: list[FigureMention], sentence: str, carried: int | None
) -> tuple[list[FigureMention], int | None]:
    """The sentence's figures with the paragraph's running year, and the year to carry on.

    ``carried`` is the year the paragraph's previous sentences left (None at a paragraph's
    start); see :func:`find_paragraph_figures`.
    """
    if not found and carried is None:
        return found, None  # most sentences: no figure to date and no year to pass on
    names_year = YEAR.search(sentence) is not None
    if not names_year and carried is not None:
        found = [
            f if f.is_target or f.year is not None else replace(f, year=carried) for f in found
        ]
    years = [f.year for f in found if f.year is not None and not f.is_target]
    if years:
        return found, years[-1]
    return found, None if names_year else carried


def _classify(
    sentence: str, amount: Amount, window: str, referent: FigureKind | None, ties: bool
) -> tuple[FigureKind, Decimal, str, str] | None:
    """Kind, value, unit and description of an amount, or None when it is not a figure.

    ``ties`` tells that the amount is a share one country holds in a flow with another, its
    trade or investment (figure_shares.py): a figure.
    """
    surface = sentence[amount.start : amount.end]
    before = sentence[: amount.start]
    after = sentence[amount.end :]
    if amount.kind is AmountKind.MONEY and (amount.currency is not None or amount.candidates):
        money = money_kind(sentence, amount.start, amount.end, window, referent)
        if money is None:
            return None
        # A sign several countries use has no currency ("") unless dollars restate it.
        return money[0], amount.value, amount.currency or "", f"{money[1]}: {surface}"
    if amount.kind is AmountKind.PERCENT:
        shares_supplies = _SUPPLIER_BEFORE.search(window[-40:]) or _SUPPLY_AFTER.match(after)
        if shares_supplies and _SHARE_AFTER.match(after) and not _SHARE_BEFORE.search(window):
            return FigureKind.OTHER, amount.value, "percent", f"share of supplies: {surface}"
        if ties and _SHARE_AFTER.match(after):
            return FigureKind.OTHER, amount.value, "percent", f"share: {surface}"
        if _SHARE_AFTER.match(after) or _SHARE_BEFORE.search(window):
            return None
        near = window[-40:] + " " + after[:30]
        if is_market_move(window, after):
            return None
        if _FALL.search(near) and not _RISE.search(window[-25:]):
            value = -amount.value
        elif _RISE.search(near):
            value = amount.value
        else:
            return None
        subject = last_cue(window) or first_cue(sentence)
        label = f"growth of {LABELS[subject]}" if subject in LABELS else "growth"
        return FigureKind.GROWTH_PERCENT, value, "percent", f"{label}: {surface}"
    if amount.kind is AmountKind.COUNT:
        numbered = _NUMBERED.search(before[-60:]) or _NUMBER_OF.search(before[-110:])
        if numbered is not None and amount.value >= 2:
            return FigureKind.OTHER, amount.value, "count", f"{numbered['noun']}: {surface}"
        counted = _COUNTED.match(after) or _RESIDENTS.match(after)
        if counted is None and _EMPLOYED.search(before[-40:]):
            counted = _PEOPLE_AFTER.match(after)
        if counted is None:
            counted = counted_before(before, after, _FIGURE_NOUNS)
        if counted is None or amount.value < 2:
            return None
        if _REFERENCE_BEFORE.search(before[-12:]) or _POPULATION_BEFORE.search(before[-40:]):
            return None
        if is_capacity(before):
            return None  # "could handle up to 36,000 people a year": what a place can take
        phrase = sentence[amount.start : amount.end + counted.end()]
        if _SPEAKERS.match(after, counted.end()):
            return None  # "three officials said": the sources of the story, counting nothing
        if is_head_count(before, phrase, after[counted.end() :]):
            return None  # "the fair drew 300 companies", "killed 100 people": an event's
        return FigureKind.OTHER, amount.value, "count", phrase
    return None
