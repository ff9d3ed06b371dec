"""A hand-written text read through the default pipeline, and the facts loader tests compare.

Many loader tests read a few sentences and check who visited or met whom; reading them one way
everywhere (as ``dkg ingest`` reads a ``.txt`` file, with one pipeline built once) keeps the
tests from drifting apart in how they read.
"""

from __future__ import annotations

import datetime

from dkg.loaders import default_pipeline
from dkg.loaders.document import Document
from dkg.loaders.steps.read import make_document

PIPELINE = default_pipeline()


def read(text: str, date: datetime.date | None = None) -> Document:
    """The text as a ``.txt`` file is read: a header, headline or dateline may date it, else
    ``date`` does."""
    return PIPELINE(make_document("t", "t", text, date=date))


def visits(document: Document) -> set[tuple[str, str]]:
    """Each visit as (the visitor's name, the host's ISO code)."""
    names = {p.key: p.name for p in document.people}
    return {(names[v.visitor], v.host_country) for v in document.visits}


def meetings(document: Document) -> list[list[str]]:
    """Each meeting as the sorted names of its participants, in the document's order."""
    names = {p.key: p.name for p in document.people}
    return [sorted(names[k] for k in m.participants) for m in document.meetings]


def dated_meetings(document: Document) -> list[tuple[list[str], str | None]]:
    """Each meeting as (the sorted names of its participants, its day as written)."""
    names = {p.key: p.name for p in document.people}
    return [
        (sorted(names[k] for k in m.participants), m.date.lexical if m.date else None)
        for m in document.meetings
    ]


def dated_visits(document: Document) -> set[tuple[str, str | None, str | None]]:
    """Each visit as (the visitor's name, the host's ISO code, its first day as written)."""
    names = {p.key: p.name for p in document.people}
    return {
        (names[v.visitor], v.host_country, v.start.lexical if v.start else None)
        for v in document.visits
    }


def visit_statuses(document: Document) -> set[tuple[str, str, str]]:
    """Each visit as (the visitor's name, the host's ISO code, its status: announced, happened,
    cancelled, ...)."""
    names = {p.key: p.name for p in document.people}
    return {(names[v.visitor], v.host_country, v.status) for v in document.visits}


def people_posts(document: Document) -> dict[str, set[tuple[str, str | None]]]:
    """Each person by name, with every post held as (the post's title, its country's ISO code)."""
    return {p.name: {(post.title, post.country) for post in p.posts} for p in document.people}


def company_names(document: Document) -> list[str]:
    """The companies' normalised names, in the order the text names them."""
    return [c.name for c in document.companies]


def sector_labels(document: Document) -> set[str]:
    """The labels of the areas of cooperation the document names."""
    return {s.label for s in document.sectors}
