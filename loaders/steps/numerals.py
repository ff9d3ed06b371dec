"""The value of numerals: digits ("17,000"), number words ("twenty-one", "a dozen") and scale
words ("billion", "bn", "lakh", "crore").

Amounts (``amounts.py``) find where a number is written; this module says what it is worth, so
that every reader of numbers agrees on "1.2 bn", "twelve" and "3 crore".
"""

from __future__ import annotations

import re
from decimal import Decimal

SCALES = {
    "thousand": 10**3,
    "k": 10**3,
    "lakh": 10**5,
    "crore": 10**7,
    "thousand crore": 10**10,
    "lakh crore": 10**12,
    "million": 10**6,
    "millions": 10**6,
    "millones": 10**6,
    "milhões": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "mil millones": 10**9,
    "bilhões": 10**9,
    "bln": 10**9,
    "bil": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "trln": 10**12,
    "trn": 10**12,
    "tn": 10**12,
}

WORD_VALUES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "hundred": 100,
}


def small_count(word: str) -> int:
    """The count a word or digits give: "a" (day later), "two" (-day visit), "3" (days)."""
    folded = word.casefold()
    if folded.isdigit():
        return int(folded)
    return 1 if folded == "a" else WORD_VALUES[folded]


WORD_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half"
    r"(?=\s+(?:million|billion|trillion)\b)|"
    r"half\s+a\s+dozen|(?:a\s+)?dozen|a\s+hundred|half\s+an?(?=\s+(?:million|billion|trillion)\b)|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|"
    r"six|seven|eight|nine)\b)?|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"one|two|three|four|five|six|seven|eight|nine|ten"
)
"""Number words as a regular expression (lower case): what ``numeral_value`` reads. "Half a"
and "two and a half" are numbers only before a scale word ("half a billion dollars", "two and
a half billion dollars"), never in "half a century" or "two and a half years"."""
DIGITS = (
    r"\d{1,3},\d{1,2}(?=\s?(?:million|billion|trillion|mln|mn|bln|bn)\b)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
"""A number in digits, with thousands separators and decimals. A comma before one or two digits
and a scale word is a decimal comma, as texts translated from French, Spanish or Portuguese
keep it ("1,4 billion euros" is 1.4 billion): a thousands separator parts three digits."""
SPACED_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)"
"""A number whose thousands are parted by spaces ("300 000", "1 250 000"), as European,
African and official statistics write them; the groups are of three digits exactly, so a
year or a date before a number ("in 2023 450 firms") is not one."""
LONG_SCALE = (
    r"(?:thousand|lakh)\s+crore|thousand|lakh|crore|millions?|billions?|trillion|mln|mn|bln|bil|bn|"
    r"trln|trn|tn|mil\s+millones|millones|milhões|bilhões"
)
"""Scale words spelt out or abbreviated, as a regular expression (the keys of ``SCALES``); the
Indian compounds first ("5 lakh crore" is 5 * 10**12, not 5 lakh). Translated Latin American
texts keep the Spanish and Portuguese words ("US$ 2.480 millones", "R$ 1.200 milhões");
Spanish "billones" is left out: it is 10**12, while a translation's "billions" is 10**9."""


SCALED_NUMBER = rf"(?:{DIGITS})\s?(?:{LONG_SCALE})\b"
"""A number with its scale word: an ISO code glued to one is money ("AED69.4 billion")."""


def scale_value(word: str) -> int:
    """The multiplier of a scale word as ``LONG_SCALE`` matched it ("bn", "lakh  crore")."""
    return SCALES[" ".join(word.lower().split())]


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
"""A number ``DIGITS`` read with a decimal comma: with one or two digits after it, the comma
cannot part thousands."""
_HUNDRED = re.compile(r"\s+hundred\b", re.I)
_AND_TENS = re.compile(rf"\s+and\s+({WORD_NUMBER})\b", re.I)
"""The tens and units British and regional papers join to a hundred with "and" ("five hundred
and eighty million euros", "a hundred and twenty")."""


def numeral_value(num: str, rest: str) -> Decimal:
    """The value of a numeral written in digits or words ("17,000", "twenty-one", "a dozen").

    ``rest`` is the text after the numeral: a following "hundred" multiplies a number word,
    and the tens joined to it with "and" are added.

    >>> numeral_value("twenty-one", ""), numeral_value("five", " hundred companies")
    (Decimal('21'), Decimal('500'))
    >>> numeral_value("three", " hundred and forty-two million")
    Decimal('342')
    >>> numeral_value("half a", " billion"), numeral_value("half a dozen", "")
    (Decimal('0.5'), Decimal('6'))
    >>> numeral_value("two and a half", " billion")
    Decimal('2.5')
    >>> numeral_value("1,4", " billion"), numeral_value("1,400", " million")
    (Decimal('1.4'), Decimal('1400'))
    """
    if num[0].isdigit():
        if _DECIMAL_COMMA.fullmatch(num):
            return Decimal(num.replace(",", "."))
        return Decimal("".join(num.replace(",", "").split()))
    words = re.split(r"[-\s]+", num.lower())
    if words[0] == "half":
        return Decimal(6) if words[-1] == "dozen" else Decimal("0.5")
    total = Decimal(sum(WORD_VALUES.get(w, 0) for w in words if w != "a"))
    if words[-1] == "half":
        total += Decimal("0.5")  # "two and a half"
    hundred = _HUNDRED.match(rest)
    if hundred:
        total *= 100
        rest = rest[hundred.end() :]
    tens = _AND_TENS.match(rest) if hundred or words[-1] == "hundred" else None
    if tens:
        total += int(numeral_value(tens[1], ""))
    return Decimal(total)
