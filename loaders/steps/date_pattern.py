"""The date expressions the normaliser reads, as one pattern with a named group per form.

Kept apart from their resolution so that each form is seen in one place: what the text may
say ("22-23 August", "in late March", "last year", "on Monday") and what each group captures.
"""

from __future__ import annotations

import re

from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.calendar_words import MONTH_NAMES, WEEKDAY_NAME
from dkg.loaders.steps.date_tense import BARE_WEEKDAY
from dkg.loaders.steps.night_words import OVERNIGHT
from dkg.loaders.steps.period_phrases import PERIOD_OF_THE

MONTH = rf"{MONTH_NAMES}\.?"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d{2}"
_TO = r"\s*(?:-|\u2013|\u2014|to|and|through|till|until)\s*"
_DURING = r"(?:in|of|during|by|until|throughout|In|Of|During|By|Until|Throughout)"
"""Words that put a month or a year on an event; "In March" may open the sentence. Both cases
are spelled out: tried at every word, an inline ``(?i:...)`` group slows the scan by a tenth."""
_PART = r"(?:early|mid|late)"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER = r"(?:[12][0-9]|3[01]|0?[1-9])"
_ORDINAL = rf"{_NUMBER}(?:st|nd|rd|th)"
_NO_MONTH_AFTER = rf"(?!,?\s+(?:of\s+)?{MONTH}(?!\w))"
""""Tuesday the 14th of May" is read whole by the day-and-month form that follows."""
_CLAUSE_GOES_ON = r"(?=[,.;:)]|$|\s+(?:at|in|when|with|after|before|and|he|she|they|we|the)\s)"
""""on the 3rd" is a day where the clause goes on or ends after it, or where the clause's
subject follows it ("On the 4th they dined"), not "on the 3rd floor"."""
_NOT_A_COUNT_END = "".join(
    rf"(?<!{tens}[\s-])"
    for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
)
"""Before a spelt count: not the units of a larger one ("twenty-one", "forty six")."""

_ARRIVAL = (
    r"(?:(?:he|she|they) (?:had )?(?:arrived|landed)|arriving|landing|(?:his|her|their) arrival)"
)
"""The arrival a count of days is told after ("a day after he arrived", "two days after
landing"): the day the story just told, as for "two days later"; after any other event ("a day
after the vote") the count is from a day the story may not have told, so it is not read."""
_DAY_YEAR_WORD = r",?\s+(?:of\s+)?(?P<{}>(?i:this|last|next|that))\s+year"
"""A day's year told as a word: "20 and 21 June of this year", "on May 3 last year". Left out,
a planned day of a text filed later in the year ("originally scheduled for 20 June of this
year, was postponed") took the next year, as a plan's day and month alone lie ahead. "Of that
year" is the year the sentence told before ("after his election in 2022 ..., in June of that
year")."""
DATE = SkipAheadPattern(
    # Every form starts a word: testing that once, before the forms, spares trying each of
    # them at every other position of the sentence (a third of the scan's time).
    r"\b(?=\w)(?:"
    rf"(?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))\b"
    rf"|(?P<d1>{DAY})(?:{_TO}(?P<d2>{DAY}))?\s+(?:of\s+)?(?P<m1>{MONTH})"
    rf"(?:,?\s+(?:of\s+)?(?P<y1>{_YEAR})|{_DAY_YEAR_WORD.format('yd1')})?\b"
    rf"|(?P<m2>{MONTH})\s+(?P<d3>{DAY})(?:{_TO}(?P<d4>{DAY}))?(?!\s*[%\d])"
    rf"(?:,?\s+(?P<y2>{_YEAR})|{_DAY_YEAR_WORD.format('yd2')})?\b"
    rf"|(?P<m3>{MONTH}),?\s+(?:of\s+)?(?P<y3>{_YEAR})\b"
    rf"|(?:{_DURING}|(?<!the )(?P<mw>[Ll]ast|[Nn]ext))\s+(?:{_PART}[\s-]+)?(?P<m4>{MONTH})"
    rf"(?:\s+(?:of\s+)?(?P<yw>(?i:this|last|next|that))\s+year\b|(?![\w.]|,?\s+(?:of\s+)?\d))"
    rf"|(?:{_DURING}|(?i:for))\s+(?:the\s+year\s+|{_PART}[\s-]+)?(?P<y4>{_YEAR})\b(?![-\u2013]\d|%)"
    # A year that dates a trip noun: "the 2009 visit", "her 2016 state visit to Chile".
    rf"|(?P<y5>{_YEAR})(?=\s+(?:[a-z]+\s+)?(?:visit|trip|journey|tour)\b)"
    rf"|(?:[Oo]n\s+|[Tt]his\s+)?(?P<wd>{WEEKDAY_NAME})(?:\s*\((?P<wdd>{_NUMBER})\)"
    rf"|,?\s+the\s+(?P<wdo>{_ORDINAL})\b{_NO_MONTH_AFTER})"
    rf"|[Oo]n\s+the\s+(?P<od>{_ORDINAL})\b{_CLAUSE_GOES_ON}"
    rf"|(?P<rel>(?i:{PERIOD_OF_THE}|today|tonight|this (?:morning|afternoon|evening)|yesterday|"
    # "landed last evening"; not "on the last evening of his stay", "her last night in Rome"
    r"(?<!the )(?<!his )(?<!her )(?<!its )(?<!their )last (?:night|evening)|tomorrow|"
    # Not the last word of a count ("twenty-one days ago", "thirty two weeks ago"): that one
    # is no count of one, and the larger counts are not read.
    rf"{_NOT_A_COUNT_END}"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) "
    r"(?:day|week|month|year)s? ago|"
    r"(?:last|this|next|the previous|the coming) "
    r"(?:year|month|week)|(?:on|from|last|next|this|(?:in )?the (?:night|morning|afternoon"
    rf"|evening|early hours) of) {WEEKDAY_NAME})|{BARE_WEEKDAY}|{OVERNIGHT})\b"
    r"|(?P<near>(?i:the (?:next|following|previous) (?:day|morning|evening)"
    rf"|{_NOT_A_COUNT_END}"
    rf"(?:a|one|two|three|four|five|six|\d) days? (?:later|earlier|after {_ARRIVAL})"
    r"|the day (?:after|before)|on the eve of (?:the|his|her|their) (?:visit|arrival|trip)"
    # "arrived the night of Monday. The same night, ...": the day just told, at another hour.
    r"|the same (?:day|evening|night|morning|afternoon)"
    r"|(?:later|earlier) (?:that|in the) day"
    r"|that (?:same )?(?:day(?!-)|evening|night|morning|afternoon)))\b"
    # "his inauguration that month": the month just told ("in November 2024"), not a day;
    # not "the same month last year", a month of its own.
    r"|(?P<told_month>(?i:(?:(?:later|earlier) )?(?:that (?:same )?|the same )month))\b"
    r"(?!,?\s+(?:last|next|this|a|of|in)\b)"
    r")",
)
"""Date expressions, longest forms first so "22-23 August 2025" wins over "August 2025"."""

HINT = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|week|month|year|omorrow|vening"
    r"|orning|fternoon|night|eve of"
)
"""What a date without a digit holds ("Tonight" too); digits are tested apart, which is faster."""


def day_number(text: str) -> int:
    """The day of the month a "3rd" or "14" stands for."""
    return int(text.rstrip("stndrh"))
