"""The city a story opens with, as its dateline: where a story reporting from a visit is filed.

Agencies open a story with the city they file from ("PARIS, Sept 21 (Wire) -", "Amman,
Tuesday ... (Petra) --"), after an outlet's name, a headline or a byline. A visit the story
tells as under way without naming its destination ("on the second day of a state visit") is in
that city's country, and "the Kingdom" of an agency in a kingdom is that kingdom; so are talks
of the story's days that no sentence places.
"""

from __future__ import annotations

import datetime

from dkg.loaders.document import Document, Meeting, PartialDate, PlaceMention, Visit

_OPENING_SENTENCES = 5
"""How many sentences from the top may open with the dateline's city: an outlet's name, a
service line, a headline, a byline and a kicker come before it."""
_STORY_DAYS = 7
"""How many days before or after its filing a story tells talks as its own news."""


def opening_city(document: Document) -> PlaceMention | None:
    """The city the first sentence that starts with one starts with, among the first few."""
    starts = {p.span.start: p for p in document.places if p.kind == "city"}
    for sentence in document.sentences[:_OPENING_SENTENCES]:
        city = starts.get(sentence.span.start)
        if city is not None:
            return city
    return None


def filed_from(
    meeting: Meeting,
    dateline: PlaceMention | None,
    countries: dict[str, str | None],
    filed: PartialDate | None,
    visits: list[Visit],
) -> PlaceMention | None:
    """The dateline's city for talks no sentence places ("ROME - Prime Minister X of Iceland
    held talks with Italian Prime Minister Y on Friday"): a story reports the talks of its
    own days from where they were held, once one side is of that city's country; talks of
    another month or year may have been held anywhere. A guest whose compatriot is told
    visiting there came in that delegation ("accompanied by Foreign Minister X"), which the
    corpus does not count as a visit of its own: such talks are left unplaced."""
    if dateline is None or not any(
        countries.get(k) == dateline.country for k in meeting.participants
    ):
        return None
    guests = {countries.get(k) for k in meeting.participants} - {None, dateline.country}
    if any(
        v.host_country == dateline.country
        and v.visitor not in meeting.participants
        and countries.get(v.visitor, v.visitor_country) in guests
        for v in visits
    ):
        return None
    held, today = _as_date(meeting.date, filed), _as_date(filed, filed)
    if held is None or today is None or abs((held - today).days) > _STORY_DAYS:
        return None
    return dateline


def _as_date(day: PartialDate | None, filed: PartialDate | None) -> datetime.date | None:
    """A day as a calendar date, in the filing year when it has none; None without a day."""
    if day is None or day.month is None or day.day is None:
        return None
    year = day.year if day.year is not None else filed.year if filed is not None else None
    if year is None:
        return None
    try:
        return datetime.date(year, day.month, day.day)
    except ValueError:  # "31 April": no such day, so no day to compare
        return None
