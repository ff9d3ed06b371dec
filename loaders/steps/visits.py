"""VisitExtractor: who visits which country, when, of what type, and whether it happened.

A visit is read from one sentence with a visit cue ("paid a state visit to", "arrived in ... on
an official visit", "is on a working visit to", "within the framework of his visit", "will pay a
visit", "invited ... to visit"); visit_visitors finds its visitor, visit_destinations its host,
visit_scope which dates and places are its own, visit_days its days, visit_status its type and
status, visit_invitations the trips that accepted invitations announce. Host-side and
visitor-side reports thus give the same facts. This module finds the cues and the onward legs
of a tour, and merges mentions of one visit in several sentences into one Visit with several
evidence spans.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from dkg.loaders.document import (
    Document,
    PartialDate,
    Person,
    PlaceMention,
    Status,
    TextSpan,
    Visit,
)
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView, sentence_views
from dkg.loaders.steps.cue_clauses import subject_first
from dkg.loaders.steps.earlier_stops import earlier_stops, in_earlier_stop
from dkg.loaders.steps.joined_leaders import joined_leaders
from dkg.loaders.steps.joint_visitors import joint_visitors
from dkg.loaders.steps.merging import merge_visits
from dkg.loaders.steps.numerals import small_count
from dkg.loaders.steps.repeated_visits import repeated_visits
from dkg.loaders.steps.stated_starts import told_as_start
from dkg.loaders.steps.story_arrivals import arrives_unplaced, reached_onward
from dkg.loaders.steps.unasserted import only_discussed, unasserted
from dkg.loaders.steps.visit_continuations import with_continuations
from dkg.loaders.steps.visit_datelines import opening_city
from dkg.loaders.steps.visit_days import (
    NTH_DAY,
    SAME_DAY,
    attribute_year,
    counted_days,
    day_after,
    earlier_visits,
    last_day_told,
    nearest,
    stated_days,
    with_stated_start,
)
from dkg.loaders.steps.visit_destinations import host_of
from dkg.loaders.steps.visit_invitations import (
    ACCEPTED,
    ANSWER_REACH,
    accepted_to_come,
    invited_to_attend,
)
from dkg.loaders.steps.visit_presence import present_for
from dkg.loaders.steps.visit_scope import of_this_visit
from dkg.loaders.steps.visit_status import status_of, visit_type
from dkg.loaders.steps.visit_visitors import visitors

CUE = Prefiltered(
    r"\b(?P<type>state|official|working|private|unofficial)?(?:[\s-]+(?:and\s+)?"
    r"(?:official|working|friendly|two-day|three-day|four-day|one-day|historic|first|"
    r"bilateral))*\s*visits?\b(?!\s+(?:card|visa))"
    r"|\b(?:is|are)\s+(?:due|expected)\s+in\b"
    r"|\bspen(?:t|ds?|ding)\s+(?:the\s+|an?\s+|(?:two|three|four|five|six|several|\d)\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+and\s+[A-Z][a-z]+day)?|days?|nights?|"
    r"weekend|week|hours)\s+in\b"
    r"|\breach(?:ed|es|ing)\s+(?=(?-i:[A-Z]))"  # "reached Dubai", not "reached an agreement"
    r"|\b(?:visited|visiting|arrived|arrives|arriving|landed|(?:to|will)\s+land\s+in|"
    r"touch(?:ed|es)\s+down|travel+(?:ed|ing|s)?|"
    r"will visit|to visit|is visiting|(?:came|comes|went|flew|headed|heads) to|(?:flew|flies) in\b|"
    r"(?:leaves|left|departs|departed|sets?\s+off|(?:to|will)\s+(?:leave|depart|set\s+off))\s+for|"
    r"(?:returned|returns|was\s+back|were\s+back)\s+(?:to|in)|set(?:s|ting)?\s+foot\s+in|"
    r"(?:stopp(?:ed|ing)|(?:made|makes|making)\s+an?\s+(?:[\w-]+\s+)?stop)\s+(?:over\s+)?in|"
    r"fl(?:y|ies|ying)(?:\s+on)?\s+to|fl(?:y|ies|ying|ew)\s+into|fl(?:y|ies|ying|ew)\s+(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+to|"
    r"(?:trip|tour|journey) to|(?:trip|journey)(?=\s+(?:of|by)\s)|"
    r"tak(?:e|es|ing)\s+(?:him|her|them)\s+(?:on\s+)?to|"
    r"tour of|(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:the|an?|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?delegation\s+(?:to|in|at)|(?:first|maiden)\s+(?:(?:(?:foreign|overseas|"
    r"international|official|bilateral)\s+){1,2}(?:trip|destination|stop|tour|journey)|"
    r"(?:trip|visit|tour|journey)\s+abroad))\b",
    re.IGNORECASE,
)
_UNDER_WAY = re.compile(
    r"\b(?:is|are|am)\s+(?:currently\s+)?(?:on|paying|making|visiting|in\s+[A-Z][\w\s-]{0,30}?\s+(?:on|for))\b"
    r"|\b(?:has|have)\s+(?:just\s+)?(?:arrived|landed|touched\s+down|begun|started)\b"
)
"""A visit told in the present tense ("is on a state visit", "is in Berlin for a visit") or
the present perfect of news of the day ("has arrived in Rome on an official visit")."""
_MAX_CUES = 8
_ONWARD = re.compile(
    r"\b(?:and|then|before|after that|also)\s+(?:then\s+)?(?:(?P<later>a|one|two|three|four|five|"
    r"\d)\s+days?\s+later\s+)?(?:on\s+)?(?:to|in|visit)\s+(?:the\s+)?$"
    r"|\b(?:travel+(?:ing|ed|s)?|fl(?:y|ying|ies|ew)|head(?:ing|ed|s)?|go(?:ing|es)?|went|"
    r"continu(?:e|es|ed|ing))\s+on\s+to\s+(?:the\s+)?$"
    r"|\b(?:and|then|before)\s+(?:then\s+)?(?:proceed(?:s|ing)?|head(?:s|ing)?|fl(?:y|ies|ying)|"
    r"travel+(?:s|ing)?|mov(?:e|es|ing)|go(?:es|ing)?|continu(?:e|es|ing))\s+(?:on\s+)?to\s+(?:the\s+)?$"
    r"|\btakes?\s+(?:him|her|them)\s+(?:on\s+)?to\s+(?:the\s+)?$"
    r"|\b(?:will\s+)?(?:end|ends|conclude|concludes|finish|finishes)(?:\s+(?:the|his|her|their)\s+"
    r"(?:tour|trip|journey|visit))?\s+in\s+(?:the\s+)?$"
)
_OTHER_CLAUSE = re.compile(r",\s+(?:when|where|while|whereas|as|since|because|which|who)\s")
"""Where a clause about something other than the trip starts: ", when", ", which"."""
_LISTED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
"""What joins a further country of one trip to the first: "and then to", "takes him to X and"."""


class VisitExtractor:
    """Finds visits in content sentences and merges mentions of the same visit."""

    name = "extract-visits"
    requires = frozenset({"sentences", "dates", "countries", "places", "people", "person_mentions"})
    provides = frozenset({"visits"})

    def __call__(self, document: Document) -> Document:
        """Return the document with its visits."""
        people = {p.key: p for p in document.people}
        found: list[Visit] = []
        story = opening_city(document)
        for view in sentence_views(document):
            found.extend(read_visits(view, people, document, found, story))
            found.extend(joined_leaders(view, people, found))
            found.extend(present_for(view, people, document))
            if ACCEPTED.search(document.text, view.start, view.sentence.span.end + ANSWER_REACH):
                found.extend(invited_to_attend(view, people))
                found.extend(accepted_to_come(view, people))
        merged = with_continuations(with_stated_start(merge_visits(found), document), document)
        told = {(v.visitor, v.host_country, v.start) for v in merged}
        # "the first since 2017" is the trip of November 2017 told elsewhere, not another one.
        told |= {(v.visitor, v.host_country, PartialDate(v.start.year)) for v in merged if v.start}
        found_earlier = [
            (v, restated)
            for v, restated in earlier_visits(document, merged, people)
            if (v.visitor, v.host_country, v.start) not in told
        ]
        earlier = [v for v, _ in found_earlier]
        restating = [v for v, restated in found_earlier if restated]
        # The sentence that tells an earlier visit ("since that of X in June 2000") also read
        # as a visit by X, undated or dated by the day of the visit it reports ("arrived
        # today, the first since that of X in 2000"): the visit of 2000 replaces it.
        merged = [
            v
            for v in merged
            if not any(
                (e.visitor, e.host_country) == (v.visitor, v.host_country)
                and set(v.evidence) <= set(e.evidence)
                for e in restating
            )
        ]
        merged = [_place_from_paragraph(v, document) for v in [*merged, *earlier]]
        return replace(document, visits=tuple(merged))


def read_visits(
    view: SentenceView,
    people: dict[str, Person],
    document: Document,
    told: list[Visit],
    story: PlaceMention | None = None,
) -> list[Visit]:
    """The visits a sentence reports: one per cue with a visitor and a host, plus onward legs.

    ``told`` are the visits of earlier sentences, to which an arrival at an unnamed place
    belongs ("touched down at Kotoka airport on Sunday"); ``story`` is the city the story is
    filed from (its dateline), where a visit under way without a destination takes place."""
    found: list[Visit] = []
    if not view.people:
        return found  # every visitor is a person the sentence mentions: no cue can have one
    # A real sentence holds a few cues; a run-on "sentence" of a whole page is read in part.
    for cue in itertools.islice(CUE.finditer(view.text), _MAX_CUES):
        if (
            _NEGATED.search(view.text, max(0, cue.start() - 30), cue.start())
            or _SITE.match(view.text, cue.end())
            or _GROUP_SUBJECT.search(view.text, max(0, cue.start() - 60), cue.start())
            or _awaited_without_person(view, cue)
            or unasserted(view.text, cue.start())
            or only_discussed(view.text, cue)
        ):
            continue  # "will not travel", "visited the Holocaust memorial", "tourists visiting"
        visit = _read_visit(view, cue, people, told, story)
        if (
            visit is not None
            and _LEG.match(cue.group())
            and any(
                (v.visitor, v.host_country) == (visit.visitor, visit.host_country)
                for v in [*told, *found]
            )
        ):
            continue  # "a visit that will also take him to Perth": a city of the same visit
        if (
            visit is not None
            and visit.start is None
            and visit.status == "happened"
            and _UNDER_WAY.search(view.text, max(0, cue.start() - 60), cue.end())
        ):
            # "X is on a working visit to Y": under way on the day the text was filed.
            visit = replace(visit, start=document.filed)
        if visit is not None and visit.start is None and SAME_DAY.match(view.text):
            # "In the evening, Kishida flew to Malaysia": the day the story last told.
            visit = replace(visit, start=last_day_told(document, view.start))
        if visit is not None and _RETURN.match(cue.group()) and not _told_before(visit, told):
            visit = None  # "The chancellor then returned to Berlin": home, not a second trip
        if visit is not None:
            found.append(visit)
            found.extend(_fellow_travellers(view, cue, visit, people))
            found.extend(_onward_legs(view, cue, visit))
            found.extend(repeated_visits(view, visit))  # "..., and again in June 2008"
            if visit.status == "happened":
                found.extend(earlier_stops(view, visit))
    return found


def _fellow_travellers(
    view: SentenceView, cue: re.Match[str], visit: Visit, people: dict[str, Person]
) -> list[Visit]:
    """The same trip made by the others of the visitor's joint subject ("A and B arrived in
    Adelaide"), each a visitor of their own; not one of the host country's own people."""
    fellows = [people[k] for k in joint_visitors(view, cue, visit.visitor) if k in people]
    return [
        replace(visit, visitor=p.key, visitor_country=p.country)
        for p in fellows
        if p.country != visit.host_country
    ]


_NEGATED = Prefiltered(
    r"\b(?:not|never|no longer|won't|wouldn't|didn't|doesn't|isn't)\s+(?:[a-z]+\s+)?$"
    r"|\b(?:hope[sd]?|hoping|wish(?:es|ed)?|would\s+(?:like|love)|(?:is|are|was|were)\s+"
    r"(?:keen|eager))\s+$",
    re.IGNORECASE,
)
"""A visit denied ("will not travel", "has never visited", "is not visiting") or only wished
for ("hoped to visit France later in the year"), a vague intention that is no visit."""
_GROUP_SUBJECT = re.compile(
    r"(?:\b[A-Z][a-z]+|\d[\d,.]*|\b(?:many|more|some|of|the))\s+"
    r"(?!(?:days|weeks|months|hours|years|leaders|presidents|ministers|premiers|heads|"
    r"counterparts|delegations|sides|parties)\b)[a-z]{3,}s\s+(?:who\s+(?:have\s+|had\s+)?)?$"
)
"""A group of people as the subject of the cue: "Korean tourists visiting the country",
"40,000 students visiting India", "pilgrims who visited": their travel is a count, not the
visit of anyone the sentence names ("spent two days visiting", "the two leaders travelled to"
are still visits)."""
_SITE = re.compile(
    r"\s+(?:the|a|an|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:memorial|museum|monument|"
    r"mausoleum|cemetery|grave|tomb|exhibition|factory|plant|school|university|hospital|mosque|"
    r"church|cathedral|temple|site|shrine|port|farm|campus)\b",
    re.IGNORECASE,
)
"""A place visited within a trip, which is not the trip: "visited the Holocaust memorial"."""


_RETURN = re.compile(r"\s*(?:returned|returns|was\s+back|were\s+back)\b", re.IGNORECASE)
"""A cue that tells a trip back to a place: a visit only when the text told an earlier visit
there ("paid an official visit to Japan ... He returned to Tokyo in 1999"); otherwise it is the
way home ("The chancellor then returned to Berlin")."""


def _told_before(visit: Visit, told: list[Visit]) -> bool:
    """Whether an earlier sentence told a visit by the same visitor to the same country."""
    return any((v.visitor, v.host_country) == (visit.visitor, visit.host_country) for v in told)


_ARRIVAL = re.compile(r"arriv|landed|touch", re.IGNORECASE)
_ASIDE = re.compile(r",\s+(?:who|whose)\s[^,;()]*,")
"""A relative clause set off by commas before the cue, about its subject's past: "X, who was
sworn in only in September, arrived on Wednesday" arrived on Wednesday."""
_LEG = re.compile(r"tak(?:e|es|ing)\s", re.IGNORECASE)
"""A cue that names a further leg of a tour: "a tour that also takes him to Jordan"."""
_AWAITED = re.compile(r"(?:is|are)\s+(?:due|expected)\s+in", re.IGNORECASE)
_SHARED_SUBJECT = re.compile(r"\band\s+$")


def _awaited_without_person(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether the cue is someone awaited somewhere ("is expected in Warsaw") whose subject is
    no person: "growth is expected in Poland" is no visit of the minister who said so."""
    if not _AWAITED.match(cue.group()):
        return False
    if _SHARED_SUBJECT.search(view.text, max(0, cue.start() - 8), cue.start()):
        return False  # "X left Kyiv and is expected in Warsaw"
    return not any(0 <= cue.start() - view.local(p.span)[1] <= 8 for p in view.people)


def _counted_into(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue is the visit a day is counted in: "on the second day of a state
    visit"."""
    nth = NTH_DAY.search(text, max(0, cue.start() - 60), cue.start())
    return nth is not None and len(text[nth.end() : cue.start()].split()) <= 2


def _read_visit(
    view: SentenceView,
    cue: re.Match[str],
    people: dict[str, Person],
    told: list[Visit],
    story: PlaceMention | None,
) -> Visit | None:
    text = view.text
    for visitor in subject_first(visitors(view, cue), view, cue):  # ", and B landed"
        person = people.get(visitor.person)
        if person is None:
            continue
        visitor_country = person.country
        host, place = host_of(view, cue, visitor, visitor_country, people)
        if host is not None and reached_onward(view, cue, host):
            host, place = None, None  # "landed at X airport, ... to take him on to Tanzania"
        if host is None and story is not None and _counted_into(text, cue):
            # "PARIS - ... on the second day of a state visit": a visit under way whose
            # destination goes unsaid is where the story is filed from.
            host, place = story.country, story
        if host is None and _ARRIVAL.match(cue.group()):
            # An arrival at a place the gazetteer does not know (an airport, a base) is the
            # arrival of the visit the text has been telling.
            host = next(
                (
                    v.host_country
                    for v in reversed(told)
                    if v.visitor == visitor.person and v.status == "happened"
                ),
                None,
            )
        hosts = (
            frozenset(k for k, p in people.items() if p.country == host)
            if host is not None and not place
            else None
        )
        if story is not None and arrives_unplaced(view, cue, hosts):
            host, place = story.country, story  # "PORT MORESBY - X arrived on Sunday"
        if host is not None and host != visitor_country:
            break
    else:
        return None
    asides = [a.span() for a in _ASIDE.finditer(text, 0, cue.start())]
    dates = [
        d
        for d in stated_days(view)
        if of_this_visit(text, view, cue, d.span)
        and not attribute_year(view, d)
        and not any(start <= view.local(d.span)[0] < end for start, end in asides)
    ]
    if _LEG.match(cue.group()):
        # "arrived on Monday on a tour that takes him to Jordan": the days before the cue are
        # the first leg's.
        dates = [d for d in dates if view.local(d.span)[0] >= cue.end()]
    if any(view.local(d.span)[0] >= cue.end() for d in dates):
        # A date after a later cue of the sentence is that visit's ("X's coming visit to
        # Nigeria and Y's state visit to Berlin in 2023"); only dates after this cue can be.
        later_cue = CUE.search(text, cue.end())
        until = later_cue.start() if later_cue is not None else len(text)
        # And then a date before this cue is an earlier cue's ("the visit of A to X in May
        # 2016 and the visit of B to Y in March 2021").
        since = cue.start() if CUE.search(text, 0, cue.start()) else 0
        dates = [d for d in dates if since <= view.local(d.span)[0] < until]
    # "met X on 16 January, on a visit that began the day before": the told first day wins.
    began = [d for d in dates if told_as_start(text, view.local(d.span)[0])]
    dates = began or nearest(dates, view, cue)
    start = dates[0].start if dates else None
    end = dates[0].end if dates else None
    first_day = bool(dates) and told_as_start(text, view.local(dates[0].span)[0])
    start, end = counted_days(text, start, end, first_day)
    return Visit(
        visitor=visitor.person,
        visitor_country=visitor_country,
        host_country=host,
        place=place,
        start=start,
        end=end,
        visit_type=visit_type(text, cue),
        status=status_of(text, cue),
        evidence=(view.sentence.span,),
    )


def _onward_legs(view: SentenceView, cue: re.Match[str], visit: Visit) -> list[Visit]:
    """Further countries of a tour: "... and then to Peru", "takes him to Jordan and Turkey"."""
    legs: list[Visit] = []
    seen = {visit.host_country, visit.visitor_country}
    last_end = -1
    # "visited Tehran in May 2016, when India, Iran and Afghanistan signed ...": countries
    # listed in a clause about something else are no stops of the trip ("..., where he would
    # meet X, and then to Peru" still goes on).
    other = _OTHER_CLAUSE.search(view.text, cue.end())
    until = other.start() if other is not None else len(view.text)
    # A stop is a country by name or a city abroad ("and ends the tour in Kinshasa").
    stops: list[tuple[TextSpan, str, PlaceMention | None]]
    stops = [(c.span, c.iso2, None) for c in view.countries if c.form == "name"]
    stops += [(p.span, p.country, p) for p in view.places if p.kind == "city"]
    for span, iso2, city in sorted(stops, key=lambda stop: stop[0].start):
        start, end = view.local(span)
        if start <= cue.end():
            continue
        listed = start < until and last_end >= 0 and _LISTED.fullmatch(view.text[last_end:start])
        onward_cue = _ONWARD.search(view.text[max(0, start - 40) : start])
        owner = view.text.startswith(("'s", "\u2019s"), end)  # "to Japan, Bangladesh's envoy"
        if iso2 in seen or in_earlier_stop(view, span) or owner or not (listed or onward_cue):
            # "Atlanta, Georgia": what a city of the host lists after it is its region.
            last_end = end if iso2 == visit.host_country and city is None else last_end
            continue
        last_end = end
        seen.add(iso2)
        onward: Status = "announced" if visit.status == "happened" else visit.status
        later = onward_cue["later"] if onward_cue else None
        legs.append(
            replace(
                visit,
                status=onward,
                host_country=iso2,
                place=city,
                # "flies on to Tanzania on Wednesday, and two days later to Zambia"
                start=visit.start.shifted(small_count(later))
                if later and visit.start
                else day_after(view, end),
                end=None,
                visit_type="unspecified",
            )
        )
    return legs


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


def spans_of(visits: tuple[Visit, ...]) -> set[TextSpan]:
    """Every sentence span that some visit cites."""
    return {span for visit in visits for span in visit.evidence}
