"""A visitor told as being abroad in apposition: "Shoukry, in Washington for two days of talks,
said ...", "Starmer, in Rio for the summit that opened on Monday, met Xi"; or as speaking
there on a trip ("X said on Tuesday in Warsaw, where she was meeting Y"); or as having been
there on a day: "the Chilean president had been in Lima in May 2019".

No visit cue is written, but a named official who is in a foreign place for some purpose has
travelled there: the visit happened, on the day its clause gives, else on the day the story
last told (news tells the opening day first), else on the day the story was filed. One who
"was" or "had been" in a foreign place is told to have travelled there only with the day
written right after the place: "had been in Lima" alone may be a posting or a stay.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document, PartialDate, Person, PlaceMention, Visit
from dkg.loaders.steps.calendar_words import WEEKDAY_NAME
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.visit_days import last_day_told

_IN = re.compile(r",\s+(?:who\s+is\s+|now\s+|already\s+|also\s+)?in\s+(?:the\s+)?")
"""Between the visitor and the place: "X, in", "X, who is in", "X, now in", "X, also in"."""
_FOR = re.compile(
    r"\s+(?:for\s+|since\s+(?=(?:last\s+)?" + WEEKDAY_NAME + r"\b|yesterday\b"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]|[A-Z][a-z]+\s+\d{1,2}\b))"
)
"""After the place: the purpose that makes the stay a trip ("in Rio for the summit"), or the
day the stay began ("X, also in Maputo since Wednesday, met Y"), which dates the visit. A year
or a month there ("the envoy, in Lima since 2019") tells a posting, not a trip."""
_IS_IN = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})?"
    r"\s+(?:is|are|was|were)\s+(?:now\s+|already\s+|also\s+)?in\s+(?:the\s+)?"
)
"""Between the visitor and the place as a verb tells it: "X is in", "X of Chile was in"."""
_FOR_GATHERING = re.compile(
    r"\s+for\s+(?:[^,;:.]|\.(?!\s)){0,60}?\b(?:summit|talks|meetings?|conference|forum|"
    r"assembly|session|ceremony|inauguration|swearing-in|funeral|celebrations?|"
    r"commemorations?|negotiations|consultations|dialogue|congress|visit)\b",
    re.IGNORECASE,
)
"""After the place a verb put the visitor in, a gathering they came for ("was in Samarkand
for the EU-Central Asia summit"): "was in Lima for three years" may be a posting, not a
trip, so a bare purpose is not enough here."""
_SAID_IN = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})?"
    r"\s+(?:said|says|told\s+[\w-]+|stressed|added|announced|declared)"
    r"(?:\s+on\s+[A-Z][a-z]+day)?\s+in\s+(?:the\s+)?"
)
"""Between a speaker and the place the words were said in: "X said on Tuesday in"."""
_WHERE_DOING = re.compile(
    r",\s+where\s+(?:he|she|they)\s+(?:was|were|is|are)\s+(?:meeting|attending|visiting|"
    r"holding|taking\s+part|on\s+an?\s)"
)
"""After the place a speaker was in, what brought them there: ", where she was meeting"; a
place words were merely said in may be the speaker's posting or a video link."""
_CLAUSE_END = re.compile(r"[,;:]\s|\.(?:\s|$)")
_NAME_OF_COUNTRY = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})?"
"""The country after a name: "President X of Finland"."""
_BEEN = re.compile(
    _NAME_OF_COUNTRY
    # a second subject who shares the verb: "A of Finland and Prime Minister B were last in"
    + r"(?:\s+and\s+(?:[A-Z][\w'\u2019.-]*\s+){1,6}?[A-Z][\w'\u2019.-]*"
    + _NAME_OF_COUNTRY
    + r")?"
    r"\s+(?:(?:had|have)\s+(?:already\s+|also\s+|last\s+)?been|(?:was|were)\s+"
    r"(?:already\s+|also\s+|last\s+)?)\s*"
    r"(?:(?:the\s+)?(?:(?:chief|main|special)\s+guests?(?:\s+of\s+honou?r)?|guests?\s+of\s+honou?r)"
    r"\s+(?:at|of)\s+(?:the\s+)?[^,;:.]{1,60}?\s+)?in\s+(?:the\s+)?"
)
"""Between a person and a place they were in: "X had been in", "X was last in", "X of
Finland and Y were last in", or the guest of an event held there: "X was chief guest at the
Diaspora Day in Indore"."""
_ALSO_IN = re.compile(r"\s+and\s+(?:in\s+)?(?:the\s+)?")
"""Between two places of one stay: "had been in Lusaka and Ndola in March"."""
_OPENER = re.compile(r"\s*(?:(?:In|On|Back\s+in)\s+)?")
"""What may stand before a day that opens a sentence: "In March 2023, X had been in"."""
_TITLES = re.compile(r",?\s+(?:(?:the|[A-Z][\w'\u2019.-]*)\s+){0,6}")
"""Between an opening day and the name: the name's titles only ("In 2019, Prime Minister X")."""
_ON_DAY = re.compile(r"\s+(?:in|on)\s+")
"""Between the place and its day: "in Lima in May 2019", "in Lima on 3 May"."""


_Target = tuple[int, int, str, PlaceMention | None]
"""A place the sentence names: its local start and end, its country, the city if it is one."""


def present_for(view: SentenceView, people: dict[str, Person], document: Document) -> list[Visit]:
    """The visits of people the sentence places abroad "in X for ..." ("is in X for the
    summit", or speaking "in X, where she was meeting ..."), one per person."""
    found: list[Visit] = []
    targets = _targets(view)
    for mention in view.people:
        person = people.get(mention.person)
        if person is None or person.country is None:
            continue
        after = view.local(mention.span)[1]
        opening = _IN.match(view.text, after)
        purpose = _FOR
        if opening is None:
            opening, purpose = _IS_IN.match(view.text, after), _FOR_GATHERING
        if opening is None:
            opening, purpose = _SAID_IN.match(view.text, after), _WHERE_DOING
        if opening is None:
            continue
        target = next((t for t in targets if t[0] == opening.end()), None)
        if target is None or target[2] == person.country:
            continue
        if purpose.match(view.text, target[1]) is None:
            continue
        # "said on Tuesday in Warsaw, where": the day of the saying, before the place
        told_from = opening.start() if purpose is _WHERE_DOING else target[1]
        found.append(_visit(view, person, target, _day(view, document, told_from)))
    return found


def _targets(view: SentenceView) -> list[_Target]:
    """The countries and places the sentence names, where a visitor may be."""
    targets: list[_Target] = [
        (*view.local(c.span), c.iso2, None) for c in view.countries if c.form == "name"
    ]
    return targets + [(*view.local(p.span), p.country, p) for p in view.places]


def _visit(view: SentenceView, person: Person, target: _Target, start: PartialDate | None) -> Visit:
    """The visit that happened of ``person`` to the place ``target``, told by the sentence."""
    return Visit(
        visitor=person.key,
        visitor_country=person.country,
        host_country=target[2],
        place=target[3],
        start=start,
        end=None,
        visit_type="unspecified",
        status="happened",
        evidence=(view.sentence.span,),
    )


def _day(view: SentenceView, document: Document, after: int) -> PartialDate | None:
    """The first date of the clause after the place, else the day last told, else the day
    the story was filed."""
    end = _CLAUSE_END.search(view.text, after)
    until = end.start() if end is not None else len(view.text)
    dates = [d for d in view.dates if after <= view.local(d.span)[0] < until]
    if dates:
        return dates[0].start
    return last_day_told(document, view.start) or document.filed


def been_in(view: SentenceView, people: dict[str, Person]) -> list[Visit]:
    """The visits of people the sentence says "had been" or "was" in a foreign place on a day
    written right after it ("had been in Algiers in November 2021", also after further places
    of the stay) or opening the sentence ("In May 2019 X had been in Algiers"), one per
    person."""
    found: list[Visit] = []
    for mention in view.people:
        person = people.get(mention.person)
        if person is None or person.country is None:
            continue
        opening = _BEEN.match(view.text, view.local(mention.span)[1])
        if opening is None:
            continue
        target = next((t for t in _targets(view) if t[0] == opening.end()), None)
        if target is None or target[2] == person.country:
            continue
        # the day after the last of the places named together: "in Lusaka and Ndola in May"
        end = target[1]
        while (also := _ALSO_IN.match(view.text, end)) and (
            following := next((t for t in _targets(view) if t[0] == also.end()), None)
        ):
            end = following[1]
        day = _ON_DAY.match(view.text, end)
        # A month alone is read with its "in" ("in March"), a dated month without it.
        date = next(
            (
                d
                for d in view.dates
                if day is not None and view.local(d.span)[0] in (day.start() + 1, day.end())
            ),
            None,
        )
        # or the day the sentence opens with: "In March 2023 X had been in Lusaka"
        date = date or next(
            (
                d
                for d in view.dates
                if _OPENER.fullmatch(view.text, 0, view.local(d.span)[0])
                and _TITLES.fullmatch(view.text, view.local(d.span)[1], view.local(mention.span)[0])
            ),
            None,
        )
        if date is None:
            continue
        found.append(_visit(view, person, target, date.start))
    return found
