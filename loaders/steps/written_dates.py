"""Dates in the body written in figures ("on 16/05/2022") or with the day in words ("the first
of June", "June twenty-first"), made readable to the date pattern.

Outlets of South Asia, Europe, Africa and Latin America write running dates day first in
figures, and translated or formal prose spells the day out. The date pattern reads ISO dates and
days in digits; rather than a second resolver, each such date is rewritten in place into the
form the pattern reads, padded with spaces to the same length so that every span still points
into the document's text. Which figure of "03/06/2023" is the month is decided as for a
stamp line (``numeric_day``): a figure above 12 is the day, else the month the story names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from dkg.loaders.case_blind import folded
from dkg.loaders.document import Sentence
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.date_pattern import MONTH
from dkg.loaders.steps.numeric_dates import numeric_day
from dkg.loaders.trie import trie_pattern

_NUMERIC = re.compile(
    r"(?P<a>\d(?<![\w./:-].)\d)(?P<sep>[./-])(?P<b>\d{2})(?P=sep)(?P<y>(?:19|20)\d{2})"
    r"(?![\w/:-]|\.\d)"
)
"""A full date in figures with two-digit day and month, "16/05/2022", "03.06.2023",
"26-12-2022": ten characters, as many as its ISO form, so it is rewritten as such. Not a
fraction, a version number or a clock time, which other figures touch. What stands before the
day is tested after its first digit, so that ``re`` skips to digits at C speed instead of
trying the pattern at every position."""

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)


def _ordinal_words() -> dict[str, int]:
    words = {word: number for number, word in enumerate(_UNITS, 1)}
    words.update({word: number for number, word in enumerate(_TEENS, 10)})
    words.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31})
    words.update({f"twenty-{unit}": number for number, unit in enumerate(_UNITS, 21)})
    return words


DAY_WORDS = _ordinal_words()
"""The days of a month in ordinal words, "first" to "thirty-first"."""
_DAY_WORD = "|".join(sorted((w.replace("-", r"[\s-]") for w in DAY_WORDS), key=len, reverse=True))
"""Longest first, so "twenty-first" is not read as "twenty" and then nothing; the tens are
written with a hyphen or a space."""
_DAY_DIGITS = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)"
_WORD_DAY = SkipAheadPattern(
    rf"\b(?P<before>the\s+)(?P<w1>{_DAY_WORD})(?=\s+of\s+{MONTH}(?!\w))"
    rf"|\b{MONTH}\s+(?P<w2>the\s+(?:{_DAY_WORD}|{_DAY_DIGITS})|{_DAY_WORD})\b",
    re.IGNORECASE,
)
"""A day in words with its month: "the first of June", "June the twenty-first", "June first",
and "June the 21st", which is read as "June 21st". "The first visit" or "the second of the
agreements" name no day."""
_DAY_WORD_END = re.compile(trie_pattern({word.split("-")[-1] for word in DAY_WORDS}))
"""A word that every day in words ends with ("twenty-first": "first"), to find in folded text.
A sentence with none of them and no digit holds no match of ``_WORD_DAY``, which is then not
scanned: a case-blind pattern is tried letter by letter at every word of every sentence."""
_DIGIT = re.compile(r"\d")
_MONTH_START = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
"""The first three letters of every month ``_WORD_DAY`` reads, in folded text: a sentence
without any holds no day in words with its month, and the case-blind pattern, tried at every
word, is not run on it (most sentences with a figure name no month)."""


def readable_dates(sentences: Sequence[Sentence], story: str) -> list[Sentence]:
    """The sentences with dates in figures and days in words rewritten into the forms the date
    pattern reads, at the same offsets; ``story`` is the document's text, whose month names
    decide which figure of a day-first or month-first date is the month."""
    return [_readable(sentence, story) for sentence in sentences]


def _readable(sentence: Sentence, story: str) -> Sentence:
    text = sentence.text
    # Most sentences hold no figure: one test for a digit spares them the scan for dates in
    # figures, and a rewritten date keeps its digits.
    digit = _DIGIT.search(text) is not None
    if digit:
        text = _NUMERIC.sub(lambda match: _iso(match, story), text)
    lowered = folded(text)
    if (digit or _DAY_WORD_END.search(lowered)) and _MONTH_START.search(lowered):
        text = _days_in_digits(text)
    return sentence if text == sentence.text else replace(sentence, text=text)


def _days_in_digits(text: str) -> str:
    """``_WORD_DAY.sub(_day_in_digits, text)``, its matches found through its skip-ahead
    scanner: the case-blind pattern opens with ``\\b``, which ``re`` would try at every
    position of the sentence."""
    pieces: list[str] = []
    last = 0
    for match in _WORD_DAY.finditer(text):
        pieces += (text[last : match.start()], _day_in_digits(match))
        last = match.end()
    return "".join(pieces) + text[last:] if pieces else text


def _iso(match: re.Match[str], story: str) -> str:
    day = numeric_day(int(match["a"]), int(match["b"]), int(match["y"]), story)
    return day.isoformat() if day is not None else match.group()


def _day_in_digits(match: re.Match[str]) -> str:
    """The match with its day word written as a digit ordinal and padded to its length."""
    group = "w1" if match["w1"] else "w2"
    word = match[group]
    # The case-blind pattern takes a Turkish dotted capital ("FİRST"), which casefolds to "i"
    # with a combining dot: the dot goes, so the word is found.
    folded = unicodedata.normalize("NFD", word.casefold())
    day = "".join(c for c in folded if not unicodedata.combining(c)).replace("-", " ").split()
    day = day[1:] if day[0] == "the" else day
    number = int(day[0][:-2]) if day[0][0].isdigit() else DAY_WORDS["-".join(day)]
    digits = f"{number}{_suffix(number)}".ljust(len(word))
    start, end = match.span(group)
    whole = match.group()
    offset = match.start()
    return whole[: start - offset] + digits + whole[end - offset :]


def _suffix(number: int) -> str:
    if number % 10 == 1 and number != 11:
        return "st"
    if number % 10 == 2 and number != 12:
        return "nd"
    if number % 10 == 3 and number != 13:
        return "rd"
    return "th"
