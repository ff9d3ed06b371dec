"""The earlier legs a tour tells in passing: "on the second leg of a three-day African tour that
began in Ethiopia", "a regional trip that started in Chile", "the last stop of a tour that has
also taken him to Oman and Qatar", "the third stop on a tour after Peru and Chile".

The country a tour began in was visited before the stop the sentence reports, by whoever makes
the tour, so it is a visit that happened, undated unless the text says more elsewhere or writes
the day after the leg's city ("a tour that began in Abuja on 29 October"). The
onward legs of a tour ("and then to Peru") are the visit reader's; this reads the legs behind.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import cast

from dkg.loaders.document import (
    DateMention,
    Document,
    PartialDate,
    Person,
    PersonMention,
    PlaceMention,
    TextSpan,
    Visit,
    VisitType,
)
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView, sentence_views
from dkg.loaders.steps.merging import merge_visits
from dkg.loaders.steps.origin_stops import ORIGIN_CLAUSE_END
from dkg.loaders.steps.visit_status import TYPE_WORD
from dkg.loaders.steps.visit_visitors import visitors

_BEGAN_IN = Prefiltered(
    r"(?:\b(?:tour|trip|journey|swing)\s+(?:that|which)\s+(?:"
    r"(?:had\s+)?(?:began|begun|started|opened)\s+(?:on\s+\w+\s+)?in"
    r"|(?P<taken>(?:(?:began|started)\s+in\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*"
    r"(?:\s+on\s+\w+(?:\s+\w+)?)?\s+and\s+)?"
    r"(?:(?:has|had)\s+)?(?:(?:also|earlier|already|previously)\s+)?(?:taken|took)\s+"
    r"(?:(?:him|her|them)\s+|(?P<maker>(?:[A-Z]{2,3}\s+)?the\s+(?:[A-Z][\w-]*\s+){1,3}))to))"
    r"|\b(?:began|begun|started|opened)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tour|trip|journey|swing)\s+(?:on\s+\w+\s+)?in"
    r"|\b(?P<after>stop|leg)\s+(?:on|of)\s+"
    r"(?:(?:an?|the|his|her|their)\s+|(?:the\s+)?[A-Z][\w-]*['\u2019]s\s+)(?:[\w-]+\s+){0,3}?"
    r"(?:tour|trip|journey|swing|visit)"
    r"(?:\s+(?:to|of|through)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)?"
    r",?\s+(?:after|following))"
    r"\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:the\s+)?){0,4}$"
)
"""What comes before the country a tour began in, or one it has taken its maker to: "a tour that
began in Chile", "he began the tour in Laos", "started his three-nation swing in Oman", "a Gulf
tour that has also taken him to Oman and Qatar", "a tour that earlier took him to France", "a
tour that began in Vilnius on Wednesday and took him to Tallinn", "the third stop on a tour
after Peru and Chile", "the third stop of the Premier's visit to Latin America, after Peru and
Chile" (a visit of several stops is a tour); the maker may be named by a title ("a tour that
earlier took the President to Chile", "took HE the Minister to Chile") that refers to a person,
not a body ("a tour that took the Chilean Navy to Peru")."""
_LATER_STOP = re.compile(r"\b(?:second|third|fourth|fifth|final|last)\s+(?:stop|leg)\b", re.I)
"""The visit told as a later stop of the tour, so the tour began at an earlier stop abroad."""
_LISTED = re.compile(
    r"\s*(?:,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)(?=[A-Z])|\s*(?:[.;:,]|$)"
)
"""What follows a country listed after "a tour after": the next country, or the clause's end;
not a verb that makes it a clause's subject ("a tour after Peru hosted the summit")."""
_TYPED_TOUR = re.compile(
    TYPE_WORD.pattern + r"\s+(?:[\w-]+\s+)?(?:visit|tour|trip|journey)\b", re.IGNORECASE
)
"""A type word (the visits' own, "of State" left out) before the tour's noun: "working visit",
"official Asian tour"."""
_ON_DAY = re.compile(r"\s+(?:(?:earlier|later)\s+)?(?:on\s+)?")
"""Between a leg's city and its day: "began in Abuja on 29 October", "took him to Tallinn
earlier on Thursday"."""
_WHERE_CLAUSE = re.compile(r",\s+where\s+(?:he|she|they)\s+")
"""A clause after the leg telling what its maker did there, which may give the leg's day."""


class TourLegs:
    """Adds the legs behind a tour once every stop the text tells is known.

    It runs after the meetings, whose talks abroad tell stops too ("held talks in Kigali"): an
    undated leg read before them would stand in for the stop the talks tell.
    """

    name = "tour-legs"
    requires = frozenset({"sentences", "people", "person_mentions", "countries", "visits"})
    provides = frozenset({"visits"})

    def __call__(self, document: Document) -> Document:
        """Return the document with the visits to the countries its tours began in."""
        people = {p.key: p for p in document.people}
        found = [leg for view in sentence_views(document) for leg in legs_behind(view, people)]
        # "the Premier's working visit to Latin America, after Peru and Chile": the type told
        # for the whole tour is that of each of its legs, the one reported and the next too.
        typed = {leg.visitor: leg.visit_type for leg in found if leg.visit_type != "unspecified"}
        visits = tuple(
            replace(v, visit_type=typed[v.visitor])
            if v.visitor in typed
            and v.visit_type == "unspecified"
            and _current(v.start, document.filed)
            else v
            for v in document.visits
        )
        told = {(v.visitor, v.host_country) for v in visits}
        legs = [leg for leg in found if (leg.visitor, leg.host_country) not in told]
        if not legs and visits == document.visits:
            return document
        return replace(document, visits=(*visits, *merge_visits(legs)))


def legs_behind(view: SentenceView, people: dict[str, Person]) -> list[Visit]:
    """The visits to the countries a tour told in the sentence began in, by whoever the
    sentence has making the tour."""
    found: list[Visit] = []
    if not view.people or not _BEGAN_IN.may_match(view.text):
        return found  # a sentence without the words of a tour has none in any window of it
    # "a tour that began in Kenya", and "a tour that began in Abuja on 29 October", a city
    # that places the leg in its country and may be followed by its day.
    stops: list[tuple[TextSpan, str | None, PlaceMention | None]] = [
        (c.span, c.iso2, None) for c in view.countries if c.form == "name"
    ]
    stops += [(p.span, p.country, p) for p in view.places if p.kind == "city" and p.country]
    for span, iso2, place in stops:
        start, end = view.local(span)
        began = _BEGAN_IN.search(view.text, max(0, start - 160), start)
        if began is None or iso2 is None:
            continue
        if began["after"] and not _LISTED.match(view.text, end):
            continue
        if began["maker"] and not _refers_to_person(view, began.span("maker")):
            continue
        day = next(
            (d for d in view.dates if _ON_DAY.fullmatch(view.text, end, view.local(d.span)[0])),
            None,
        ) or _day_of_where_clause(view, end)
        # "the third stop of the Premier's visit", "of her tour": the tour's owner makes it.
        ranked = visitors(view, began) or _inside(view, began.span())
        person = people.get(ranked[0].person) if ranked else None
        if person is None or person.country == iso2:
            continue  # "a tour that began in Spain" by a Spaniard: the trip started at home
        if person.country is None and began["taken"] is None and not _LATER_STOP.search(view.text):
            # It may have: a tour "has taken him to" places away from home only, and one whose
            # "second stop" is this visit began at a first stop, not at home.
            continue
        found.append(
            Visit(
                visitor=person.key,
                visitor_country=person.country,
                host_country=iso2,
                place=place,
                start=day.start if day else None,
                end=None,
                visit_type=_tour_type(began.group()) if began["after"] else "unspecified",
                status="happened",
                evidence=(view.sentence.span,),
            )
        )
    return found


def _day_of_where_clause(view: SentenceView, end: int) -> DateMention | None:
    """The first day of a clause telling what the tour's maker did at the leg ending at
    ``end`` (local offset): "began the tour in Laos, where he held talks with X on Tuesday"."""
    clause = _WHERE_CLAUSE.match(view.text, end)
    if clause is None:
        return None
    close = ORIGIN_CLAUSE_END.search(view.text, clause.end())
    until = close.start() if close is not None else len(view.text)
    return next((d for d in view.dates if clause.end() <= view.local(d.span)[0] < until), None)


def _tour_type(words: str) -> VisitType:
    """The type the words of a tour give all of its legs: "the Premier's working visit"."""
    typed = _TYPED_TOUR.search(words)
    return cast(VisitType, typed[1].casefold()) if typed else "unspecified"


def _current(start: PartialDate | None, filed: PartialDate | None) -> bool:
    """Whether a visit starting at ``start`` may be a leg of a tour told in a text filed on
    ``filed``: undated, or within a month of it; not a trip the story recalls from before."""
    if start is None:
        return True
    if filed is None or None in (start.year, start.month, filed.year, filed.month):
        return False
    months = (start.year or 0) * 12 + (start.month or 0) - (filed.year or 0) * 12
    return abs(months - (filed.month or 0)) <= 1


def _inside(view: SentenceView, words: tuple[int, int]) -> list[PersonMention]:
    """The people mentioned inside ``words`` (local offsets), by name, role or pronoun."""
    return [m for m in view.people if words[0] <= view.local(m.span)[0] < words[1]]


def _refers_to_person(view: SentenceView, words: tuple[int, int]) -> bool:
    """Whether the title a tour took to a place ("took HH the Emir to") refers to someone the
    text names, so that the tour is a person's trip."""
    return bool(_inside(view, words))
