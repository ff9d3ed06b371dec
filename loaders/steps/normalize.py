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
from dataclasses import dataclass, field, replace

from dkg.loaders.document import DateMention, Document, PartialDate, Sentence, TextSpan
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.background_days import in_background, means_same_day
from dkg.loaders.steps.calendar_words import MONTH_NAMES
from dkg.loaders.steps.capital_headings import in_title_case
from dkg.loaders.steps.commemorated_dates import commemorated
from dkg.loaders.steps.date_headings import diary_days
from dkg.loaders.steps.date_pattern import DATE, HINT, WEEKDAYS, day_number
from dkg.loaders.steps.date_ranges import joined_ranges
from dkg.loaders.steps.date_tense import (
    PLANNED,
    joined_weekday,
    next_step_ahead,
    planned_before,
    told_ahead,
    wire_weekday_ahead,
)
from dkg.loaders.steps.dateline_years import dated_filing
from dkg.loaders.steps.day_numbers import day_in_told_range, numbered_day
from dkg.loaders.steps.foreign_datelines import foreign_dateline
from dkg.loaders.steps.item_years import item_year
from dkg.loaders.steps.named_weeks import day_in_named_week, refined_week
from dkg.loaders.steps.night_words import night_just_past
from dkg.loaders.steps.read import month_number
from dkg.loaders.steps.relative_dates import day_without_year, near_day, relative, whole_day
from dkg.loaders.steps.weekday_anchors import (
    filed_in_year_of,
    stand_in_day,
    weekday_and_date,
)
from dkg.loaders.steps.weekday_dates import with_written_days
from dkg.loaders.steps.written_dates import readable_dates

_DIGIT = re.compile(r"\d")
_CAPITAL_MONTH = re.compile(rf"\b{MONTH_NAMES.upper()}\b")
"""A month in capitals, as agencies set it in datelines ("LIMA, OCTOBER 4 -", "OCT. 4")."""
_CLOCK_ASIDE = Prefiltered(r"\([^()]{0,80}\b(?:time|GMT|UTC)\)")
"""A clock time restated in another time zone, "(2:15 a.m. on January 11, Japan time)": the
day it names is the day told before it, not another one."""


@dataclass
class Narration:
    """What the text has told so far, which day-less expressions lean on.

    ``year`` is that of the latest full date ("5 April 2023"), carried to later days told
    without a year ("On 7 April") when the document date is unknown. ``day`` is the latest
    day told, which "the next day", "a day later" or "the day before" count from. ``written``
    is the latest day told with its number ("Thursday, 30 March"), which a programme's later
    weekdays follow; a bare weekday is itself counted from the filing day and moves no later
    weekday past it. ``filed`` is the day the dateline gives, whose month "on the 3rd" lies in
    unless ``ranges``, the days and ranges told, hold that day ("on 4 and 5 March").
    ``month`` is the month of the latest date told, which "that month" names.
    ``lead`` is the first single day up to the filing day told in ``lead_paragraph``, the
    first paragraph that tells a date: the day of the news (a range is the stay's).
    ``told_in`` is the paragraph of the latest date told. ``narrative`` is the latest day
    told outside a background clause, and ``narrative_in`` its paragraph; ``aside`` says the
    latest day was told in one.
    """

    year: int | None = None
    day: PartialDate | None = None
    written: PartialDate | None = None
    month: PartialDate | None = None
    filed: PartialDate | None = None
    ranges: list[tuple[PartialDate, PartialDate]] = field(default_factory=list)
    lead: datetime.date | None = None
    lead_paragraph: int | None = None
    told_in: int | None = None
    narrative: PartialDate | None = None
    narrative_in: int | None = None
    aside: bool = False

    def told(
        self,
        date: PartialDate,
        explicit_year: bool,
        end: PartialDate | None = None,
        weekday: bool = False,
        aside: bool = False,
    ) -> None:
        """Remember a date the text just gave. The first day of a span ending on ``end`` ("a
        visit from 27 to 29 March") tells how long, not the day the story has come to: "On the
        same day" after it is no more its first day than its last, so it is not remembered as
        the day.
        A day named by a ``weekday`` word ("on Wednesday") is the day, but not a written one;
        a day told in an ``aside`` (background_days.py) is not the narrative's."""
        if date.month is not None:
            self.month = PartialDate(date.year, date.month)
        if date.day is not None:
            self.ranges.append((date, end or date))
            if end is None:
                self.day = date
                self.aside = aside
                if not weekday:
                    self.written = date
            if explicit_year and date.year is not None:
                self.year = date.year


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
        content = readable_dates(content, document.text)  # "on 16/05/2022", "the first of June"
        for sentence in content:
            if sentence.dateline and filed is None:
                dates = find_dates(_cased_months(sentence), None)
                filed = next((d.start for d in dates if d.start.day is not None), None)
                foreign = foreign_dateline(sentence.text) if filed is None else None
                filed = foreign[1] if foreign is not None else filed  # "Quito, 4 de marzo"
        today, filed = dated_filing(document.date, filed, content)  # "HANOI, Sept. 11" + 2023
        weekday_anchor = None
        told_after: int | None = None
        if today is None and filed is not None:
            weekday_anchor = stand_in_day(filed, content)
        if today is None and weekday_anchor is None:
            weekday_anchor, told_after = weekday_and_date(content)
            if weekday_anchor is not None and filed is not None and filed.day is not None:
                # "BEIJING, 28 May": the weekdays are the filed day's, not counted from another
                weekday_anchor, told_after = filed_in_year_of(weekday_anchor, filed), None
        narration = Narration(filed=filed)
        days = diary_days(content, today)  # "1st November 2023", "SATURDAY, DECEMBER 21"
        for sentence in content:
            if sentence.dateline:
                continue
            today = days.get(sentence.span.start, today)
            later = told_after is not None and sentence.span.start > told_after
            cased = in_title_case(sentence)  # "31st OCTOBER TO 3rd NOVEMBER 2023"
            found.extend(find_dates(cased, today, weekday_anchor, later, narration))
        return replace(document, dates=tuple(found), filed=filed)


def _cased_months(sentence: Sentence) -> Sentence:
    """The dateline with its months in capitals written in title case, the only case the date
    patterns read: "OCTOBER 4" is then the day filed, of the same length so offsets hold."""
    cased = _CAPITAL_MONTH.sub(lambda month: month.group().capitalize(), sentence.text)
    return replace(sentence, text=cased) if cased != sentence.text else sentence


def find_dates(
    sentence: Sentence,
    today: datetime.date | None,
    stand_in: datetime.date | None = None,
    later: bool = False,
    narration: Narration | None = None,
) -> list[DateMention]:
    """The date expressions of one sentence, resolved against the document date if known.

    ``stand_in`` resolves only day words ("on Monday", "yesterday") when the document has a
    day and month but no year; what it gives keeps no year. ``later`` tells that the sentence
    comes after the day the stand-in names: its day words still to come are read forward
    from it, and a weekday told in the past is the one nearest it. ``narration``
    carries what earlier sentences told: the year of an undated text's last full date and
    the last day, which "the next day" counts from.

    >>> from dkg.loaders.document import Sentence, TextSpan
    >>> s = Sentence(TextSpan(0, 31), "He will come on 22-23 August.", 0)
    >>> [m.start.lexical for m in find_dates(s, datetime.date(2025, 5, 1))]
    ['2025-08-22']
    """
    mentions: list[DateMention] = []
    if not (_DIGIT.search(sentence.text) or HINT.search(sentence.text)):
        return mentions
    asides = [aside.span() for aside in _CLOCK_ASIDE.finditer(sentence.text)]
    chronology = item_year(sentence.text)  # "2016 - Merkel visits Beijing in June"
    weekday_before: tuple[int, bool] | None = None  # where the last weekday ended, its tense
    ahead_before: tuple[int, PartialDate] | None = None  # the last weekday still to come
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
        if match["rel"] and match["rel"].split()[-1].casefold() in WEEKDAYS:
            if weekday_before is not None and joined_weekday(
                sentence.text, weekday_before[0], match.start()
            ):
                future = weekday_before[1]
            elif (
                not future
                and ahead_before is not None
                and _bare_weekday(match["rel"])
                and next_step_ahead(sentence.text, ahead_before[0], match.start())
            ):
                # "will travel on to Saint Lucia on Sunday, before continuing to Saint Kitts
                # and Nevis on Tuesday": a later step of the plan, however far its "will".
                future = True
            weekday_before = (match.end(), future)
        if match["night"] and not night_just_past(sentence.text, match.start()):
            continue  # "an overnight train", "will stay overnight"
        story = narration if narration is not None else Narration()
        item = chronology
        if (match["yw"] or match["yd1"] or match["yd2"] or "").casefold() == "that":
            item = _year_told_before(sentence.text, match.start())  # "in June of that year"
            if item is None:
                continue
        resolved: tuple[PartialDate, PartialDate | None] | None
        if match["near"]:
            phrase = match["near"].casefold()
            near = near_day(phrase, _day_in_view(phrase, story, sentence.paragraph, today))
            resolved = (near, None) if near is not None else None
        elif match["told_month"]:
            resolved = (story.month, None) if story.month is not None else None
        elif match["wd"] or match["od"]:
            number = match["wdd"] or match["wdo"] or match["od"]
            told = story.filed or story.day
            resolved = day_in_told_range(number, story.ranges) if match["od"] else None
            resolved = resolved or numbered_day(number, match["wd"], today, told, future)
        else:
            planned = bool(match["rel"]) and bool(
                PLANNED.search(sentence.text, max(0, match.start() - 80), match.start())
            )
            if (
                future
                and (match["m1"] or match["m2"])
                and planned_before(sentence.text, match.start())
            ):
                future = False  # "which had been scheduled for 14 March": a plan now past
            base = _told_ahead_of(today, story.written) if future and match["rel"] else today
            if refined_week(sentence.text, match):
                continue  # "last week ... on Monday": the weekday says the day
            in_week = day_in_named_week(sentence.text, match, today)
            if not in_week and not future and match["rel"]:
                weekday = match["rel"].casefold().removeprefix("on ")
                in_week = _weekday_just_written(weekday, today, story.written)
            resolved = (
                (in_week, None) if in_week else _resolve(match, base, future or planned, item)
            )
        if resolved is not None and today is None and resolved[0].year is None:
            resolved = _with_year(resolved, story.year)
        if resolved is None and today is None and match["rel"]:
            phrase = match["rel"].casefold()
            resolved = day_without_year(phrase, stand_in, story.filed, future, later and not future)
        if resolved is None:
            continue
        start, end = resolved
        if future and _bare_weekday(match["rel"]):
            # "to Kenya on Monday and to Tanzania on Thursday": days told ahead in one sentence
            # come in their order, so Thursday is the one after Monday, not the one before.
            if (
                ahead_before is not None
                and start.year
                and ahead_before[1].year
                and start < ahead_before[1]
                and next_step_ahead(sentence.text, ahead_before[0], match.start())
            ):
                start = start.shifted(7)
            ahead_before = (match.end(), start)
        if _recalled(sentence.text, match, start, today):
            continue  # "relations established on 12 May 1976": not a day of the story
        explicit_year = bool(match["y1"] or match["y2"] or match["iso"])
        aside = in_background(sentence.text, match.start())
        story.told(start, explicit_year, end, bool(match["rel"]), aside)
        story.told_in = sentence.paragraph
        if not aside and start.day is not None and end is None:
            story.narrative, story.narrative_in = start, sentence.paragraph
        if story.lead_paragraph is None:
            story.lead_paragraph = sentence.paragraph
        if (
            story.lead is None
            and today is not None
            and end is None  # "on a visit from June 11 to 13": the stay, not the news's day
            and sentence.paragraph == story.lead_paragraph
        ):
            story.lead = _day_up_to(start, today)
        span = TextSpan(sentence.span.start + match.start(), sentence.span.start + match.end())
        mentions.append(DateMention(span, start, end))
    mentions = with_written_days(sentence.text, sentence.span.start, mentions)
    return joined_ranges(sentence.text, sentence.span.start, mentions)


def _bare_weekday(phrase: str | None) -> bool:
    """Whether a relative phrase is a weekday alone ("on Thursday"), not "last" or "next" one."""
    words = phrase.casefold().split() if phrase else []
    return bool(words) and words[-1] in WEEKDAYS and words[0] not in ("last", "next")


def _recalled(
    text: str, match: re.Match[str], start: PartialDate, today: datetime.date | None
) -> bool:
    """Whether the date is a founding the story recalls, from a year before the filing one: a
    founding told in the filing year ("they set up a council on Tuesday") is the story's day."""
    if today is not None and (start.year is None or start.year >= today.year):
        return False
    return commemorated(text, match.start(), match.end())


def _told_ahead_of(today: datetime.date | None, told: PartialDate | None) -> datetime.date | None:
    """The day a weekday still to come counts from: the day just told when the story has moved
    ahead of its filing day ("On Thursday, 30 March, he will ... On Friday he will fly" is the
    Friday after that Thursday, not the filing Friday), else the filing day."""
    if today is None or told is None or None in (told.year, told.month, told.day):
        return today
    day = datetime.date(told.year or 0, told.month or 0, told.day or 0)
    return day if 0 < (day - today).days <= 14 else today


def _day_in_view(
    phrase: str, story: Narration, paragraph: int, today: datetime.date | None
) -> PartialDate | None:
    """The day a near-day phrase counts from: the day just told, but for "earlier in the day"
    or "later in the day" in a paragraph that has told no day before it, the day of the news,
    as such a paragraph goes back to it after an aside: in a story whose lead tells talks on
    Thursday, "Yoon arrived on Wednesday." then a paragraph "Earlier in the day, Yoon
    attended a forum" is Thursday; "had met him there earlier in the day" after "landed late
    on Monday" is that Monday. Without a filing day the day of the news is unknown (None).
    A phrase of the same day after a background day goes on with the narrative's day
    (background_days.py)."""
    day, told_in = story.day, story.told_in
    if story.aside and story.narrative is not None and means_same_day(phrase):
        day, told_in = story.narrative, story.narrative_in
    if told_in == paragraph or not phrase.endswith("in the day"):
        return day
    news = story.lead or today
    return PartialDate.of(news) if news is not None else None


def _day_up_to(told: PartialDate, today: datetime.date) -> datetime.date | None:
    """The day ``told`` when it lies on or before the filing day, else None: a plan is not
    the day of the news."""
    day = whole_day(told)
    return day if day is not None and day <= today else None


def _weekday_just_written(
    phrase: str, today: datetime.date | None, told: PartialDate | None
) -> PartialDate | None:
    """The day just told with its number when a bare past weekday names that same weekday: a
    weekly filed on Saturday 30 March that told "landed on Friday, 22 March" means that Friday
    by a later "On Friday afternoon", not the 29th; only for a day told within two weeks
    before the filing day, as an older one no longer sets the story's week."""
    day = whole_day(told)
    if today is None or day is None or phrase not in WEEKDAYS:
        return None
    if WEEKDAYS[day.weekday()] != phrase or not 0 < (today - day).days <= 14:
        return None
    return told


_YEAR_WORDS = {"last": -1, "this": 0, "next": 1}
"""The year a month told with "last year", "this year" or "next year" lies in."""


def _resolve(
    match: re.Match[str], today: datetime.date | None, future: bool, item: int | None = None
) -> tuple[PartialDate, PartialDate | None] | None:
    """The dates ``match`` names; a day or month told without a year lies in the ``item`` year
    of a chronology's line when there is one, else in the document's year nearest the tense."""
    if match["iso"]:
        day = _checked(int(match["iy"]), int(match["im"]), int(match["id"]))
        return (day, None) if day is not None else None
    if match["m1"] or match["m2"]:
        month = month_number(match["m1"] or match["m2"])
        first = day_number(match["d1"] or match["d3"])
        last_text = match["d2"] or match["d4"]
        year_text = match["y1"] or match["y2"]
        year_word = match["yd1"] or match["yd2"]
        year: int | None
        if year_text:
            year = int(year_text)
        elif year_word and item is not None and year_word.casefold() == "that":
            year = item  # "20 June of that year": the year the sentence told before
        elif year_word:  # "20 June of this year": the filing year's, whatever the tense
            year = today.year + _YEAR_WORDS[year_word.casefold()] if today else None
        else:
            year = item or _year_for(month, first, today, future)
        start = _checked(year, month, first)
        end = _checked(year, month, day_number(last_text)) if last_text else None
        if start is None or (end is not None and end.day is not None and end.day <= first):
            return None
        return start, end
    if match["m3"]:
        return PartialDate(int(match["y3"]), month_number(match["m3"])), None
    if match["m4"]:
        if match["mw"] and not match["yw"]:
            month_told = _month_from_today(match["mw"], month_number(match["m4"]), today)
            return (month_told, None) if month_told is not None else None
        if item is not None and (not match["yw"] or match["yw"].casefold() == "that"):
            return PartialDate(item, month_number(match["m4"])), None
        if today is None and match["yw"] and match["yw"].casefold() == "this":
            # "in July this year" of an undated text: the story's own year, not yet known
            return PartialDate(None, month_number(match["m4"])), None
        if today is None:
            return None
        month = month_number(match["m4"])
        if match["yw"]:  # "in March this year", "in May last year"
            return PartialDate(today.year + _YEAR_WORDS[match["yw"].casefold()], month), None
        return PartialDate(_year_for(month, 1, today, future), month), None
    if match["y4"] or match["y5"]:
        return PartialDate(int(match["y4"] or match["y5"])), None
    return relative(match["rel"].casefold(), today, future)


_YEAR_TOLD = re.compile(r"\b(?:19|20)\d\d\b")


def _year_told_before(text: str, at: int) -> int | None:
    """The last year the sentence writes before ``at``, which "of that year" refers back to."""
    years = _YEAR_TOLD.findall(text, 0, at)
    return int(years[-1]) if years else None


def _with_year(
    resolved: tuple[PartialDate, PartialDate | None], year: int | None
) -> tuple[PartialDate, PartialDate | None]:
    """A day and month of an undated text in the year of the last full date it told."""
    if year is None:
        return resolved
    start, end = resolved
    return replace(start, year=year), (replace(end, year=year) if end is not None else None)


def _month_from_today(word: str, month: int, today: datetime.date | None) -> PartialDate | None:
    """The month "last March" or "next March" names: the latest such month before the filing
    month, or the first after it. Read as a bare "March", a background trip "last March" told
    in an October story took no year or the present one, and merged with the present visit."""
    if today is None:
        return None
    if word.casefold() == "last":
        return PartialDate(today.year if month < today.month else today.year - 1, month)
    return PartialDate(today.year if month > today.month else today.year + 1, month)


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
