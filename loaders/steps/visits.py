"""VisitExtractor: who visits which country, when, of what type, and whether it happened.

A visit is read from one sentence with a visit cue ("paid a state visit to", "arrived in ... on
an official visit", "is on a working visit to", "within the framework of his visit", "will pay a
visit", "invited ... to visit"). The host is the country or city the cue points to ("to X",
"in X"); the visitor is the person the cue is about: "the visit of X", "X's visit", the person
"received"/"welcomed" as "who is in Y on a visit", the invitee of "invited X to visit", or else
the sentence's subject. Host-side and visitor-side reports thus give the same facts. Mentions of
one visit in several sentences are merged into one Visit with several evidence spans.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from dkg.loaders.document import (
    DateMention,
    Document,
    PartialDate,
    Person,
    PersonMention,
    PlaceMention,
    Status,
    TextSpan,
    Visit,
    VisitType,
)
from dkg.loaders.steps.context import SentenceView, Spanned, sentence_views
from dkg.loaders.steps.merging import merge_visits

M = TypeVar("M", bound=Spanned)

CUE = re.compile(
    r"\b(?P<type>state|official|working|private|unofficial)?(?:[\s-]+(?:and\s+)?"
    r"(?:official|working|friendly|two-day|three-day|four-day|one-day|historic|first|"
    r"bilateral))*\s*visits?\b(?!\s+(?:card|visa))"
    r"|\b(?:is|are)\s+due\s+in\b"
    r"|\b(?:visited|visiting|arrived|arrives|arriving|landed|travel+(?:ed|ing|s)?|"
    r"will visit|to visit|is visiting|(?:came|comes|went|flew|headed) to|(?:flew|flies) in\b|"
    r"fl(?:y|ies|ying)(?:\s+on)?\s+to|"
    r"(?:trip|tour|journey) to|(?:trip|journey)(?=\s+(?:of|by)\s)|"
    r"tour of)\b",
    re.IGNORECASE,
)
_UNDER_WAY = re.compile(
    r"\b(?:is|are|am)\s+(?:currently\s+)?(?:on|paying|making|visiting|in\s+[A-Z][\w\s-]{0,30}?\s+on)\b"
    r"|\b(?:has|have)\s+(?:just\s+)?(?:arrived|landed|begun|started)\b"
)
"""A visit told in the present tense ("is on a state visit", "is in Berlin on a visit") or
the present perfect of news of the day ("has arrived in Rome on an official visit")."""
_LED_BY = re.compile(
    r"\b(?:delegation|team|mission)\b[^.;]{0,40}?\b(?:led|headed) by\s+(?:[\w.-]+\s+){0,4}$",
    re.IGNORECASE,
)
_MAX_CUES = 8
_REACH = 200
"""How many characters from a cue a date or place can be and still be the visit's."""
_CUE_WORDS = (
    "visit",
    "due in",
    "arriv",
    "landed",
    "travel",
    "came to",
    "comes to",
    "went to",
    "flew to",
    "flew in",
    "flies in",
    "fly to",
    "flies to",
    "flying ",
    "headed to",
    "trip",
    "tour",
    "journey to",
)
"""Words one of which every cue contains: a cheap test before the cue pattern runs."""
_TO_PLACE = re.compile(
    r"\b(?:to|in|into|at|visit|visits|visited|visiting)\s+(?:the\s+)?$", re.IGNORECASE
)
_VISIT_OBJECT = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:of|by)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,3}$")
_INVITED = re.compile(r"\binvit(?:ed|es|ing)\s+(?:(?:[A-Z][\w.-]*|the)\s+){0,4}$")
_HOSTED = re.compile(
    r"\b(?:invitation of|received by|welcomed by|hosted by|met by|greeted by)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,6}$",
    re.IGNORECASE,
)
_RECEIVED = re.compile(
    r"\b(?:received|receives|welcomed|welcomes|greeted|greets|hosted|hosts)\s+(?!by\b)"
    r"(?:[\w.-]+\s+){0,4}$"
)
_WHO = re.compile(
    r"(?:,\s+(?:the\s+)?[A-Z][^,;()]{0,90}?)?,?\s+who\s+"
    r"(?:is|was|has|had|arrived|came|comes|arrives|will|is\s+on)\b"
)
"""The visitor a relative clause is about, also after a post in apposition: "received X,
President of the Government of Spain, who is paying an official visit"."""
_HIS_VISIT = re.compile(r"\b(?:his|her|their)(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
_CANCELLED = re.compile(r"\b(?:cancel+(?:ed|s|ing|ation)?|called off|scrapped)\b", re.IGNORECASE)
_POSTPONED = re.compile(
    r"\b(?:postpone[ds]?|postponing|delayed|put off|rescheduled)\b", re.IGNORECASE
)
_ANNOUNCED = re.compile(
    r"\b(?:will|shall|(?:is|are) to(?!\s+(?:the\b|(?-i:[A-Z])))|is due (?:to|in)|are due in|"
    r"is expected to|"
    r"are expected to|plans? to|planned|"
    r"planning to|(?:is|was|are|were|had been) scheduled|(?:was|were|had been) due to|"
    r"(?:was|were|had been) expected to|(?:was|were) to|would have|had planned|"
    r"upcoming|forthcoming|intends to|would (?:[a-z]+\s+)?(?:visit|travel|go|meet|fly)|"
    r"invit(?:ed|ation) to)\b"
    r"|\binvited\s+(?:[\w-]+\s+){1,5}to\s+(?:pay\s+|make\s+)?(?:an?\s+)?(?:[\w-]+\s+)?visit",
    re.IGNORECASE,
)
_OTHER_EVENT = re.compile(
    r"\b(?:summit|forum|conference|meeting|ceremony|elections?|inauguration|anniversary|session|"
    r"games|olympics|expo|exhibition|festival|congress|assembly|since|after|before)\b",
    re.IGNORECASE,
)
"""Words after which a date or place is another event's: "ahead of the summit in Rio on 3 May"."""
_CLAUSE = re.compile(
    r"[;:]\s+|,\s+(?=(?:after|but|while|whereas|although|though|because|when|which|where|"
    r"the|a)\b)"
)
"""Where a clause with its own tense starts: "..., after an earlier date was postponed"."""
_CLAUSE_AFTER = re.compile(
    r"[;:]|,\s+(?=(?:the|a|an|which|that|who|where|when|after|before|but|while|as|and)\b)"
    r"|\s+(?:that|which|who)\s+"
)
"""Where the words about a visit end: "... a state visit, the second leg of a tour that ..."."""
_ONWARD = re.compile(
    r"\b(?:and|then|before|after that|also)\s+(?:then\s+)?(?:on\s+)?(?:to|in|visit)\s+(?:the\s+)?$"
    r"|\b(?:travel+(?:ing|ed|s)?|fl(?:y|ying|ies|ew)|head(?:ing|ed|s)?|go(?:ing|es)?|went|"
    r"continu(?:e|es|ed|ing))\s+on\s+to\s+(?:the\s+)?$"
    r"|\btakes?\s+(?:him|her|them)\s+(?:on\s+)?to\s+(?:the\s+)?$"
    r"|\b(?:will\s+)?(?:end|ends|conclude|concludes|finish|finishes)\s+in\s+(?:the\s+)?$"
)
_LISTED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
"""What joins a further country of one trip to the first: "and then to", "takes him to X and"."""
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DAYS = re.compile(r"\b(?P<n>\d|one|two|three|four|five|six|seven)[\s-]+days?\b", re.IGNORECASE)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_NTH_DAY = re.compile(
    r"\b(?:on\s+)?the\s+(?P<nth>second|third|fourth|fifth)\s+day\s+of\s+(?:a|an|the|his|her|"
    r"their)\b",
    re.IGNORECASE,
)
"""A day told as the n-th of a visit, which therefore began n - 1 days before."""
_CONCLUDED = re.compile(r"\b(?:concluded|wrapped up|ended|completed|rounded off)\b", re.IGNORECASE)
_HOST_IMPLIED = re.compile(r"\b(?:arrived|arrives|landed|is visiting|is on)\b", re.IGNORECASE)
_TYPE_WORD = re.compile(r"\b(state|official|working|private)\b", re.IGNORECASE)


class VisitExtractor:
    """Finds visits in content sentences and merges mentions of the same visit."""

    name = "extract-visits"
    requires = frozenset({"sentences", "dates", "countries", "places", "people", "person_mentions"})
    provides = frozenset({"visits"})

    def __call__(self, document: Document) -> Document:
        """Return the document with its visits."""
        people = {p.key: p for p in document.people}
        found: list[Visit] = []
        for view in sentence_views(document):
            found.extend(read_visits(view, people, document))
            if _ACCEPTED.search(document.text, view.start, view.sentence.span.end + _ANSWER_REACH):
                found.extend(_invited_to_attend(view, people))
        merged = _with_stated_start(merge_visits(found), document)
        told = {(v.visitor, v.host_country, v.start) for v in merged}
        earlier = [
            v
            for v in _visits_before(document, merged, people)
            if (v.visitor, v.host_country, v.start) not in told
        ]
        # The sentence that tells an earlier visit ("since that of X in June 2000") also read
        # as an undated visit by X: the dated one replaces it.
        merged = [
            v
            for v in merged
            if v.start is not None
            or not any(
                (e.visitor, e.host_country) == (v.visitor, v.host_country)
                and set(v.evidence) <= set(e.evidence)
                for e in earlier
            )
        ]
        merged = [_place_from_paragraph(v, document) for v in [*merged, *earlier]]
        return replace(document, visits=tuple(merged))


_VISIT_BEGAN = re.compile(
    r"\b[Tt]he\s+(?:(?:state|official|working|[\w-]+-day)\s+)?visit\s+"
    r"(?:began|started|opened|got under way)\b"
)
"""The start of the visit the document is about, stated as such: "The state visit began
yesterday, when ..."."""


def _with_stated_start(visits: list[Visit], document: Document) -> list[Visit]:
    """Give the one visit under way the day "the visit began" when a sentence states it."""
    happened = [i for i, v in enumerate(visits) if v.status == "happened"]
    if len(happened) != 1:
        return visits
    index = happened[0]
    for view in sentence_views(document):
        began = _VISIT_BEGAN.search(view.text)
        if began is None:
            continue
        days = [d for d in view.dates if d.start.day is not None]
        if days:
            visit = visits[index]
            start = nearest(days, view, began)[0].start
            evidence = tuple(sorted({*visit.evidence, view.sentence.span}))
            visits = [*visits]
            visits[index] = replace(visit, start=start, evidence=evidence)
            break
    return visits


_FIRST_SINCE = re.compile(
    r"\bfirst\b[^.;]{0,80}?\bsince\s+(?:that\s+of\s+(?P<who>[^,.;]{1,60}?)\s+in\s+)?",
    re.IGNORECASE,
)
"""A visit that is someone's "first to Egypt since 2018" (or "since that of X in June 2000")
tells of an earlier visit on that date."""
_GENERIC_VISITOR = re.compile(r"\b(?:by|of)\s+an?\b", re.IGNORECASE)
_GENERIC_HOST = re.compile(r"\b(?:to|visit)\s+an?\s+(?:[\w-]+\s+)?(?:country|nation|state)\b")
_TRIP_WORD = re.compile(r"\b(?:visit|trip)s?\b", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}\b")


def _visits_before(
    document: Document, visits: list[Visit], people: dict[str, Person]
) -> list[Visit]:
    """The earlier visits that "the first visit since ..." implies: same host, by the same
    visitor or by the one named in "since that of X"."""
    found: list[Visit] = []
    for view in sentence_views(document):
        since = _FIRST_SINCE.search(view.text)
        if since is None or not _TRIP_WORD.search(view.text):
            continue
        if _GENERIC_VISITOR.search(since.group()) and not since["who"]:
            continue  # "the first visit by a Canadian prime minister since 2016": who is unsaid
        if _GENERIC_HOST.search(since.group()):
            continue  # "the first leader to visit a country at war since 1945": no host named
        at = view.start + since.end()
        dated = next((d.start for d in view.dates if d.span.start == at), None)
        year = _BARE_YEAR.match(view.text, since.end())
        when = dated or (PartialDate(int(year.group())) if year else None)
        if when is None:
            continue
        hosts = {c.iso2 for c in view.countries}
        told = next(
            (v for v in visits if not hosts or v.host_country in hosts),
            None,
        )
        if told is None:
            continue
        visitor, visitor_country = told.visitor, told.visitor_country
        if since["who"]:
            named = [m.person for m in view.people if since.start("who") <= view.local(m.span)[0]]
            if not named:
                continue
            visitor = named[0]
            visitor_country = people[visitor].country if visitor in people else None
        found.append(
            Visit(
                visitor=visitor,
                visitor_country=visitor_country,
                host_country=told.host_country,
                place=None,
                start=when,
                end=None,
                visit_type="unspecified",
                status="happened",
                evidence=(view.sentence.span,),
            )
        )
    return found


def read_visits(view: SentenceView, people: dict[str, Person], document: Document) -> list[Visit]:
    """The visits a sentence reports: one per cue with a visitor and a host, plus onward legs."""
    found: list[Visit] = []
    lowered = view.text.lower()
    if not any(word in lowered for word in _CUE_WORDS):
        return found
    # A real sentence holds a few cues; a run-on "sentence" of a whole page is read in part.
    for cue in itertools.islice(CUE.finditer(view.text), _MAX_CUES):
        if _NEGATED.search(view.text, max(0, cue.start() - 30), cue.start()) or _SITE.match(
            view.text, cue.end()
        ):
            continue  # "will not travel", "visited the Holocaust memorial"
        visit = _read_visit(view, cue, people)
        if (
            visit is not None
            and visit.start is None
            and visit.status == "happened"
            and _UNDER_WAY.search(view.text, max(0, cue.start() - 60), cue.end())
        ):
            # "X is on a working visit to Y": under way on the day the text was filed.
            visit = replace(visit, start=document.filed)
        if visit is not None and visit.start is None and _SAME_DAY.match(view.text):
            # "In the evening, Kishida flew to Malaysia": the day the story last told.
            visit = replace(visit, start=_last_day_told(document, view.start))
        if visit is not None:
            found.append(visit)
            found.extend(_onward_legs(view, cue, visit))
    return found


_TRIP_NOUN = re.compile(r"\b(?:visit|trip|journey)", re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(?:not|never|no longer|won't|wouldn't|didn't|doesn't|isn't)\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
"""A visit denied: "will not travel", "has never visited", "is not visiting"."""
_SITE = re.compile(
    r"\s+(?:the|a|an|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:memorial|museum|monument|"
    r"mausoleum|cemetery|grave|tomb|exhibition|factory|plant|school|university|hospital|mosque|"
    r"church|cathedral|temple|site|shrine|port|farm|campus)\b",
    re.IGNORECASE,
)
"""A place visited within a trip, which is not the trip: "visited the Holocaust memorial"."""
_SAME_DAY = re.compile(
    r"(?:In|During|That|Later that|Later in the|On the same) ?(?:the )?"
    r"(?:morning|afternoon|evening|night|day)\b|The same day\b|Later that day\b",
    re.IGNORECASE,
)
"""A sentence that opens on a time of the day the story is telling ("In the evening, ...")."""
_TOLD_REACH = 600


def _last_day_told(document: Document, before: int) -> PartialDate | None:
    """The last day named in the text shortly before an offset."""
    days = [
        d.start
        for d in document.dates
        if d.start.day is not None and before - _TOLD_REACH <= d.span.end <= before
    ]
    return days[-1] if days else None


_ACCEPTED = re.compile(r"\baccept(?:ed|s|ing)?\b", re.IGNORECASE)
_ANSWER_REACH = 250
"""How far after an invitation its acceptance is told: the same or the next sentence. An
invitation nobody accepted is no trip yet."""
_INVITATION = re.compile(r"\binvit(?:ed|es|ing)\s+", re.IGNORECASE)
_TO_ATTEND = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"
    r"\s+to\s+(?:(?:attend|join|take part in|participate in)\s+|the\s+|(?=[A-Z]))",
)
"""After the invitee ("the President of Uzbekistan"): "to attend the G7 summit in Hiroshima",
"to Abuja for the session", "to the summit in Seoul"."""


def _invited_to_attend(view: SentenceView, people: dict[str, Person]) -> list[Visit]:
    """ "A invited B to attend the summit in Hiroshima", "invited B to Abuja": B's announced
    visit to the country of the place named (an invitation "to visit" is read by the cues)."""
    text = view.text
    invitation = _INVITATION.search(text)
    if invitation is None:
        return []
    invitee = next(
        (
            m
            for m in view.people
            if 0 <= view.local(m.span)[0] - invitation.end() <= 40
            and _TO_ATTEND.match(text, view.local(m.span)[1])
        ),
        None,
    )
    if invitee is None or invitee.person not in people:
        return []
    after = view.local(invitee.span)[1]
    where = [
        (view.local(p.span)[0], p.country, p)
        for p in view.places
        if 0 <= view.local(p.span)[0] - after <= 120
    ] + [
        (view.local(c.span)[0], c.iso2, None)
        for c in view.countries
        if 0 <= view.local(c.span)[0] - after <= 120
        and c.form == "name"
        and _TO_PLACE.search(text[max(0, view.local(c.span)[0] - 12) : view.local(c.span)[0]])
    ]
    visitor_country = people[invitee.person].country
    where = sorted(w for w in where if w[1] != visitor_country)
    if not where:
        return []
    start, host, place = where[0]
    dates = [d for d in view.dates if view.local(d.span)[0] > start]
    return [
        Visit(
            visitor=invitee.person,
            visitor_country=visitor_country,
            host_country=host,
            place=place,
            start=dates[0].start if dates else None,
            end=None,
            visit_type="unspecified",
            status="announced",
            evidence=(view.sentence.span,),
        )
    ]


def _read_visit(view: SentenceView, cue: re.Match[str], people: dict[str, Person]) -> Visit | None:
    text = view.text
    for visitor in _visitors(view, cue):
        person = people.get(visitor.person)
        if person is None:
            continue
        visitor_country = person.country
        host, place = _host(view, cue, visitor, visitor_country, people)
        if host is not None and host != visitor_country:
            break
    else:
        return None
    dates = nearest(
        [d for d in stated_days(view) if _of_this_visit(text, view, cue, d.span)], view, cue
    )
    start = dates[0].start if dates else None
    end = dates[0].end if dates else None
    nth = _NTH_DAY.search(text)
    if start is not None and nth is not None:
        # "on Saturday, the second day of her visit": the visit began the day before.
        start = _shifted(start, 1 - _ORDINALS[nth["nth"].casefold()])
    length = _DAYS.search(text)
    if start is not None and end is None and length:
        count = length["n"].casefold()
        days = int(count) if count.isdigit() else _NUMBERS[count]
        if _CONCLUDED.search(text):
            # "concluded today a two-day visit": the day given is the last one.
            start, end = _shifted(start, 1 - days), start
        elif days > 1:
            end = _shifted(start, days - 1)
    return Visit(
        visitor=visitor.person,
        visitor_country=visitor_country,
        host_country=host,
        place=place,
        start=start,
        end=end,
        visit_type=_visit_type(text),
        status=_status(text, cue),
        evidence=(view.sentence.span,),
    )


def _onward_legs(view: SentenceView, cue: re.Match[str], visit: Visit) -> list[Visit]:
    """Further countries of a tour: "... and then to Peru", "takes him to Jordan and Turkey"."""
    legs: list[Visit] = []
    seen = {visit.host_country, visit.visitor_country}
    last_end = -1
    for country in view.countries:
        start, end = view.local(country.span)
        if start <= cue.end() or country.form != "name":
            continue
        listed = last_end >= 0 and _LISTED.fullmatch(view.text[last_end:start])
        if country.iso2 in seen or not (
            listed or _ONWARD.search(view.text[max(0, start - 24) : start])
        ):
            last_end = end if country.iso2 == visit.host_country else last_end
            continue
        last_end = end
        seen.add(country.iso2)
        onward: Status = "announced" if visit.status == "happened" else visit.status
        legs.append(
            replace(
                visit,
                status=onward,
                host_country=country.iso2,
                place=None,
                start=None,
                end=None,
                visit_type="unspecified",
            )
        )
    return legs


def _of_this_visit(text: str, view: SentenceView, cue: re.Match[str], span: TextSpan) -> bool:
    """False for a date or place that belongs to another event named after the cue, or that
    lies too far from the cue to be about it, or that dates a decision about the visit.

    An event the trip is made for shares its date: "will travel to Berlin for the
    conference on Nov. 20"."""
    start, end = view.local(span)
    if _DECIDED.search(text, max(0, start - 40), start):
        return False  # "was called off on Thursday": the day of the decision
    if start < cue.start():
        return cue.start() - end <= _REACH
    if start - cue.end() > _REACH:
        return False
    other = _OTHER_EVENT.search(text, cue.end(), start)
    return other is None or _FOR_EVENT.match(text, cue.end(), other.start()) is not None


_EVENT_VENUE = re.compile(
    r"\b(?:summit|forum|conference|congress|games|olympics|expo|exhibition|festival)\s+"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A place that is where an event was held, not where the visit goes: "flying in from the
BRICS summit in Johannesburg"."""
_DECIDED = re.compile(
    r"\b(?:called off|cancel+ed|postponed|announced|confirmed|decided|said|told)\s+"
    r"(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
"""Words before a date that is when the visit was decided or reported, not its day."""
_FOR_EVENT = re.compile(
    r"(?:\s+to\s+[A-Z][\w\s'-]{0,40}?)?\s+for\s+(?:the|an?|its|his|her|their)\s+(?:[^,;.]{0,60}\s)?$"
)
"""The trip's purpose between the cue and the event: "to Santiago for the APEC leaders'"."""


def _shifted(day: PartialDate, days: int) -> PartialDate:
    """A day moved by some days; a day without a year moves within a leap-free year."""
    if day.month is None or day.day is None:
        return day
    moved = datetime.date(day.year or 2001, day.month, day.day) + datetime.timedelta(days=days)
    return PartialDate(moved.year if day.year is not None else None, moved.month, moved.day)


_WEEKDAY_ONLY = re.compile(
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+$", re.IGNORECASE
)


def stated_days(view: SentenceView) -> list[DateMention]:
    """The sentence's dates without a weekday that the full date after it restates: in
    "on Monday, 26 November" the day is 26 November even when "Monday" was read apart."""
    starts = {view.local(d.span)[0] for d in view.dates}
    kept = []
    for date in view.dates:
        start, end = view.local(date.span)
        if end + 2 in starts and _WEEKDAY_ONLY.fullmatch(view.text, start, end + 2):
            continue
        kept.append(date)
    return kept


def nearest(mentions: Sequence[M], view: SentenceView, cue: re.Match[str]) -> list[M]:
    """Mentions ordered by closeness to a cue; on a tie, the one after it ("visited X on 3 May")."""

    def distance(mention: M) -> int:
        start, end = view.local(mention.span)
        return start - cue.end() if start >= cue.start() else cue.start() - end + 1

    return sorted(mentions, key=distance)


def _place_from_paragraph(visit: Visit, document: Document) -> Visit:
    """A visit without a place takes a venue or city of the host named in its paragraph."""
    if visit.place is not None or visit.status != "happened":
        return visit
    first = document.sentence_at(visit.evidence[0].start)
    if first is None:
        return visit
    paragraph = [s.span for s in document.sentences if s.paragraph == first.paragraph]
    for place in document.places:
        if place.country == visit.host_country and any(p.contains(place.span) for p in paragraph):
            return replace(visit, place=place)
    return visit


def _visit_type(text: str) -> VisitType:
    match = None
    for candidate in _TYPE_WORD.finditer(text):
        following = text[candidate.end() : candidate.end() + 30]
        if re.match(r"[\s-]+(?:(?:and\s+)?[\w-]+\s+){0,2}?visit", following, re.IGNORECASE):
            match = candidate
            if re.match(r"\s+visit", following, re.IGNORECASE):
                break
    if match is None:
        return "unspecified"
    word = match.group(1).casefold()
    if word == "state":
        return "state"
    if word == "official":
        return "official"
    return "working" if word == "working" else "private"


_AFTER_RELATIVE = re.compile(
    r",\s+(?:which|that)\b[^,;.]{0,80},\s+(?P<predicate>(?:has|had|was|were|is|have)\s[^,;.]{0,60})"
)
"""The predicate of a visit named as a subject, after a relative clause about it."""


def _status(text: str, cue: re.Match[str]) -> Status:
    """The status the clause of the cue gives ("..., after an earlier date was postponed")."""
    starts = [m.end() for m in _CLAUSE.finditer(text, 0, cue.start())]
    end = _CLAUSE_AFTER.search(text, cue.end())
    main = _AFTER_RELATIVE.match(text, end.start()) if end else None
    text = text[starts[-1] if starts else 0 : end.start() if end else len(text)]
    if main is not None:
        text += " " + main["predicate"]  # "X's visit, which had been planned, was postponed"
    if _CANCELLED.search(text):
        return "cancelled"
    if _POSTPONED.search(text):
        return "postponed"
    return "announced" if _ANNOUNCED.search(text) else "happened"


def _before(pattern: re.Pattern[str], text: str, at: int) -> bool:
    """Whether a pattern anchored with ``$`` ends right at ``at``, within a clause's reach."""
    return pattern.search(text, max(0, at - 120), at) is not None


def _visitors(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """Who the visit may be about, most likely first, by the phrasing rules in order."""
    text = view.text
    ranked: list[PersonMention] = []
    after = text[cue.end() :]
    of = _VISIT_OBJECT.match(after)
    if of is not None and _TRIP_NOUN.search(cue.group()):
        at = view.start + cue.end() + of.end()
        ranked += [m for m in view.people if at <= m.span.start <= at + 60]  # "visit of X"
    # "a delegation led by X": the one who leads it makes the visit.
    ranked += [m for m in view.people if _before(_LED_BY, text, view.local(m.span)[0])]
    before_cue = [m for m in view.people if view.local(m.span)[1] <= cue.start()]
    for mention in before_cue:
        start, end = view.local(mention.span)
        if _POSSESSIVE.match(text[end : cue.start()]) or _INVITED.search(
            text, max(0, start - 80), start
        ):
            ranked.append(mention)  # "X's visit", "invited X to visit"
    ranked += [m for m in reversed(before_cue) if _WHO.match(text, view.local(m.span)[1])]
    if not _HIS_VISIT.search(text[max(0, cue.start() - 30) : cue.start()]):
        # "A received/welcomed X ... visit"
        ranked += [m for m in view.people if _before(_RECEIVED, text, view.local(m.span)[0])]
    ranked += [m for m in before_cue if not _before(_HOSTED, text, view.local(m.span)[0])]
    if _HIS_VISIT.search(text[max(0, cue.start() - 30) : cue.start()]):
        # "During his visit to Baku, X ...": the subject comes after the cue.
        ranked += [m for m in view.people if not _before(_HOSTED, text, view.local(m.span)[0])]
    first: dict[str, PersonMention] = {}
    for mention in ranked:
        first.setdefault(mention.person, mention)
    return list(first.values())


def _host(
    view: SentenceView,
    cue: re.Match[str],
    visitor: PersonMention,
    visitor_country: str | None,
    people: dict[str, Person],
) -> tuple[str | None, PlaceMention | None]:
    """The host country (and place) the cue points to, else the host person's country."""
    text = view.text
    targets: list[tuple[int, str, PlaceMention | None]] = []
    for country in view.countries:
        start, _ = view.local(country.span)
        if (
            country.form == "name"
            and _TO_PLACE.search(text[max(0, start - 12) : start])
            and _of_this_visit(text, view, cue, country.span)
        ):
            targets.append((start, country.iso2, None))
    for place in view.places:
        start, _ = view.local(place.span)
        if (
            _TO_PLACE.search(text[max(0, start - 12) : start])
            and not _EVENT_VENUE.search(text, max(0, start - 40), start)
            and _of_this_visit(text, view, cue, place.span)
        ):
            targets.append((start, place.country, place))
    targets = [t for t in targets if t[1] != visitor_country]
    if not targets:
        # A dateline or venue in the sentence ("ASTANA - ... arrived in the country").
        targets = [
            (view.local(p.span)[0], p.country, p)
            for p in view.places
            if p.country != visitor_country
        ]
        targets = (
            targets if len({t[1] for t in targets}) == 1 and _HOST_IMPLIED.search(text) else []
        )
    if targets:
        after = [t for t in targets if t[0] >= cue.start()]
        chosen = min(after or targets, key=lambda t: abs(t[0] - cue.end()))
        chosen_place = chosen[2] or next(
            (p for _, c, p in targets if p is not None and c == chosen[1]), None
        )
        if chosen_place is None:
            chosen_place = next((p for p in view.places if p.country == chosen[1]), None)
        return chosen[1], chosen_place
    for mention in view.people:
        person = people.get(mention.person)
        if (
            mention.person != visitor.person
            and person
            and person.country not in (None, visitor_country)
        ):
            return person.country, None
    return None, None


def spans_of(visits: tuple[Visit, ...]) -> set[TextSpan]:
    """Every sentence span that some visit cites."""
    return {span for visit in visits for span in visit.evidence}
