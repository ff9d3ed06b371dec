"""What flows through the pipeline: a Document and the annotations each step adds to it.

Every annotation is a frozen dataclass that carries the character span it was read from, so the
emitter can cite the exact sentence (provenance) and the same input always yields the same
graph. Steps never mutate a Document; they return a copy with more fields filled in
(``dataclasses.replace``), which keeps each step testable on hand-built inputs.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

from dkg.loaders.steps.agreements import AgreementMention
from dkg.loaders.steps.companies import CompanyMention
from dkg.loaders.steps.events import EventMention
from dkg.loaders.steps.figures import FigureMention
from dkg.loaders.steps.sector_labels import SectorMention

VisitType = Literal["state", "official", "working", "private", "unspecified"]
Status = Literal["happened", "announced", "cancelled", "postponed"]
MeetingMode = Literal["in-person", "phone", "video"]


@dataclass(frozen=True, order=True)
class TextSpan:
    """Character offsets ``[start, end)`` into the document text."""

    start: int
    end: int

    def contains(self, other: TextSpan) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


LEAP_YEAR = 2000
"""The year days without a year of their own are counted in: a leap year, so 29 February is one."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to day, month or year precision, possibly without its year.

    The RDF datatype follows from what is known (MODEL.md, "Dates"): day -> ``xsd:date``,
    month -> ``xsd:gYearMonth``, year -> ``xsd:gYear``, day and month only -> ``xsd:gMonthDay``.

    >>> PartialDate(2024, 11, 5).lexical, PartialDate(None, 11, 1).lexical
    ('2024-11-05', '--11-01')
    """

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def lexical(self) -> str:
        """The XSD lexical form, which is also the API's date string."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day or 1:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def datatype(self) -> str:
        """The local name of the XSD datatype that states this precision."""
        if self.year is None:
            return "gMonthDay"
        if self.month is None:
            return "gYear"
        return "gYearMonth" if self.day is None else "date"

    @classmethod
    def of(cls, day: datetime.date) -> PartialDate:
        """The day-precision value of a ``datetime.date``."""
        return cls(day.year, day.month, day.day)

    def shifted(self, days: int) -> PartialDate:
        """This day moved by some days ("the next day", "the third day of the visit").

        A day without a year moves within a leap year, where every day a text can name exists
        (29 February included); a date without its day stays as it is.
        """
        if self.month is None or self.day is None:
            return self
        moved = datetime.date(self.year or LEAP_YEAR, self.month, self.day)
        moved += datetime.timedelta(days=days)
        return PartialDate(moved.year if self.year is not None else None, moved.month, moved.day)


@dataclass(frozen=True)
class Sentence:
    """One sentence with its offsets; ``boilerplate`` marks bios, disclaimers and captions.

    Boilerplate sentences stay in the document (offsets must stay true) but no fact is read
    from them: they talk about other people and other days than the article does.
    """

    span: TextSpan
    text: str
    paragraph: int
    boilerplate: bool = False
    dateline: bool = False
    """The sentence is a dateline ("CAIRO, June 21 (Agency)"): where and when the text was filed."""


@dataclass(frozen=True)
class CountryMention:
    """A country named by name, alias, demonym ("Emirati") or in a compound ("Kazakh-French")."""

    span: TextSpan
    iso2: str
    form: Literal["name", "demonym"]


@dataclass(frozen=True)
class PlaceMention:
    """A city or a venue (a residence or palace, placed in its city)."""

    span: TextSpan
    kind: Literal["city", "venue"]
    name: str
    country: str
    city: str
    """The city's name; for a city mention, its own name."""
    wikidata: str | None = None


@dataclass(frozen=True)
class OrganizationMention:
    """A university, agency or international body named in the text."""

    span: TextSpan
    name: str
    kind: str
    country: str | None
    wikidata: str | None = None


@dataclass(frozen=True)
class Post:
    """An office as the text states it ("Deputy Minister of Foreign Affairs"), with its country."""

    title: str
    country: str | None


@dataclass(frozen=True)
class Person:
    """One person of the document: the fullest name given, the posts held, all mention spans."""

    key: str
    name: str
    posts: tuple[Post, ...]
    mentions: tuple[TextSpan, ...]
    country: str | None = None


@dataclass(frozen=True)
class PersonMention:
    """A span that refers to a person: a name, a surname, or a role ("the Kazakh leader")."""

    span: TextSpan
    person: str
    """The key of the Person this mention resolves to."""
    via: Literal["name", "surname", "role", "pronoun"]


@dataclass(frozen=True)
class DateMention:
    """A date expression normalised against the document date when that is known."""

    span: TextSpan
    start: PartialDate
    end: PartialDate | None = None


@dataclass(frozen=True)
class Visit:
    """One visit: visitor, host, place, dates, type and status, and the sentences that say so."""

    visitor: str
    """The visitor's Person key."""
    visitor_country: str | None
    host_country: str
    place: PlaceMention | None
    start: PartialDate | None
    end: PartialDate | None
    visit_type: VisitType
    status: Status
    evidence: tuple[TextSpan, ...]


@dataclass(frozen=True)
class Meeting:
    """Talks between people: participants (Person keys), date, place, mode and format."""

    participants: tuple[str, ...]
    date: PartialDate | None
    place: PlaceMention | None
    mode: MeetingMode
    formats: tuple[str, ...]
    evidence: tuple[TextSpan, ...]
    during_visit: int | None = None
    """Index into ``Document.visits`` of the visit the talks were part of."""


@dataclass(frozen=True)
class Document:
    """One source document and everything the pipeline has found in it so far."""

    name: str
    source: str
    text: str
    date: datetime.date | None = None
    url: str | None = None
    title: str | None = None
    sentences: tuple[Sentence, ...] = ()
    dates: tuple[DateMention, ...] = ()
    filed: PartialDate | None = None
    """The day the text was filed: its date, else the day and month its dateline gives."""
    countries: tuple[CountryMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    organizations: tuple[OrganizationMention, ...] = ()
    people: tuple[Person, ...] = ()
    person_mentions: tuple[PersonMention, ...] = ()
    visits: tuple[Visit, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    figures: tuple[FigureMention, ...] = ()
    agreements: tuple[AgreementMention, ...] = ()
    sectors: tuple[SectorMention, ...] = ()
    companies: tuple[CompanyMention, ...] = ()
    events: tuple[EventMention, ...] = ()

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset, if any."""
        for sentence in self.sentences:
            if sentence.span.start <= offset < sentence.span.end:
                return sentence
        return None
