"""Reading source files into Documents: plain text, Markdown, JSON Lines and HTML.

The document date comes, in this order, from a header line (`` date 2025-05-07``, maybe with a
time of day), the JSONL record's ``date``, the caller's ``default_date`` (the ``--date``
option), or a dateline that carries a year ("ASTANA, Nov 2, 2024 (Kazinform) -"). Otherwise it
is unknown: the clock is never consulted, so relative dates stay unresolved rather than wrong.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from pathlib import Path

from dkg.loaders.document import Document
from dkg.loaders.graph import DocumentError
from dkg.loaders.steps.calendar_words import MONTH_NAMES
from dkg.loaders.steps.foreign_datelines import foreign_dateline_date
from dkg.loaders.steps.numeric_datelines import numeric_dateline_date

TEXT_SUFFIXES = frozenset({".txt", ".md"})
MARKDOWN_SUFFIXES = frozenset({".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
"""File name extensions read as text documents (RDF files are the CLI's business)."""

HEADER = re.compile(
    r"\A\s*date:?\s+(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|UTC|[+-]\d{2}:?\d{2}))?)?[ \t]*\n?",
    re.IGNORECASE,
)
"""A leading `` date YYYY-MM-DD [hh:mm[:ss]]`` header; the body may follow on the same line."""

_MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
WEEKDAY = (
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?),?\s+)?"
)
"""A weekday before a date, as in "Jerusalem, Tuesday, 6 February 2024.-" or "Tue June 4, 2024"
(compile it case-insensitive)."""
_HIJRI_FIRST = (
    r"(?:\d{1,2}\s+[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,2}\s+\d{4}\s*(?:AH|A\.H\.|H)"
    r",?\s+corresponding\s+to\s+)?"
)
"""A Hijri date that Arab agencies print before the Gregorian one it corresponds to: "Amman,
Tuesday 22 Dhu al-Qadah 1443 AH, corresponding to 21 June 2022 (Petra) --"."""
DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Za-z\u00C0-\u017F' ./-]{1,40}?)"
    r"(?:\s*\((?-i:[A-Z])[^)\n]{1,30}\))?[,.]\s+"  # "Ouagadougou (Burkina Faso), March 9"
    r"(?:(?-i:[A-Z][\w'.-]*(?:\s+(?:(?:and|the|of)\s+)*[A-Z][\w'.-]*){0,4}),\s+)?"
    + WEEKDAY
    + _HIJRI_FIRST
    + rf"(?:(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|/)"
    rf"(?P<y1>\d{{4}})(?!\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_NAMES})\.?,?\s+(?P<y2>\d{{4}}))"
    # what closes a dateline: an agency's name, a dash, a stop or colon, the line's end or the
    # story's first word; not "October 1, 2021, talks resumed" nor "(see below)"
    r"(?=\s*(?:\((?-i:[A-Z])[^)\n]{0,40}\)|,\s*(?-i:[A-Z]{2,})\b)?\s*"
    r"(?:[-\u2013\u2014:.]|$|(?-i:[A-Z])))",
    re.IGNORECASE | re.MULTILINE,
)
"""A dateline with a full date, e.g. "ASTANA, Nov 2, 2024 (Kazinform) -", "ABU DHABI, 14th
January, 2025 (WAM) --", maybe after a weekday or a Hijri date; some agencies slash the year
onto the day ("Nov 2/2024 (Agency)"). A story filed from two capitals joins them with a slash
("Riga/Vilnius, 14 November 2023"), and one filed from a small country's capital names the
country after it ("CASTRIES, SAINT LUCIA, Monday, 4 March 2024 (Agency) --"; "ST. GEORGE'S,
GRENADA, ...")."""


def month_number(name: str) -> int:
    """The month number of an English month name or its three-letter abbreviation."""
    return _MONTH_ABBREVIATIONS.index(name[:3].casefold()) + 1


def header_date(text: str) -> tuple[datetime.date | None, int]:
    """The date of a leading date header and the offset where the body starts after it."""
    match = HEADER.match(text)
    if match is None:
        return None, 0
    try:
        day = datetime.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None, 0
    return day, match.end()


def dateline_date(text: str) -> datetime.date | None:
    """The date of a dateline at the top of the text, only when it carries a year."""
    match = DATELINE.match(text)
    if match is None:
        # "Quito, 4 de marzo de 2024 -", "Tripoli, 28.01.2023 (Agency) -"
        return foreign_dateline_date(text) or numeric_dateline_date(text)
    month = match["m1"] or match["m2"]
    day = match["d1"] or match["d2"]
    year = match["y1"] or match["y2"]
    try:
        return datetime.date(int(year), month_number(month), int(day))
    except ValueError:
        return None


_STANDFIRST = 120
"""A line this long above a byline is a standfirst, not a headline."""
_BYLINE = re.compile(
    r"\s*By\s+[A-Z][\w.'\u2019-]*(?:(?:,?\s+and|,)?\s+[A-Z][\w.'\u2019-]*){0,8}\s*$"
    r"|\s*By\s+(?:our|a|an)\s+[A-Za-z-]+(?:\s+[A-Za-z-]+){0,4}\s*$"
    r"|\s*[\[(][^\])\n]{1,80}[\])]\s*$"
)
"""A byline line ("By Kwame Mensah", "By Ana Ruiz and Li Wei", an unnamed "By our
correspondent in Dakar", "By a Staff Reporter") or an editor's note in brackets ("[Translated
from Portuguese]", "(Unofficial translation)") between the headline and the dateline: neither
is a headline, so the dateline under them is still among the top lines."""


_DATELINE_LINES = 3
"""How many lines from the top may hold the dateline: an outlet's or office's name and a
headline come before it."""
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
"""The end of a line of text that ends like a sentence: the story's own text has begun."""


def above_text(line: str, number: int) -> bool:
    """Whether ``line``, the story's ``number``-th line (from 0), is printed above its text:
    one of the first few that does not end like a sentence (an outlet's name, a masthead, a
    headline)."""
    return number < _DATELINE_LINES and not SENTENCE_END.search(line)


def heading_lines(lines: list[str]) -> list[str]:
    """The non-blank lines above the story without its bylines, nor a feature's standfirst:
    the long line right above a byline sums the story up before it begins."""
    return [
        line
        for i, line in enumerate(lines)
        if not _BYLINE.match(line)
        and not (len(line) >= _STANDFIRST and i + 1 < len(lines) and _BYLINE.match(lines[i + 1]))
    ]


def _heading(lines: list[str]) -> list[str]:
    """The top lines up to the first that ends like a sentence: a dateline below the story's
    first paragraph dates a later report, not the story."""
    heading: list[str] = []
    for line in lines[:_DATELINE_LINES]:
        heading.append(line)
        if SENTENCE_END.search(line):
            break
    return heading


def make_document(
    name: str,
    source: str,
    text: str,
    *,
    date: datetime.date | None = None,
    default_date: datetime.date | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Document:
    """A Document whose date is the first known of header, record, default and dateline.

    Raises:
        DocumentError: the text holds nothing but whitespace and a header, or the date given
            by its header, record or default is outside ``PUBLICATION_YEARS``.
    """
    found, body = header_date(text)
    if not text[body:].strip():
        raise DocumentError(source, "the document has no text; give it a body to extract from")
    given = found or date or default_date
    problem = publication_date_error(given) if given else None
    if problem:
        raise DocumentError(source, f"{problem}; correct its date header, record or --date")
    # The dateline opens the text, or follows a headline and maybe an outlet's name above it
    # (blank lines and a byline between).
    top = heading_lines([line for line in text[body:].split("\n", 12)[:12] if line.strip()])
    from dkg.loaders.steps.record_titles import record_title_date
    from dkg.loaders.steps.timestamp_lines import closing_stamp_date, top_stamp_date

    dated = next((d for d in map(dateline_date, _heading(top)) if d is not None), None)
    # A stamp line above the first paragraph ("May 2, 2024 6:10 PM GMT+2" under a byline, a
    # masthead's date) dates the story too, and so does a release's closing place and date.
    dated = dated or top_stamp_date(top, text[body:]) or closing_stamp_date(text[body:])
    dated = dated or record_title_date(top)  # "Regular Press Conference on June 16, 2023"
    if dated and publication_date_error(dated):
        dated = None  # "Paris, Jan. 1, 0001 -": a slip in the text, not a date to count from
    chosen = given or dated
    return Document(name=name, source=source, text=text, date=chosen, url=url, title=title)


def read_documents(
    path: Path, *, default_date: datetime.date | None = None
) -> Iterator[Document | DocumentError]:
    """Yield the documents of one file, or a DocumentError for each one that cannot be read.

    A ``.txt``/``.md`` file is one document named by its stem (a ``.txt`` file marked up in
    Markdown reads as Markdown); a ``.jsonl`` file gives one per line (a bad line yields an
    error naming ``path:line`` and the other lines still come); an ``.html`` page gives its
    main text.
    """
    from dkg.loaders.source import read_text
    from dkg.loaders.steps.markdown_text import looks_like_markdown, markdown_text
    from dkg.loaders.steps.web_pages import page_document

    suffix = path.suffix.casefold()
    if suffix not in SUFFIXES:
        yield DocumentError(
            str(path),
            f"cannot read {suffix or 'extension-less'} files as text; use one of "
            f"{', '.join(sorted(SUFFIXES))}",
        )
        return
    try:
        text = read_text(path)
    except DocumentError as error:
        yield error
        return
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_documents(path, text, default_date)
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield page_document(path, text, default_date)
        elif suffix in MARKDOWN_SUFFIXES or looks_like_markdown(text):
            yield make_document(
                path.stem, str(path), markdown_text(text), default_date=default_date
            )
        else:
            yield make_document(path.stem, str(path), text, default_date=default_date)
    except DocumentError as error:
        yield error


def _jsonl_documents(
    path: Path, text: str, default_date: datetime.date | None
) -> Iterator[Document | DocumentError]:
    from dkg.loaders.steps.markdown_text import looks_like_markdown, markdown_text

    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield DocumentError(where, f"not valid JSON ({error.msg}); write one object a line")
            continue
        if not isinstance(record, dict):
            yield DocumentError(where, 'expected a JSON object {"id": ..., "text": ...}')
            continue
        name, body = record.get("id"), record.get("text")
        if not isinstance(name, str | int) or not str(name).strip():
            yield DocumentError(where, 'the line has no "id"; give each document an id')
            continue
        if not isinstance(body, str):
            yield DocumentError(where, 'the line has no "text" string; give the article text')
            continue
        raw_date = record.get("date")
        date = iso_date(raw_date) if isinstance(raw_date, str) else None
        if raw_date is not None and date is None:
            yield DocumentError(where, f'"date" {raw_date!r} is not a date like 2024-11-05')
            continue
        url, title = record.get("url"), record.get("title")
        if looks_like_markdown(body):
            body = markdown_text(body)  # a scraper's record of a Markdown page
        try:
            yield make_document(
                str(name),
                f"{path}#{name}",
                body,
                date=date,
                default_date=default_date,
                url=url if isinstance(url, str) else None,
                title=title if isinstance(title, str) else None,
            )
        except DocumentError as error:
            yield DocumentError(where, error.message)


PUBLICATION_YEARS = range(1000, 9000)
"""The years a document's date may name. "last year" or "in two weeks" are counted from that
date, and a day near year 1 or 9999 (a typing slip) leaves Python's calendar on the way."""


def publication_date_error(day: datetime.date) -> str | None:
    """Why ``day`` cannot be a document's date, or None when it can."""
    if day.year in PUBLICATION_YEARS:
        return None
    first, last = PUBLICATION_YEARS[0], PUBLICATION_YEARS[-1]
    return f"the date {day.isoformat()} is outside the years {first}-{last} documents are dated in"


def iso_date(value: str) -> datetime.date | None:
    """The day of an ISO 8601 date or date-time string, or None when it is not one."""
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
