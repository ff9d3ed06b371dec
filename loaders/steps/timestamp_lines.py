"""The date a story prints for itself on a line of its own: "March 4, 2024 9:15 AM GMT+1".

Agencies put the story's date on a line of its own between the byline and the dateline, whose
own date then often lacks the year ("PARIS, March 4 (Wire) -"). Newspapers print it in the
masthead ("DAILY NEWS | Dar es Salaam | Wednesday, 11 October 2023"), ministries above the
release or under its closing place ("New Delhi / June 22, 2024"), and news sites as an ISO
stamp ("2023-04-26 22:15", "2023.04.26"). It is the only full date such a story gives for
itself, so without it every "on Monday" and "last year" stays unresolved.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from dkg.loaders.steps.calendar_words import MONTH_NAMES
from dkg.loaders.steps.masthead_years import masthead_day
from dkg.loaders.steps.numeric_dates import numeric_day
from dkg.loaders.steps.place_date_lines import after_place, before_place
from dkg.loaders.steps.read import SENTENCE_END, WEEKDAY, month_number

_ZONE = r"(?:(?:GMT|UTC|[A-Z]{1,4}T)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})"
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?"
_STAMP = re.compile(
    r"\s*(?:(?:published|posted|(?:last\s+)?updated|broadcast|aired|released|issued|filed|dated"
    r"|(?:release|publication|issue|posting)\s+date|date\s+(?:of\s+)?(?:release|publication|issue)"
    r"|date)"
    r"(?:\s+(?:on|at))?\s*:?\s+|week\s+(?:of|beginning|commencing)\s+)?"
    rf"(?:{_CLOCK}(?:\s+{_ZONE})?,?\s+(?:on\s+)?)?"
    + WEEKDAY
    + rf"(?:(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_NAMES})\.?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<iy>\d{4})(?P<sep>[-./])(?P<im>\d{2})(?P=sep)(?P<id>\d{2})"
    r"|(?P<n1>\d{1,2})(?P<nsep>[/.-])(?P<n2>\d{1,2})(?P=nsep)(?P<ny>\d{4})"
    r"|[A-Z][a-z]+\s*\d{1,4}\s*\((?P<ey>\d{4})\)\.(?P<em>\d{1,2})\.(?P<ed>\d{1,2}))"
    rf"(?:(?:,?\s+(?:at\s+)?|\s+[-\u2013\u2014/]\s+|T)(?:{_CLOCK}|\[{_CLOCK}(?:\s+{_ZONE})?\])"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?"
    rf"(?:\s+{_ZONE}|\s*\({_ZONE}\))?"
    r"(?:\s*\((?:[A-Z][a-z]+\s+)?(?:time|local time)\))?"
    r"(?:\s+(?:[-\u2013\u2014|]\s*)?(?:Updated|Last updated)\b.*)?"
    r"(?-i:(?:,\s*|\s+)(?:\([A-Z][A-Za-z.&]{1,11}\)|[A-Z]{3,12}))?\.?\s*",
    re.IGNORECASE,
)
"""A line that is only a date (maybe after a weekday, "Published on", "Published at :", "Posted :",
"Broadcast:", "Last updated:" or a release form's "Release Date:"), maybe with a time (in square
brackets on some portals, "14.03.2019 [09:12]"), a time zone and an "Updated ..." note, the time
maybe first ("19:15 JST, May 19, 2024", "5:42 pm on 12 June 2024"). East Asian outlets write
the ISO order with dots or slashes ("2023.03.27 18:40 (Beijing time)"), others the date in
figures with the year last ("27/11/2023 21:35", "07-03-2023 14:32"; ``numeric_dates`` says
which figure is the month).
State agencies and government information services close the line with their own name
("24.08.2022, AZERTAC", "November 20th, 2024 (DPI)"): a name in capitals, or a short capitalised
one in brackets, so a date followed by the words of a sentence is still no stamp. A state
outlet that counts the years of its own era prints the Gregorian year after them in brackets
("Oriel 112 (2023).05.14."): that year, month and day are the date."""

_MASTHEAD_BAR = re.compile(r"\s+[|\u00b7\u2022]\s+")
"""The bars that separate the parts of a masthead line: name | place | date."""
_TITLE_DASH = re.compile(r"(?<!\d)\s+[\u2013\u2014-]\s+")
"""The dash before the date that closes a newsletter's or digest's title line ("The Week in Review
\u2014 6 November 2023"), or before the place and date that follow an office's name ("Government
Information Office \u2014 Suva, 4 May 2022"). Only a date after the last dash counts: "LIMA, May
3, 2024 \u2014 the ministers ..." is a dateline opening a paragraph, read elsewhere. A dash
after a number joins a range of days ("STATE VISIT TO GHANA, 10 - 13 MARCH 2024"): the days of
the event the title names, not the day of the story."""

_ISSUE_MARK = re.compile(
    r"(?:\b(?:No|Nr|Number|Issue|Edition|Vol|Volume)\.?|#)\s*\d+\s*[-\u2013\u2014,:]\s*", re.I
)
"""An issue number and the mark after it, before the date that closes a newsletter's or
bulletin's masthead ("Members' Newsletter No. 12 - 8 July 2024", "Bulletin, Issue 34, 8 July
2024"): the number is the issue's, not the first day of a range."""

_TOP_LINES = 6
"""How many short lines above the first paragraph may hold the date: kicker, masthead,
headline, standfirst, byline or office name, and the stamp itself."""

_PARAGRAPH = 160
"""A line this long is body text when it ends like a sentence: a date below it is no longer the
story's own. A long standfirst under the headline ends without its stop ("... limited himself
to a phone call")."""

_CLOSING_LINES = 3
"""How many lines at the end may hold a closing place-and-date signature ("Nicosia / June 16,
2025"), before a "Read more" link or a contact line."""


def stamp_date(line: str, story: str) -> datetime.date | None:
    """The date of a line that holds nothing but a publication stamp, or of the stamp part
    of a masthead line whose parts are divided by bars (maybe with its year in a part of its
    own); the ``story`` it heads says which figure of "01/11/2023" is the month."""
    parts = _MASTHEAD_BAR.split(line)
    for part in parts:
        match = _STAMP.fullmatch(part)
        if match is None and (dated := after_place(part)) is not None:
            match = _STAMP.fullmatch(dated)  # "Brasília, 15 April 2023"
        if match is None and (dated := before_place(part)) is not None:
            match = _STAMP.fullmatch(dated)  # "June 20, 2024, Hanoi"
        if match is None:
            match = _issue_stamp(part)  # "Members' Newsletter No. 12 - 8 July 2024"
        if match is not None:
            return _date_of(match, story)
    if len(parts) > 1:
        return masthead_day(parts)
    titled = _TITLE_DASH.split(line)
    closing = _STAMP.fullmatch(titled[-1]) if len(titled) > 1 else None
    if closing is None and len(titled) > 1 and (dated := after_place(titled[-1])) is not None:
        closing = _STAMP.fullmatch(dated)  # "Press Office \u2014 Georgetown, 3 March 2022"
    return _date_of(closing, story) if closing is not None else None


def _issue_stamp(part: str) -> re.Match[str] | None:
    """The stamp that closes ``part`` after its last issue mark ("No. 12 - 8 July 2024")."""
    marks = list(_ISSUE_MARK.finditer(part))
    return _STAMP.fullmatch(part, marks[-1].end()) if marks else None


def top_stamp_date(lines: Iterable[str], story: str) -> datetime.date | None:
    """The first stamp among the short lines above the first paragraph of ``story``."""
    for count, line in enumerate(lines):
        if count >= _TOP_LINES or (len(line) >= _PARAGRAPH and SENTENCE_END.search(line)):
            return None
        found = stamp_date(line, story)
        if found is not None:
            return found
    return None


def closing_stamp_date(text: str) -> datetime.date | None:
    """The date of a stamp among the last lines, where ministries sign a release off with
    its place and date."""
    lines = [line for line in text.rstrip().rsplit("\n", 12)[-12:] if line.strip()]
    closing = (stamp_date(line, text) for line in reversed(lines[-_CLOSING_LINES:]))
    return next((d for d in closing if d is not None), None)


def _date_of(match: re.Match[str], story: str) -> datetime.date | None:
    if match["ny"]:
        return numeric_day(int(match["n1"]), int(match["n2"]), int(match["ny"]), story)
    try:
        if match["iy"]:
            return datetime.date(int(match["iy"]), int(match["im"]), int(match["id"]))
        if match["ey"]:
            return datetime.date(int(match["ey"]), int(match["em"]), int(match["ed"]))
        month = match["m1"] or match["m2"]
        day = match["d1"] or match["d2"]
        return datetime.date(int(match["y"] or match["y2"]), month_number(month), int(day))
    except ValueError:
        return None
