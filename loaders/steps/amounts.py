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
from decimal import Decimal

from dkg.loaders.steps.amount import Amount, AmountKind, Scaled
from dkg.loaders.steps.amount_patterns import AMOUNT, LEAD, SCALE_PART, SINGLE_AMOUNT
from dkg.loaders.steps.amount_ranges import fold_ranges
from dkg.loaders.steps.currencies import (
    CODE_ALIASES,
    NAMED_PATTERNS,
    SCALED_ONLY,
    SHARED_SIGNS,
    SYMBOLS,
    bare_name_candidates,
    unknown_sign,
)
from dkg.loaders.steps.elliptical_amounts import inherit_currency
from dkg.loaders.steps.number_starts import number_starts
from dkg.loaders.steps.numbers_not_amounts import is_date_or_year, is_pronoun
from dkg.loaders.steps.numerals import numeral_value, scale_value
from dkg.loaders.steps.spelt_numbers import join_spelt_numbers

__all__ = ["Amount", "AmountKind", "find_amounts"]
"""Amount and AmountKind are read here with the amounts they describe (see amount.py)."""


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
            match = SINGLE_AMOUNT.match(text, match.start()) or match
        read = _read(text, match)
        if read is not None:
            found.append(read)
        covered = match.end()
    amounts = fold_ranges(text, found)
    # "one million five hundred thousand": one numeral over two scales, read as two above
    return tuple(join_spelt_numbers(text, inherit_currency(text, amounts)))


def _match_at(text: str, core: int) -> re.Match[str] | None:
    """The amount whose number starts at ``core``, with any hedge or currency written before it.

    Matching the full pattern only where a number starts keeps the scan linear: trying it at
    every position of the text costs some hundred times more. The hedge and currency are
    looked for at the starts of the few words before the number.
    """
    for start in _word_starts_before(text, core):
        if LEAD.fullmatch(text, start, core):
            match = AMOUNT.match(text, start)
            if match is not None and match.start("num") == core and not _word_lead(match):
                return match
    match = AMOUNT.match(text, core)
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
        and is_date_or_year(text, match, num)
    ):
        return None
    surface_start = match.start("num")
    if is_word and not scale_word and not post and is_pronoun(text, match):
        return None
    if scale_word in _TRANSLATED_SCALES and _DOTTED_THOUSANDS.fullmatch(num):
        num = num.replace(".", "")
    value = numeral_value(num, match.group(0)[match.end("num") - match.start() :])
    multiplier: Decimal | None = None
    if scale_word:
        multiplier = Decimal(scale_value(scale_word))
        value *= multiplier
        for extra in SCALE_PART.finditer(match["more"] or ""):
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
    scales += [scale_value(part[2]) for part in SCALE_PART.finditer(match["more"])]
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
