"""DateNormalizer: date expressions in the text, as partial dates of the right precision.

Absolute dates keep the precision the text gives ("November 2024" -> 2024-11). A day and
month without a year take the document's year when the document date is known (pushed a year
forward or back when the tense says the other side of the document date), and stay
``--MM-DD`` otherwise. Relative expressions ("last year", "on Tuesday", "tomorrow") are
resolved only against a known document date, never against the clock. Plain patterns rather
than dateparser: they are some hundred times faster and say exactly what they accept.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from dkg.loaders.document import DateMention, Document, PartialDate, Sentence, TextSpan
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.date_ranges import joined_ranges
from dkg.loaders.steps.date_tense import (
    BARE_WEEKDAY,
    PLANNED,
    still_to_come,
    told_ahead,
    wire_weekday_ahead,
)
from dkg.loaders.steps.dateline_years import dated_filing
from dkg.loaders.steps.numerals import small_count
from dkg.loaders.steps.read import above_text, month_number

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d{2}"
_TO = r"\s*(?:-|\u2013|\u2014|to|and|through|till|until)\s*"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_CYCLE = range(2001, 2029)
"""28 years, the Gregorian cycle of weekdays between 1901 and 2099: every day of the year,
29 February included, falls on every weekday in one of them."""

DATE = re.compile(
    # Every form starts a word: testing that once, before the forms, spares trying each of
    # them at every other position of the sentence (a third of the scan's time).
    r"\b(?=\w)(?:"
    rf"(?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))\b"
    rf"|(?P<d1>{_DAY})(?:{_TO}(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<m1>{_MONTH})"
    rf"(?:,?\s+(?P<y1>{_YEAR}))?\b"
    rf"|(?P<m2>{_MONTH})\s+(?P<d3>{_DAY})(?:{_TO}(?P<d4>{_DAY}))?(?!\s*[%\d])"
    rf"(?:,?\s+(?P<y2>{_YEAR}))?\b"
    rf"|(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR})\b"
    rf"|(?:in|of|during|by|until|throughout)\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"(?P<m4>{_MONTH})(?![\w.]|,?\s+\d)"
    rf"|(?:in|of|during|by|until|throughout|for)\s+(?P<y4>{_YEAR})\b(?![-\u2013]\d|%)"
    r"|(?P<rel>(?i:today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow|"
    r"(?:last|this|next|the previous|the coming) "
    r"(?:year|month|week)|(?:on|from|last|next|this|(?:in )?the (?:night|morning|afternoon"
    r"|evening) of) (?:Monday|Tuesday|Wednesday|Thursday|Friday"
    rf"|Saturday|Sunday))|{BARE_WEEKDAY})\b"
    r"|(?P<near>(?i:the (?:next|following|previous) (?:day|morning|evening)"
    r"|(?:a|one|two|three|four|five|six|\d) days? (?:later|earlier)|the day (?:after|before)"
    r"|the same (?:day|evening)"
    r"|later that day|that (?:same )?evening))\b"
    r")",
)
"""Date expressions, longest forms first so "22-23 August 2025" wins over "August 2025"."""

_HINT = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|week|month|year|omorrow|vening"
    r"|orning|fternoon|onight"
)
"""What a date without a digit holds ("Tonight" too); digits are tested apart, which is faster."""
_DIGIT = re.compile(r"\d")
_WEEKDAY = Prefiltered(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_CLOCK_ASIDE = re.compile(r"\([^()]{0,80}\b(?:time|GMT|UTC)\)")
"""A clock time restated in another time zone, "(2:15 a.m. on January 11, Japan time)": the
day it names is the day told before it, not another one."""

_NEAR_SHIFT = {"next": 1, "following": 1, "later": 1, "after": 1, "previous": -1, "earlier": -1}
"""Day offsets of the words that tie a day to the one just narrated ("the next day")."""


@dataclass
class Narration:
    """What the text has told so far, which day-less expressions lean on.

    ``year`` is that of the latest full date ("5 April 2023"), carried to later days told
    without a year ("On 7 April") when the document date is unknown. ``day`` is the latest
    day told, which "the next day", "a day later" or "the day before" count from.
    """

    year: int | None = None
    day: PartialDate | None = None

    def told(self, date: PartialDate, explicit_year: bool) -> None:
        """Remember a date the text just gave."""
        if date.day is not None:
            self.day = date
            if explicit_year and date.year is not None:
                self.year = date.year


def _near_day(phrase: str, day: PartialDate | None) -> PartialDate | None:
    """The day "the next day", "the day before" or "the same evening" means after ``day``."""
    if day is None or day.month is None or day.day is None:
        return None
    words = phrase.split()
    shift = next((_NEAR_SHIFT[w] for w in words[1:] if w in _NEAR_SHIFT), 0)
    if words[1] in ("day", "days") and words[0] != "the":
        shift *= small_count(words[0])  # "two days later"
    if phrase.startswith("the day"):
        shift = 1 if words[-1] == "after" else -1
    return day.shifted(shift)


class DateNormalizer:
    """Finds date expressions in content sentences and normalises them."""

    name = "normalize-dates"
    requires = frozenset({"sentences", "date"})
    provides = frozenset({"dates", "filed"})

    def __call__(self, document: Document) -> Document:
        """Return the document with its date mentions and the day it was filed."""
        found: list[DateMention] = []
        filed = PartialDate.of(document.date) if document.date is not None else None
        content = [s for s in document.sentences if not s.boilerplate]
        for sentence in content:
            if sentence.dateline and filed is None:
                dates = find_dates(sentence, None)
                filed = next((d.start for d in dates if d.start.day is not None), None)
        today, filed = dated_filing(document.date, filed, content)  # "HANOI, Sept. 11" + 2023
        weekday_anchor = None
        told_after: int | None = None
        if today is None and filed is not None:
            weekday_anchor = _stand_in_day(filed, content)
        if today is None and weekday_anchor is None:
            weekday_anchor, told_after = _weekday_and_date(content)
        narration = Narration()
        for sentence in content:
            if sentence.dateline:
                continue
            later = told_after is not None and sentence.span.start > told_after
            found.extend(find_dates(sentence, today, weekday_anchor, later, narration))
        return replace(document, dates=tuple(found), filed=filed)


_WEEKDAY_DATE = re.compile(
    rf"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    rf"(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY})|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}))\b"
)


def _weekday_and_date(sentences: list[Sentence]) -> tuple[datetime.date | None, int | None]:
    """A day the text names with its weekday ("on Friday, November 3") fixes the other
    weekdays of an undated story; those told after it are the days that follow, unless it is
    the story's own date above its text (a masthead's "Thursday, 14 September"). Returns a
    stand-in date (its year is meaningless) and the offset after which weekdays go forward.
    """
    for sentence in sentences:
        found = _WEEKDAY_DATE.search(sentence.text)
        if found is None:
            continue
        month = month_number(found["m"] or found["m2"])
        day = _day(found["d"] or found["d2"])
        weekday = _WEEKDAYS.index(found["weekday"].casefold())
        for year in _WEEKDAY_CYCLE:
            try:
                candidate = datetime.date(year, month, day)
            except ValueError:
                continue  # 29 February in a common year
            if candidate.weekday() == weekday:
                told = sentence.span.start + found.end()
                return candidate, None if above_text(sentence.text, sentence.paragraph) else told
    return None, None


def _stand_in_day(filed: PartialDate, sentences: list[Sentence]) -> datetime.date | None:
    """A date with the filed day and month on the weekday the article treats as its own.

    A dateline without a year ("CAIRO, June 21") still fixes "on Monday" once we know which
    weekday June 21 was: the latest weekday the opening paragraphs name (news reports the
    filing day and the days just before it). The stand-in's year is meaningless and is
    removed from every date resolved against it.
    """
    named = [
        _WEEKDAYS.index(m.group().casefold())
        for sentence in sentences
        if sentence.paragraph <= 2
        for m in _WEEKDAY.finditer(sentence.text)
        if not still_to_come(sentence.text, m.start())
    ]
    if not named or filed.month is None or filed.day is None:
        return None
    latest = min(set(named), key=lambda w: sum((w - other) % 7 for other in named))
    for year in _WEEKDAY_CYCLE:
        try:
            day = datetime.date(year, filed.month, filed.day)
        except ValueError:
            continue  # 29 February in a common year
        if day.weekday() == latest:
            return day
    return None


def find_dates(
    sentence: Sentence,
    today: datetime.date | None,
    stand_in: datetime.date | None = None,
    later: bool = False,
    narration: Narration | None = None,
) -> list[DateMention]:
    """The date expressions of one sentence, resolved against the document date if known.

    ``stand_in`` resolves only day words ("on Monday", "yesterday") when the document has a
    day and month but no year; what it gives keeps no year. ``later`` reads those day words
    forward from the stand-in (the sentence comes after the day it names). ``narration``
    carries what earlier sentences told: the year of an undated text's last full date and
    the last day, which "the next day" counts from.

    >>> from dkg.loaders.document import Sentence, TextSpan
    >>> s = Sentence(TextSpan(0, 31), "He will come on 22-23 August.", 0)
    >>> [m.start.lexical for m in find_dates(s, datetime.date(2025, 5, 1))]
    ['2025-08-22']
    """
    mentions: list[DateMention] = []
    if not (_DIGIT.search(sentence.text) or _HINT.search(sentence.text)):
        return mentions
    asides = [aside.span() for aside in _CLOCK_ASIDE.finditer(sentence.text)]
    for match in DATE.finditer(sentence.text):
        if any(start < match.start() < end for start, end in asides):
            continue
        # Tense is read just before the date: "arrived on Monday, and will leave on Friday";
        # a date that opens its clause takes the verb after it ("On Tuesday he is to fly").
        future = told_ahead(sentence.text, match.start(), match.end())
        if match["bare"]:  # "arrived Sunday": a day only where a verb tells its tense
            ahead = wire_weekday_ahead(sentence.text, match.start(), future)
            if ahead is None:
                continue
            future = ahead
        story = narration if narration is not None else Narration()
        resolved: tuple[PartialDate, PartialDate | None] | None
        if match["near"]:
            near = _near_day(match["near"].casefold(), story.day)
            resolved = (near, None) if near is not None else None
        else:
            planned = bool(match["rel"]) and bool(
                PLANNED.search(sentence.text, max(0, match.start() - 80), match.start())
            )
            base = _told_ahead_of(today, story.day) if future and match["rel"] else today
            resolved = _resolve(match, base, future or planned)
        if resolved is not None and today is None and resolved[0].year is None:
            resolved = _with_year(resolved, story.year)
        if resolved is None and stand_in is not None and match["rel"]:
            resolved = _day_without_year(match["rel"].casefold(), stand_in, future or later)
        if resolved is None:
            continue
        start, end = resolved
        story.told(start, bool(match["y1"] or match["y2"] or match["iso"]))
        span = TextSpan(sentence.span.start + match.start(), sentence.span.start + match.end())
        mentions.append(DateMention(span, start, end))
    return joined_ranges(sentence.text, sentence.span.start, mentions)


def _told_ahead_of(today: datetime.date | None, told: PartialDate | None) -> datetime.date | None:
    """The day a weekday still to come counts from: the day just told when the story has moved
    ahead of its filing day ("On Thursday, 30 March, he will ... On Friday he will fly" is the
    Friday after that Thursday, not the filing Friday), else the filing day."""
    if today is None or told is None or None in (told.year, told.month, told.day):
        return today
    day = datetime.date(told.year or 0, told.month or 0, told.day or 0)
    return day if 0 < (day - today).days <= 14 else today


def _resolve(
    match: re.Match[str], today: datetime.date | None, future: bool
) -> tuple[PartialDate, PartialDate | None] | None:
    if match["iso"]:
        day = _checked(int(match["iy"]), int(match["im"]), int(match["id"]))
        return (day, None) if day is not None else None
    if match["m1"] or match["m2"]:
        month = month_number(match["m1"] or match["m2"])
        first = _day(match["d1"] or match["d3"])
        last_text = match["d2"] or match["d4"]
        year_text = match["y1"] or match["y2"]
        year = int(year_text) if year_text else _year_for(month, first, today, future)
        start = _checked(year, month, first)
        end = _checked(year, month, _day(last_text)) if last_text else None
        if start is None or (end is not None and end.day is not None and end.day <= first):
            return None
        return start, end
    if match["m3"]:
        return PartialDate(int(match["y3"]), month_number(match["m3"])), None
    if match["m4"]:
        if today is None:
            return None
        month = month_number(match["m4"])
        return PartialDate(_year_for(month, 1, today, future), month), None
    if match["y4"]:
        return PartialDate(int(match["y4"])), None
    return _relative(match["rel"].casefold(), today, future)


def _with_year(
    resolved: tuple[PartialDate, PartialDate | None], year: int | None
) -> tuple[PartialDate, PartialDate | None]:
    """A day and month of an undated text in the year of the last full date it told."""
    if year is None:
        return resolved
    start, end = resolved
    return replace(start, year=year), (replace(end, year=year) if end is not None else None)


def _day_without_year(
    phrase: str, stand_in: datetime.date, future: bool
) -> tuple[PartialDate, PartialDate | None] | None:
    if phrase.rsplit(" ", 1)[-1] not in (*_WEEKDAYS, "today", "yesterday", "tomorrow"):
        return None
    resolved = _relative(phrase, stand_in, future)
    if resolved is None:
        return None
    day = resolved[0]
    return PartialDate(None, day.month, day.day), None


_SHIFTS = {
    "today": 0,
    "tonight": 0,
    "morning": 0,
    "afternoon": 0,
    "evening": 0,
    "yesterday": -1,
    "tomorrow": 1,
}
"""Day words and their distance from the dateline: "this morning" is the day filed."""


def _relative(
    phrase: str, today: datetime.date | None, future: bool
) -> tuple[PartialDate, PartialDate | None] | None:
    if today is None:
        return None
    unit = phrase.rsplit(" ", 1)[-1]
    step = -1 if phrase.startswith(("last", "the previous")) else 1
    if unit in _SHIFTS:
        shift = _SHIFTS[unit]
        return PartialDate.of(today + datetime.timedelta(days=shift)), None
    if unit == "year":
        return PartialDate(today.year + step * (not phrase.startswith("this"))), None
    if unit == "month":
        offset = today.month - 1 + step * (not phrase.startswith("this"))
        return PartialDate(today.year + offset // 12, offset % 12 + 1), None
    if unit == "week":
        return None
    weekday = _WEEKDAYS.index(unit)
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    if phrase.startswith("last"):
        delta = -(back or 7)
    elif phrase.startswith("next"):
        delta = ahead or 7
    else:
        # "on Tuesday" in news is the latest Tuesday up to the dateline, unless said of the future.
        delta = ahead if future else -back
    return PartialDate.of(today + datetime.timedelta(days=delta)), None


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _year_for(month: int, day: int, today: datetime.date | None, future: bool) -> int | None:
    """The year of a day and month the text gives without one: the document's, nearest tense."""
    if today is None:
        return None
    candidate = (month, day)
    now = (today.month, today.day)
    if future and candidate < now and today.month - month > 2:
        return today.year + 1
    if not future and candidate > now and month - today.month > 2:
        return today.year - 1
    return today.year


def _checked(year: int | None, month: int, day: int) -> PartialDate | None:
    try:
        datetime.date(year or 2000, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day)
