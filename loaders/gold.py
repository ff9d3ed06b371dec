"""Gold files: the facts a careful reader takes from each document, to score extraction against.

The format (``diplomatic-gold/1``) is the one of ``../shared/corpus/GOLD-FORMAT.md`` and is
described for this project's own corpus in ``samples/README.md``. :func:`load_gold` reads and
validates a file, naming the entry and field of every mistake.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

FORMAT_PREFIX: Final = "diplomatic-gold/1"
VISIT_TYPES: Final = frozenset({"state", "official", "working", "private", "unspecified"})
# The ontology knows postponed and cancelled visits too (dipv:status); gold may use them.
VISIT_STATUSES: Final = frozenset({"happened", "announced", "postponed", "cancelled"})
FIGURE_KINDS: Final = frozenset(
    {"trade_turnover", "exports", "imports", "investment", "growth_percent", "other"}
)

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?")


class GoldFormatError(ValueError):
    """A gold file does not follow the format; the message names the entry and the field."""


@dataclass(frozen=True)
class GoldVisit:
    """A visit a careful reader takes from the text."""

    visitor: str
    visitor_country: str | None
    host_country: str
    city: str | None
    start_date: str | None
    end_date: str | None
    type: str
    status: str


@dataclass(frozen=True)
class GoldMeeting:
    """Talks between people: at least two of them (or all, if fewer) must be found."""

    participants: tuple[str, ...]
    date: str | None
    place: str | None


@dataclass(frozen=True)
class GoldPerson:
    """A person who acts in the text, with the post as stated."""

    name: str
    post: str | None
    country: str | None


@dataclass(frozen=True)
class GoldAgreement:
    """A package of documents or one named document; scored only with a count or a value."""

    count: int | None
    value_usd: float | None
    kind: str | None
    date: str | None


@dataclass(frozen=True)
class GoldFigure:
    """An economic figure: money in USD, percent as a number, counts as numbers."""

    kind: str
    value: float
    year: int | None
    text: str


@dataclass(frozen=True)
class GoldDocument:
    """Everything the gold says about one document (a file, or one record of a JSONL file)."""

    id: str
    file: str
    document_date: str | None
    visits: tuple[GoldVisit, ...] = ()
    meetings: tuple[GoldMeeting, ...] = ()
    people: tuple[GoldPerson, ...] = ()
    people_optional: tuple[str, ...] = ()
    agreements: tuple[GoldAgreement, ...] = ()
    companies: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    sectors_optional: tuple[str, ...] = ()
    events: tuple[Mapping[str, Any], ...] = ()
    organizations: tuple[str, ...] = ()
    figures: tuple[GoldFigure, ...] = ()
    distractors: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldFile:
    """A validated gold file; ``path`` locates the documents (their ``file`` is relative to it)."""

    path: Path
    documents: tuple[GoldDocument, ...]

    def document_paths(self) -> list[Path]:
        """The distinct files the gold describes, in order (a JSONL file holds several)."""
        paths = (self.path.parent / doc.file for doc in self.documents)
        return list(dict.fromkeys(paths))


class _Entry:
    """Reads one JSON object and names its place in the file in every error."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise GoldFormatError(f"{where}: expected an object, got {type(data).__name__}")
        self.data: dict[str, Any] = data
        self.where = where

    def fail(self, key: str, problem: str) -> GoldFormatError:
        return GoldFormatError(f"{self.where}.{key}: {problem}")

    def text(self, key: str) -> str | None:
        """An optional string: null stays None, but an empty string is a mistake."""
        return None if self.data.get(key) is None else self.required_text(key)

    def required_text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"{value!r}: a non-empty string is required")
        return value

    def choice(self, key: str, allowed: frozenset[str]) -> str:
        value = self.data.get(key)
        if value not in allowed:
            raise self.fail(key, f"{value!r} is not one of {', '.join(sorted(allowed))}")
        return str(value)

    def date(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            raise self.fail(key, f"{value!r} is not YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or null")
        return value

    def number(self, key: str, *, whole: bool = False) -> float | None:
        """An optional number (``whole``: an integer); null stays None."""
        if self.data.get(key) is None:
            return None
        value = self.required_number(key)
        if whole and not isinstance(self.data[key], int):
            raise self.fail(key, f"{self.data[key]!r} is not an integer")
        return value

    def required_number(self, key: str) -> float:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, f"{value!r} is not a number")
        return float(value)

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, "a list of non-empty strings is required")
        return tuple(value)

    def entries(self, key: str) -> list[_Entry]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "a list is required")
        return [_Entry(item, f"{self.where}.{key}[{i}]") for i, item in enumerate(value)]


def _read_visit(e: _Entry) -> GoldVisit:
    return GoldVisit(
        visitor=e.required_text("visitor"),
        visitor_country=e.text("visitor_country"),
        host_country=e.required_text("host_country"),
        city=e.text("city"),
        start_date=e.date("start_date"),
        end_date=e.date("end_date"),
        type=e.choice("type", VISIT_TYPES),
        status=e.choice("status", VISIT_STATUSES),
    )


def _read_meeting(e: _Entry) -> GoldMeeting:
    participants = e.strings("participants")
    if not participants:
        raise e.fail("participants", "name at least one participant")
    return GoldMeeting(participants, e.date("date"), e.text("place"))


def _read_person(e: _Entry) -> GoldPerson:
    post = e.text("post")
    if post is not None and not any(c.isalnum() for c in post):
        raise e.fail("post", f"{post!r} has no letters or digits")
    return GoldPerson(e.required_text("name"), post, e.text("country"))


def _read_agreement(e: _Entry) -> GoldAgreement:
    count = e.number("count", whole=True)
    return GoldAgreement(
        count=None if count is None else int(count),
        value_usd=e.number("value_usd"),
        kind=e.text("kind"),
        date=e.date("date"),
    )


def _read_figure(e: _Entry) -> GoldFigure:
    year = e.number("year", whole=True)
    return GoldFigure(
        kind=e.choice("kind", FIGURE_KINDS),
        value=e.required_number("value"),
        year=None if year is None else int(year),
        text=e.text("text") or "",
    )


def _read_document(e: _Entry) -> GoldDocument:
    e.where = f"{e.where} (id {e.data.get('id')!r})"
    return GoldDocument(
        id=e.required_text("id"),
        file=e.required_text("file"),
        document_date=e.date("document_date"),
        visits=tuple(_read_visit(v) for v in e.entries("visits")),
        meetings=tuple(_read_meeting(m) for m in e.entries("meetings")),
        people=tuple(_read_person(p) for p in e.entries("people")),
        people_optional=e.strings("people_optional"),
        agreements=tuple(_read_agreement(a) for a in e.entries("agreements")),
        companies=e.strings("companies"),
        sectors=e.strings("sectors"),
        sectors_optional=e.strings("sectors_optional"),
        events=tuple(ev.data for ev in e.entries("events")),
        organizations=e.strings("organizations"),
        figures=tuple(_read_figure(f) for f in e.entries("figures")),
        distractors=e.strings("distractors"),
    )


def load_gold(path: Path) -> GoldFile:
    """Read a gold file and check every entry against the format.

    Raises:
        GoldFormatError: the file is not JSON or breaks the format; the message names the
            document (index and id) and the field, e.g. ``documents[3] (id 'x').visits[0].type``.
        OSError: the file cannot be read.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise GoldFormatError(f"{path}: not valid JSON ({err})") from err
    top = _Entry(data, str(path))
    fmt = top.data.get("format")
    if not isinstance(fmt, str) or not fmt.startswith(FORMAT_PREFIX):
        raise top.fail("format", f"expected a string starting with {FORMAT_PREFIX!r}, got {fmt!r}")
    documents = tuple(_read_document(e) for e in top.entries("documents"))
    seen: set[str] = set()
    for doc in documents:
        if doc.id in seen:
            raise GoldFormatError(f"{path}: document id {doc.id!r} appears twice")
        seen.add(doc.id)
    return GoldFile(path, documents)
