"""A consort travels with the sovereign: "The King and The Queen were received at State House".

Royal news tells the couple together, so every sentence that makes the King a visitor makes the
Queen one too. But the visit is the sovereign's; a consort who accompanies is no visitor of
their own (the gold counts spouses who only accompany as optional people, without visits). A
consort is known by the title beside the sovereign's: the Queen of a King, the Empress of an
Emperor. A reigning Queen travels without a King, so her visits stay.
"""

from __future__ import annotations

from dataclasses import replace

from dkg.loaders.document import Document, Meeting, Person, Visit
from dkg.loaders.gazetteer import fold

_CONSORT_OF = {
    "queen": "king",
    "queen consort": "king",
    "empress": "emperor",
    "crown princess": "crown prince",
    "grand duchess": "grand duke",
}
"""A consort's title -> the title of the sovereign (or heir) they are married to."""


class ConsortVisits:
    """Drops the visits of a consort to a country the sovereign visits in the same text: one
    trip, even when the consort's own programme there ("The Queen visited an orphanage") is
    told on another day."""

    name = "consort-visits"
    requires = frozenset({"people", "visits", "meetings"})
    provides = frozenset({"visits", "meetings"})

    def __call__(self, document: Document) -> Document:
        """Return the document without its consorts' visits beside the sovereign's, nor
        "talks" of the royal couple alone, nor a consort's talks beside the sovereign's."""
        titles = {p.key: _titles(p) for p in document.people}
        trips = {
            (title, v.host_country, _year(v))
            for v in document.visits
            for title in titles.get(v.visitor, ())
        }
        dropped = {
            index
            for index, v in enumerate(document.visits)
            if any(
                (_CONSORT_OF[t], v.host_country, year) in trips
                for t in titles.get(v.visitor, ())
                if t in _CONSORT_OF
                # A trip of another year is not the sovereign's: "the last royal visit was by
                # Queen Elizabeth, in 1953" in a story of King Charles's visit.
                for year in {_year(v), None}
            )
            or (_year(v) is None and _sovereign_went(v, titles, trips))
        }
        # "The King and The Queen were received by the Governor": a couple holds no talks with
        # itself; the unnamed host leaves no meeting.
        talks = [m for m in document.meetings if not _couple_only(m.participants, titles)]
        # "X welcomed the Emperor and the Empress": the Empress's welcome is the Emperor's.
        talks = [m for m in talks if not _beside_sovereign(m, talks, titles)]
        if not dropped and len(talks) == len(document.meetings):
            return document
        # Meetings point at their visit by index: renumber them past the dropped ones.
        renumbered = {
            old: new
            for new, old in enumerate(i for i in range(len(document.visits)) if i not in dropped)
        }
        meetings = tuple(
            replace(m, during_visit=renumbered.get(m.during_visit))
            if m.during_visit is not None
            else m
            for m in talks
        )
        visits = tuple(v for i, v in enumerate(document.visits) if i not in dropped)
        return replace(document, visits=visits, meetings=meetings)


def _couple_only(participants: tuple[str, ...], titles: dict[str, frozenset[str]]) -> bool:
    """Whether the participants are a sovereign and their consort and nobody else."""
    if len(participants) != 2:
        return False
    one, other = (titles.get(p, frozenset()) for p in participants)
    return any(_CONSORT_OF.get(t) in other for t in one) or any(
        _CONSORT_OF.get(t) in one for t in other
    )


def _beside_sovereign(
    meeting: Meeting, meetings: list[Meeting], titles: dict[str, frozenset[str]]
) -> bool:
    """Whether the meeting is a consort's with people the sovereign meets in the same text:
    "the President welcomed the King and the Queen" tells the King's talks, which the Queen
    attends; a consort's meeting with someone the sovereign does not meet stays."""
    for consort in meeting.participants:
        sovereigns = {_CONSORT_OF[t] for t in titles.get(consort, ()) if t in _CONSORT_OF}
        if not sovereigns:
            continue
        others = set(meeting.participants) - {consort}
        for other in meetings:
            rest = set(other.participants) - others
            if (
                other is not meeting
                and others <= set(other.participants)
                and rest
                and all(sovereigns & titles.get(p, frozenset()) for p in rest)
            ):
                return True
    return False


def _year(visit: Visit) -> int | None:
    """The year a visit began, when the text gives it."""
    return visit.start.year if visit.start is not None else None


def _sovereign_went(
    visit: Visit,
    titles: dict[str, frozenset[str]],
    trips: set[tuple[str, str, int | None]],
) -> bool:
    """Whether the sovereign of the consort who made an undated ``visit`` went to its host in
    any year: the consort's undated trip is then the sovereign's."""
    sovereigns = {_CONSORT_OF[t] for t in titles.get(visit.visitor, ()) if t in _CONSORT_OF}
    return any(title in sovereigns and host == visit.host_country for title, host, _ in trips)


def _titles(person: Person) -> frozenset[str]:
    return frozenset(fold(post.title) for post in person.posts)
