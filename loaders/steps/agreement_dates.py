"""When an agreement was signed, as a careful reader dates it.

Researchers filter agreements by date (``/api/agreements?from=2024``), so every agreement the
text lets one date gets a date, in the order a reader looks for it:

1. the day its own sentence states ("signed on 14 January", "on Tuesday"); an earlier month
   or year a sentence states is background, and dates it too; "on the eve of the visit" states
   the day before the visit's first day;
2. the day of the talks it was signed at: talks told in the same sentence ("after their talks
   the two leaders signed ..."; when those talks have no day, no other talks can date it);
3. the day the sentence of the signed agreement told before it states, when no talks are told
   in between: deals are told one after another ("Firm A signed X on Monday. Firm B also signed
   Y"), and the next one without a day of its own was signed at the same ceremony;
4. the talks of the visit it was signed during when they were held on one day (the signing
   ceremony follows the talks), else the latest talks told before it (a report opens with the
   day's talks and goes back to earlier meetings: the signing follows the latest), else the
   day of a one-day visit;
5. the day the text was filed, for a report of the day, as talks are (``meeting_visits``);
6. the month or year of the visit, the best partial date known.

A planned agreement ("will sign", "are expected to sign") has only the date its sentence
states: the day of the report is not the day it will be signed.

Every date is the normaliser's (``document.dates``), read once; nothing is parsed here again.
A day found without its year ("on Monday, 7 October") takes the year of the day the text was
filed when it is not later than that day.
"""

from __future__ import annotations

from dataclasses import replace

from dkg.loaders.document import DateMention, Document, Meeting, PartialDate, TextSpan
from dkg.loaders.steps.agreement_mentions import AgreementMention, AgreementStatus
from dkg.loaders.steps.signing_eves import day_before_visit


def dated_agreements(document: Document) -> tuple[AgreementMention, ...]:
    """The document's agreements, each with the date :func:`agreement_date` gives it."""
    return tuple(replace(a, date=agreement_date(a, document)) for a in document.agreements)


def agreement_date(agreement: AgreementMention, document: Document) -> PartialDate | None:
    """The date the agreement was (or will be) signed, at the precision the text allows."""
    found = _by_clues(agreement, document)
    return _with_year(found, document.filed) if found is not None else None


def _by_clues(agreement: AgreementMention, document: Document) -> PartialDate | None:
    """The date by the reader's order of clues, with the year only when the clue gives it."""
    stated = _stated_date(agreement, document)
    if agreement.status is AgreementStatus.PLANNED or (stated is not None and stated.day):
        return stated
    sentence = _sentence_span(document, agreement.start)
    if stated is None and (
        eve := day_before_visit(document.text[sentence.start : sentence.end], document)
    ):
        return eve  # "on the eve of the visit": the day before its first day
    told = _talks_told_with(agreement, document)
    if dated := [m.date for m in told if _has_day(m)]:
        return dated[0]
    if stated is None and (carried := _day_of_the_deal_before(agreement, document)):
        return carried
    # Talks its sentence tells without their day ("then held talks and witnessed the
    # signing") are the talks it was signed at: other talks (a minister's the day before)
    # cannot date it.
    talks = None if told else _talks_day(agreement, document)
    if talks is not None and (stated is None or _within(talks, stated)):
        return talks
    if stated is not None:
        return stated
    visit = signing_visit(document)
    return document.filed or (document.visits[visit].start if visit is not None else None)


def _stated_date(agreement: AgreementMention, document: Document) -> PartialDate | None:
    """The date a sentence of the agreement states nearest to it, of one day or one month.

    A span of days ("from 3 to 5 May") is the visit's, not the signing's; a bare year is most
    often a horizon ("a programme until 2030", "Vision 2030") rather than the day of signing.
    """
    for start, end in agreement.spans:
        sentence = _sentence_span(document, start)
        found = [
            d
            for d in document.dates
            if sentence.contains(d.span) and d.start.month is not None and _one_day(d)
        ]
        if found:
            nearest = min(found, key=lambda d: _distance(d.span, start, end))
            return _fullest_naming(nearest, found, document.text).start
    return None


def _fullest_naming(date: DateMention, found: list[DateMention], text: str) -> DateMention:
    """The date as the sentence names it in full: "on Tuesday, January 25, 2022" names one
    day twice, and only its second naming carries the year (the weekday alone is read
    against the report's day, or not at all without one)."""
    for other in found:
        between = text[date.span.end : other.span.start]
        if other.span.start >= date.span.end and not between.strip(", "):
            return other
    return date


def _talks_told_with(agreement: AgreementMention, document: Document) -> list[Meeting]:
    """The talks the agreement's own sentence tells ("held talks and witnessed the signing")."""
    for start, _ in agreement.spans:
        sentence = _sentence_span(document, start)
        told = [
            m
            for m in document.meetings
            if m.mode == "in-person" and any(sentence.contains(e) for e in m.evidence)
        ]
        if told:
            return told
    return []


def _day_of_the_deal_before(agreement: AgreementMention, document: Document) -> PartialDate | None:
    """The day stated in the sentence of the signed agreement told just before this one, with
    no talks told in between."""
    before = [
        a
        for a in document.agreements
        if a.start < agreement.start
        and a.status is AgreementStatus.SIGNED
        and _sentence_span(document, a.start) != _sentence_span(document, agreement.start)
    ]
    if not before:
        return None
    last = max(before, key=lambda a: a.start)
    if any(last.start < min(m.evidence).start < agreement.start for m in document.meetings):
        return None  # talks told in between are what the later signing followed
    return stated_day(last, document)


def _talks_day(agreement: AgreementMention, document: Document) -> PartialDate | None:
    """The day of the talks the agreement was signed at: the talks of the visit it was signed
    during when they were held on one day, else the latest talks told before it (documents
    are signed after the talks, and a report goes back in time after its lead), else the day
    of a one-day visit."""
    talks = [m for m in document.meetings if m.mode == "in-person" and _has_day(m)]
    index = signing_visit(document)
    if index is not None:
        talks = [m for m in talks if m.during_visit == index] or talks
    if len({m.date for m in talks}) == 1:
        return talks[0].date
    before = [m for m in talks if min(m.evidence).start < agreement.start]
    if before:
        year = document.filed.year if document.filed else None
        return max(
            (m.date for m in before if m.date is not None), key=lambda d: _day_order(d, year)
        )
    if index is None:
        return None
    first, last = document.visits[index].start, document.visits[index].end
    return first if first is not None and first.day is not None and last in (None, first) else None


def signing_visit(document: Document) -> int | None:
    """The index of the visit agreements are signed during: the only one told as made.

    The emitter links signed agreements to it (``dip:signedDuring``), and its talks date them.
    """
    happened = [i for i, v in enumerate(document.visits) if v.status == "happened"]
    return happened[0] if len(happened) == 1 else None


def stated_day(agreement: AgreementMention, document: Document) -> PartialDate | None:
    """The day the agreement's own sentence states, if it states one: two packages told on
    different days ("signed a package on Friday", "deals signed at a forum on Sunday") are two
    signings, which ``agreement_merging`` keeps apart."""
    stated = _stated_date(agreement, document)
    return stated if stated is not None and stated.day is not None else None


def _with_year(day: PartialDate, filed: PartialDate | None) -> PartialDate:
    """A day told without its year ("on Monday, 7 October"), in the year of the day the text
    was filed when it is not later than that day: news reports what has just happened."""
    if day.year is not None or filed is None or filed.year is None or day.month is None:
        return day
    if (day.month, day.day or 1) > (filed.month or 12, filed.day or 31):
        return day
    return PartialDate(filed.year, day.month, day.day)


def _sentence_span(document: Document, offset: int) -> TextSpan:
    """The span of the sentence holding an offset (the offset alone if none does)."""
    sentence = document.sentence_at(offset)
    return sentence.span if sentence is not None else TextSpan(offset, offset + 1)


def _one_day(date: DateMention) -> bool:
    """Whether a date mention names a single day or month, not a stretch of several."""
    return date.end is None or date.end == date.start


def _has_day(meeting: Meeting) -> bool:
    """Whether talks are dated to a day: only a day can be the day of a signing ceremony."""
    return meeting.date is not None and meeting.date.day is not None


def _day_order(day: PartialDate, year: int | None) -> tuple[int, int, int]:
    """A sort key for days of one text: a day without its year is in the year it was filed."""
    return (day.year or year or 0, day.month or 0, day.day or 0)


def _within(day: PartialDate, stated: PartialDate) -> bool:
    """Whether a day falls in a stated month: the month is the day told less precisely."""
    return (day.year in (None, stated.year) or stated.year is None) and day.month == stated.month


def _distance(span: TextSpan, start: int, end: int) -> int:
    """Characters between a date and the agreement's mention."""
    return span.start - end if span.start >= end else max(0, start - span.end)
