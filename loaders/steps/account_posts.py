"""A leader's own thread of posts: "Landed in Hanoi.", "Productive talks with PM X.", "Met Y."

A thread copied from a social network opens with the account ("Narendra Modi (@narendramodi)")
and prints each post's time stamp under it ("3:45 PM · Sep 3, 2024"). Its sentences have no
subject: the account holder is the one who lands, holds talks and meets, on the day of the
post's stamp. So an arrival ("Landed in", "Arrived in") is a visit by the holder to the
country of the place named, from that day until the last post before the next arrival, and
talks or a meeting "with" someone named is a meeting of the holder with them, on the day of the
post, in the place of the visit under way. The other readers need a named subject and find
none of this.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import (
    DateMention,
    Document,
    Meeting,
    PartialDate,
    Person,
    PersonMention,
    PlaceMention,
    Sentence,
    TextSpan,
    Visit,
)
from dkg.loaders.mint import person_key
from dkg.loaders.prefilter import Prefiltered

_ACCOUNT = re.compile(
    r"\A\s*(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\s*\(@\w{1,30}\)"
)
"""The account at the top of the thread: a name and the handle in parentheses."""
_STAMP = Prefiltered(
    r"^[ \t]*\d{1,2}:\d{2}[ \t]*(?:[AP]\.?M\.?)?[ \t]*[\u00b7|\u2022][^\n]*$", re.MULTILINE
)
"""A post's time stamp on a line of its own: a clock time, a middle dot, then the date."""
_ARRIVAL = re.compile(r"(?:Just\s+)?(?:Landed|Arrived|Touched\s+down)\s+(?:in|at)\s")
"""A post that opens with the holder's arrival."""
_TALKS = re.compile(
    r"(?:Also\s+)?(?:Met\b|Called\s+on\b|Spoke\s+(?:with|to)\b|(?:Had\s+|Held\s+)?"
    r"(?:[A-Z]?[a-z]+\s+){0,2}(?:talks|meeting|conversation|discussions?)\s+with\b)",
    re.IGNORECASE,
)
"""A post that opens with the holder's talks: "Met X", "Had excellent talks with X",
"Productive talks with X"."""


class AccountPosts:
    """Adds the visits and meetings of the holder of a thread's account."""

    name = "account-posts"
    requires = frozenset({"sentences", "dates", "countries", "places", "people", "person_mentions"})
    provides = frozenset({"people", "person_mentions", "visits", "meetings"})

    def __call__(self, document: Document) -> Document:
        """Return the document with the account holder's visits and meetings."""
        account = _ACCOUNT.match(document.text)
        stamps = [
            (m.start(), m.end(), date)
            for m in _STAMP.finditer(document.text)
            if (date := _date_in(document.dates, m.start(), m.end())) is not None
        ]
        if account is None or not stamps:
            return document
        holder, document = _holder(document, account)
        visits: list[Visit] = []
        meetings: list[Meeting] = []
        for sentence in document.sentences:
            if sentence.span.start < account.end() or any(
                start <= sentence.span.start < end for start, end, _ in stamps
            ):
                continue  # the account line or a stamp line: no post's words
            day = next((d for start, _, d in stamps if start >= sentence.span.end), None)
            if day is None:
                continue
            if _ARRIVAL.match(sentence.text):
                place = _place_in(document.places, sentence)
                country = place.country if place else _country_in(document, sentence)
                if country is not None:
                    visits.append(_visit(holder, country, place, day, sentence))
            elif _TALKS.match(sentence.text) and visits:
                others = _others(document.person_mentions, sentence, holder)
                if others:
                    meetings.append(_meeting((holder, *others), day, visits[-1], sentence))
            if visits and (visits[-1].end is None or visits[-1].end < day):
                visits[-1] = replace(visits[-1], end=day)
        if not visits:
            return document
        kept = [m for m in document.meetings if not _covered(m, meetings)]
        return replace(
            document,
            visits=(*document.visits, *visits),
            meetings=(*kept, *meetings),
        )


def _holder(document: Document, account: re.Match[str]) -> tuple[str, Document]:
    """The key of the account's holder, added to the people when no rule named them."""
    name = account["name"]
    key = person_key(name)
    span = TextSpan(account.start("name"), account.end("name"))
    if any(p.key == key for p in document.people):
        return key, document
    person = Person(key=key, name=name, posts=(), mentions=(span,))
    mentions = sorted((*document.person_mentions, PersonMention(span, key, "name")), key=_start)
    return key, replace(
        document, people=(person, *document.people), person_mentions=tuple(mentions)
    )


def _start(mention: PersonMention) -> TextSpan:
    return mention.span


def _date_in(dates: tuple[DateMention, ...], start: int, end: int) -> PartialDate | None:
    """The day-precision date written between two offsets."""
    return next(
        (d.start for d in dates if start <= d.span.start < end and d.start.day is not None),
        None,
    )


def _place_in(places: tuple[PlaceMention, ...], sentence: Sentence) -> PlaceMention | None:
    return next((p for p in places if sentence.span.contains(p.span)), None)


def _country_in(document: Document, sentence: Sentence) -> str | None:
    """The country a sentence names by name ("Landed in Brunei Darussalam")."""
    return next(
        (c.iso2 for c in document.countries if c.form == "name" and sentence.span.contains(c.span)),
        None,
    )


def _others(
    mentions: tuple[PersonMention, ...], sentence: Sentence, holder: str
) -> tuple[str, ...]:
    """The people a sentence names besides the holder, in text order, each once."""
    found: dict[str, None] = {}
    for mention in mentions:
        if sentence.span.contains(mention.span) and mention.person != holder:
            found.setdefault(mention.person)
    return tuple(found)


def _visit(
    holder: str, country: str, place: PlaceMention | None, day: PartialDate, sentence: Sentence
) -> Visit:
    return Visit(
        visitor=holder,
        visitor_country=None,
        host_country=country,
        place=place,
        start=day,
        end=day,
        visit_type="unspecified",
        status="happened",
        evidence=(sentence.span,),
    )


def _meeting(
    people: tuple[str, ...], day: PartialDate, visit: Visit, sentence: Sentence
) -> Meeting:
    return Meeting(
        participants=people,
        date=day,
        place=visit.place,
        mode="in-person",
        formats=("bilateral",) if len(people) == 2 else ("multilateral",),
        evidence=(sentence.span,),
    )


def _covered(meeting: Meeting, posts: list[Meeting]) -> bool:
    """Whether the other readers' meeting is one a post tells, read without its holder."""
    return any(
        meeting.date == post.date and set(meeting.participants) <= set(post.participants)
        for post in posts
    )
