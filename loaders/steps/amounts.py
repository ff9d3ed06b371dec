"""Find amounts in text: money with its currency, percentages, counts and physical quantities.

News writes the same amount in many ways ("$5.5 billion", "5.5 billion US dollars", "USD 5.5
bn", "US$5.5bn", "1 billion 800 million", "about 17,000", "40 percent", "between $2.5 billion and
$6.5 billion", "80-90%"). Every later step (figures, agreements) needs the same reading, so it
lives here once, as a pure function over a string with character offsets into it.

Currencies are kept as written (as ISO 4217 codes) and never converted. Dates, years, ordinals,
times and numbers glued to letters ("G20", "COVID-19", "Q3") are not amounts.

>>> [(a.value, a.currency, a.kind.value) for a in find_amounts("exports rose 12% to $3.1bn")]
[(Decimal('12'), None, 'percent'), (Decimal('3100000000'), 'USD', 'money')]
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from dkg.loaders.case_blind_branches import compile_by_first_letter
from dkg.loaders.steps.calendar_words import MONTH_NAMES
from dkg.loaders.steps.currencies import (
    BARE_NAMES,
    CODE_ALIASES,
    CODE_PATTERN,
    LETTER_SYMBOLS,
    NAMED_CURRENCIES,
    NAMED_PATTERNS,
    ONE_LETTER_SIGN,
    SCALED_ONLY,
    SHARED_SIGNS,
    SIGNS_AFTER,
    SYMBOLS,
    bare_name_candidates,
    unknown_mark,
    unknown_sign,
)
from dkg.loaders.steps.number_starts import number_starts
from dkg.loaders.steps.numerals import (
    DIGITS,
    LONG_SCALE,
    SCALED_NUMBER,
    SPACED_DIGITS,
    WORD_NUMBER,
    numeral_value,
    scale_value,
)
from dkg.loaders.trie import trie_pattern


class AmountKind(StrEnum):
    """What an amount measures: the caller decides from its kind what it can be a figure of."""

    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    QUANTITY = "quantity"
    """A physical quantity with a unit (capacity "1.2GW", "5 million tonnes"): not money."""


@dataclass(frozen=True)
class Amount:
    """One amount in a text; ``start``/``end`` are character offsets of its surface form.

    ``value`` is in the unit written (units of the currency for money, the number for percent
    and counts); ``range_high`` is set for ranges, whose ``value`` is the low end.
    ``qualifier`` keeps the hedge as written ("more than", "about"); ``elliptical`` marks a bare
    "3.3 billion" that took its currency from an earlier amount of the same text.
    ``candidates`` are the currencies a sign several countries use may stand for ("Sh": KES,
    TZS, UGX, SOS); such money has no ``currency`` until the text's countries choose one.
    """

    start: int
    end: int
    value: Decimal
    kind: AmountKind
    currency: str | None = None
    unit: str | None = None
    is_range: bool = False
    range_high: Decimal | None = None
    qualifier: str | None = None
    elliptical: bool = False
    candidates: tuple[str, ...] = ()

    @property
    def approximate(self) -> bool:
        """True when the text hedges the amount ("about", "over", "nearly", "~")."""
        return self.qualifier is not None


Scaled = tuple[Amount, Decimal | None]
"""An amount with the multiplier of its scale word ("billion" -> 10**9), None when unscaled."""


_UNITS = (
    r"GWh|MWh|kWh|TWh|GW|MW|kW|TW|bcm|km|kg|kilomet(?:er|re)s|megawatts?|gigawatts?|tonnes?|tons?|"
    r"barrels?|hectares?|cubic\s+met(?:er|re)s|square\s+met(?:er|re)s"
)

# Currency symbols as a trie, not a flat alternation (see currencies.CODE_PATTERN), in their
# own case: "NZ$" and "Bds$" are signs, while "n$" in "Can$" or "BD$" in "SBD$" are pieces of
# longer ones, whose currency a case-blind match would misread ("n$" as a code).
_SYMBOL_ALTERNATION = (
    "(?-i:" + trie_pattern(s for s in (*SYMBOLS, *SHARED_SIGNS) if not s.isalpha()) + ")"
)
_QUALIFIER = (
    r"about|around|approximately|approx\.|nearly|almost|some|over|more\s+than|less\s+than|"
    r"fewer\s+than|up\s+to|roughly|close\s+to|at\s+least|in\s+excess\s+of|upwards\s+of|"
    r"just\s+over|just\s+under|under|above|below|exceeding|~"
)


_AMOUNT_PATTERN = rf"""
    (?:(?P<qual>\b(?:{_QUALIFIER}))\s*)?
    (?:(?P<pre>{_SYMBOL_ALTERNATION}|{ONE_LETTER_SIGN}|\b(?-i:{LETTER_SYMBOLS})\.?|\b(?-i:{CODE_PATTERN})(?=\s|{SCALED_NUMBER}))\s?)?
    (?(pre)(?<![\d.:/])|(?<![\w.:/]))(?<![A-Za-z]-)
    (?P<num>{SPACED_DIGITS}|{DIGITS}|\b(?:{WORD_NUMBER})\b)
    (?:\s+hundred\b)?(?:(?<=hundred)\s+and\s+(?:{WORD_NUMBER})\b)?
    (?P<scale>[\s-]?(?:{LONG_SCALE})\b|(?:m|b|k)(?![\w]))?
    (?P<more>MORE)
    (?P<post>
        (?P<pct>\s?(?:%|per\s?cent\b|pct\b|percentage\s+points?\b))
      | (?P<unit>\s?(?-i:{_UNITS})\b)
      | \s(?P<code>(?-i:{CODE_PATTERN}))\b
      | \s(?P<sign>(?-i:{SIGNS_AFTER}))(?!\w)(?:(?<=kr)\.)?
      | \s+(?P<named>{"|".join(p for p, _ in NAMED_CURRENCIES)})\b
      | \s+(?P<bare>{"|".join(p for p, _ in BARE_NAMES)})\b
    )?
    (?![\w:])
    """
_NUMBERED_MEETINGS = frozenset({"COP", "MOP"})
"""Codes that also name the UN's numbered meetings of the parties to a convention (COP,
Conference of the Parties; MOP, Meeting of the Parties): before a bare number of one or two
digits they count sessions, not Colombian pesos or Macanese patacas."""
_SPACES = re.compile(r"\s+")
_TRANSLATED_SCALES = frozenset(
    {"millions", "billions", "millones", "mil millones", "milhões", "bilhões"}
)
"""Scale words of a text written or translated from Spanish or Portuguese: English puts a
plural scale after no number ("2,480 million"), so "2.480 millions" keeps its source's style."""
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
"""A number whose dots part groups of three digits: before a translated scale word the dot is
Spanish and Portuguese's thousands separator ("US$ 2.480 millones" is 2,480 million), while
"US$ 2.5 billion" and "$1.25 billion" keep their decimals."""
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
# The hedges, scale words and currency names below are tried case-blind at every number and
# at the words before it: regrouped by first letter, ``re`` passes over those that cannot start
# there with one comparison each, instead of entering each one (case_blind_branches.py).
_LEAD = compile_by_first_letter(
    rf"(?:(?:{_QUALIFIER})\s*)?(?:(?:{_SYMBOL_ALTERNATION}|(?-i:[A-Z]|{LETTER_SYMBOLS}|{CODE_PATTERN})\.?)\s?)?",
    re.I,
)
"""A hedge and/or a currency written just before a number."""
_MORE = rf"(?:\s+(?:and\s+)?(?:{DIGITS})\s?(?:{LONG_SCALE})\b)*"
_AMOUNT = compile_by_first_letter(_AMOUNT_PATTERN.replace("MORE", _MORE, 1), re.I | re.X)
_SINGLE_AMOUNT = compile_by_first_letter(_AMOUNT_PATTERN.replace("MORE", "", 1), re.I | re.X)
"""The same without compound numbers, for "3 billion and 5 billion" (two amounts, not one)."""
_SCALE_PART = re.compile(rf"({DIGITS})\s?({LONG_SCALE})\b", re.I)

_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+$")
_MONTH_AFTER = re.compile(rf"^(?:\s*[-\u2013\u2014]\s*\d{{1,2}})?\s+(?:of\s+)?(?:{MONTH_NAMES})\b")
_ONE_NOT_A_COUNT_AFTER = re.compile(r"^(?:\s+(?:of|another|by|after|hand|day|way)\b|-on-one|'s)")
_FRACTION_AFTER = re.compile(r"^-(?:thirds?|quarters?|halfs?|halves|fifths?|tenths?)\b", re.I)
_NOT_A_COUNT_BEFORE = re.compile(
    r"\b(?:no|the|any|every|each|which|this|that|anyone|someone|no\s+one)\s+$", re.I
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_AND_GAP = re.compile(r"^\s+and\s+$")
_DASH_GAP = re.compile(r"^\s?[-\u2013\u2014]\s?$|^\s+to\s+$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_OPENERS = "([\"'\u201c\u2018"
"""What opens a word without being part of it: a bracket or a quote."""


def find_amounts(text: str) -> list[Amount]:
    """Every amount in ``text``, left to right, with ranges folded into one amount.

    A bare "3.3 billion" takes the currency of the nearest money amount before it in ``text``
    (so pass a sentence, not a whole document): "(exports - 3.3 billion, imports - 1.8 billion)".
    Results are cached per text, since several steps read the amounts of the same sentence.

    >>> [(a.value, a.range_high, a.kind.value) for a in find_amounts("a rise of 80-90%")]
    [(Decimal('80'), Decimal('90'), 'percent')]
    """
    return list(_amounts_of(text))


@functools.lru_cache(maxsize=512)
def _amounts_of(text: str) -> tuple[Amount, ...]:
    """The amounts of ``text``, read once per distinct text."""
    found: list[Scaled] = []
    covered = 0
    for core in number_starts(text):
        if core < covered:
            continue
        match = _match_at(text, core)
        if match is None:
            continue
        if match["more"] and not (match["scale"] and _decreasing(match)):
            match = _SINGLE_AMOUNT.match(text, match.start()) or match
        read = _read(text, match)
        if read is not None:
            found.append(read)
        covered = match.end()
    amounts = _fold_ranges(text, found)
    return tuple(_inherit_currency(text, amounts))


def _match_at(text: str, core: int) -> re.Match[str] | None:
    """The amount whose number starts at ``core``, with any hedge or currency written before it.

    Matching the full pattern only where a number starts keeps the scan linear: trying it at
    every position of the text costs some hundred times more. The hedge and currency are
    looked for at the starts of the few words before the number.
    """
    for start in _word_starts_before(text, core):
        if _LEAD.fullmatch(text, start, core):
            match = _AMOUNT.match(text, start)
            if match is not None and match.start("num") == core and not _word_lead(match):
                return match
    match = _AMOUNT.match(text, core)
    return match if match is not None and match.start("num") == core else None


def _word_starts_before(text: str, core: int) -> list[int]:
    """Starts of the (up to four) words before ``core``, of its own word, and the last few
    characters before it ("$5bn-$6bn": the second "$"), farthest first.

    A word opened by a bracket or a quote also starts after it: in "KZT 500 billion (USD 1
    billion)" the code of the restated sum is "USD", not "(USD".
    """
    starts = list(range(core - 1, max(own := text.rfind(" ", 0, core) + 1, core - 4) - 1, -1))
    if own < core and own not in starts:
        starts.append(own)
    position = own - 1
    for _ in range(4):
        if position <= 0:
            break
        start = text.rfind(" ", 0, position) + 1
        opened = start
        while opened < position and text[opened] in _OPENERS:
            opened += 1
        if opened > start:
            starts.append(opened)
        starts.append(start)
        position = start - 1
    return starts[::-1]


_LARGEST_EXPONENT = 21
"""No sum or count news reports reaches 10**21 (the world's yearly output is some 10**14
dollars); a longer number is an identifier, and reading it as a sum would need more digits
than ``decimal`` holds by default."""


def _read(text: str, match: re.Match[str]) -> tuple[Amount, Decimal | None] | None:
    """One regex match as an Amount plus the multiplier of its scale word, or None if not one."""
    num = match["num"]
    is_word = not num[0].isdigit()
    scale_word = _scale_word(match)
    currency = _currency(match)
    candidates = (
        bare_name_candidates(match["bare"])
        if match["bare"]
        else tuple(SHARED_SIGNS.get(_sign(match), ()))
    )
    if scale_word in ("m", "b", "k") and currency is None and not candidates:
        return None  # "300m" without a currency is as likely metres as millions
    if unknown_sign(text, match["pre"], match.start("pre"), match.start("num")):
        return None
    if match["pre"] in _NUMBERED_MEETINGS and not scale_word and len(num) <= 2:
        return None  # "the COP 28 summit": the 28th Conference of the Parties, not 28 pesos
    if not scale_word and (match["sign"] or match["code"] or "") in SCALED_ONLY:
        return None  # "100 DA" with no scale word: no sum of dinars
    post = match["post"] is not None
    if (
        not post
        and not scale_word
        and currency is None
        and not candidates
        and _is_date_or_year(text, match, num)
    ):
        return None
    surface_start = match.start("num")
    if is_word and not scale_word and not post and _is_pronoun(text, match):
        return None
    if scale_word in _TRANSLATED_SCALES and _DOTTED_THOUSANDS.fullmatch(num):
        num = num.replace(".", "")
    value = numeral_value(num, match.group(0)[match.end("num") - match.start() :])
    multiplier: Decimal | None = None
    if scale_word:
        multiplier = Decimal(scale_value(scale_word))
        value *= multiplier
        for extra in _SCALE_PART.finditer(match["more"] or ""):
            value += Decimal(extra[1].replace(",", "")) * scale_value(extra[2])
    if match["pct"]:
        kind, unit = AmountKind.PERCENT, "percentage points" if "point" in match["pct"] else None
    elif currency is not None or candidates:
        kind, unit = AmountKind.MONEY, None
    elif match["unit"]:
        kind, unit = AmountKind.QUANTITY, _SPACES.sub(" ", match["unit"].strip())
    else:
        kind, unit = AmountKind.COUNT, None
    if value.adjusted() >= _LARGEST_EXPONENT:
        return None  # "reference 20240301123456789012345678": an identifier, not a sum
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    qualifier = match["qual"]
    start = (
        match.start("qual") if qualifier else match.start("pre") if match["pre"] else surface_start
    )
    amount = Amount(
        start=start,
        end=match.end(),
        value=value,
        kind=kind,
        currency=currency,
        unit=unit,
        qualifier=_SPACES.sub(" ", qualifier.lower()) if qualifier else None,
        candidates=candidates,
    )
    return amount, multiplier


def _scale_word(match: re.Match[str]) -> str:
    """The scale word of a match, lower case, with the hyphen Canadian papers join it by
    ("C$1-billion", "$40-million") dropped: the same billion as "C$1 billion"."""
    return " ".join((match["scale"] or "").lower().lstrip("-").split())


def _decreasing(match: re.Match[str]) -> bool:
    """True for "1 billion 800 million": each part of a compound number has a smaller scale."""
    scales = [scale_value(_scale_word(match))]
    scales += [scale_value(part[2]) for part in _SCALE_PART.finditer(match["more"])]
    return all(a > b for a, b in itertools.pairwise(scales))


def _word_lead(match: re.Match[str]) -> bool:
    """Whether a code or sign before the number is a word without a scale word after the
    number ("TOP 10", "Le 14 juillet"): the number is then read bare."""
    return bool(match["pre"]) and _sign(match) in SCALED_ONLY and not match["scale"]


def _sign(match: re.Match[str]) -> str:
    """The currency sign written before or after the number, without its dot or inner space
    ("Tk." is "Tk", "F CFA" is "FCFA"); empty when there is none."""
    return "".join((match["pre"] or match["sign"] or "").split()).rstrip(".")


def _currency(match: re.Match[str]) -> str | None:
    """The ISO 4217 code written before or after the number, if any."""
    if match["pre"] or match["sign"]:
        symbol = _sign(match)
        if symbol in SYMBOLS:
            return SYMBOLS[symbol]
        if symbol in SHARED_SIGNS:
            return None
        return CODE_ALIASES.get(symbol, symbol)
    if match["code"]:
        return CODE_ALIASES.get(match["code"], match["code"])
    named = match["named"]
    if named:
        named = _SPACES.sub(" ", named)
        for pattern, code in NAMED_PATTERNS:
            if pattern.match(named):
                return code
    return None


def _is_date_or_year(text: str, match: re.Match[str], num: str) -> bool:
    """True for "2024", "May 28", "28 May", "1-3 October": dates are not amounts."""
    if _YEAR_NUMBER.fullmatch(num):
        return True
    if " " in num or "\u00a0" in num or "\u202f" in num:
        # "on March 15 100 firms": a day and a count, not 15,100
        return bool(
            _MONTH_BEFORE.search(text[max(0, match.start("num") - 12) : match.start("num")])
        )
    if not num[0].isdigit() or "," in num or "." in num or len(num) > 2:
        return False
    before = text[max(0, match.start("num") - 12) : match.start("num")]
    after = text[match.end() : match.end() + 16]
    return bool(_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after))


def _is_pronoun(text: str, match: re.Match[str]) -> bool:
    """True when a number word does not count anything ("one of", "no one", "the two")."""
    word = match["num"].lower()
    after = text[match.end() : match.end() + 12]
    before = text[max(0, match.start("num") - 12) : match.start("num")]
    if word == "one" and _ONE_NOT_A_COUNT_AFTER.match(after):
        return True
    if _FRACTION_AFTER.match(after):
        return True  # "one-third", "two-fifths": a share, not a count
    return bool(_NOT_A_COUNT_BEFORE.search(before)) and word == "one"


def _fold_ranges(text: str, found: list[tuple[Amount, Decimal | None]]) -> list[Scaled]:
    """Join "between A and B", "A-B" and "A to B" into one amount whose value is the low end."""
    amounts: list[Scaled] = []
    i = 0
    while i < len(found):
        low, low_scale = found[i]
        if i + 1 < len(found):
            high, high_scale = found[i + 1]
            gap = text[low.end : high.start]
            before = text[max(0, low.start - 10) : low.start]
            between = _BETWEEN_BEFORE.search(before) and _AND_GAP.match(gap)
            dashed = _DASH_GAP.match(gap) and not _FROM_BEFORE.search(before)
            if (between or dashed) and _compatible(low, high):
                value = low.value
                if low_scale is None and high_scale is not None:
                    value *= high_scale
                if value < high.value:
                    joined = replace(
                        low,
                        end=high.end,
                        value=value,
                        kind=high.kind if low.kind is AmountKind.COUNT else low.kind,
                        currency=low.currency or high.currency,
                        candidates=low.candidates or high.candidates,
                        unit=low.unit or high.unit,
                        is_range=True,
                        range_high=high.value,
                    )
                    amounts.append((joined, low_scale or high_scale))
                    i += 2
                    continue
        amounts.append((low, low_scale))
        i += 1
    return amounts


def _compatible(low: Amount, high: Amount) -> bool:
    """Two amounts can be the ends of one range: same kind, or a bare number before a unit."""
    if low.kind is AmountKind.COUNT:
        return True
    if high.kind is AmountKind.COUNT:
        return low.kind is AmountKind.MONEY  # "$2-3 billion": the currency is written once
    return low.kind is high.kind and (low.currency == high.currency or high.currency is None)


def _inherit_currency(text: str, amounts: list[Scaled]) -> list[Amount]:
    """Give a bare "3.3 billion" the currency of the last money amount before it.

    Only numbers written with a scale word of a million or more inherit: "17,000 visas" and
    "200 companies" stay counts even in a sentence about money, and so do numbers written
    next to a currency these tables do not know ("TL 90 billion").
    """
    result: list[Amount] = []
    money: Amount | None = None
    for amount, scale in amounts:
        if amount.kind is AmountKind.MONEY:
            money = amount
        elif (
            amount.kind is AmountKind.COUNT
            and money is not None
            and scale is not None
            and scale >= 1_000_000
            and not unknown_mark(text, amount.start, amount.end)
        ):
            amount = replace(
                amount,
                kind=AmountKind.MONEY,
                currency=money.currency,
                candidates=money.candidates,
                elliptical=True,
            )
        result.append(amount)
    return result
