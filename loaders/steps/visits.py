"""VisitExtractor: who visits which country, when, of what type, and whether it happened.

A visit is read from one sentence with a visit cue ("paid a state visit to", "arrived in ... on
an official visit", "is on a working visit to", "within the framework of his visit", "will pay a
visit", "invited ... to visit"): visit_cues finds the cues and dismisses those that tell no
one's visit, visit_visitors finds its visitor, visit_destinations its host, visit_scope which
dates and places are its own, visit_cue_days its days, visit_status its type and status,
visit_onward_legs the further countries of a tour, visit_invitations the trips that accepted
invitations announce. Host-side and visitor-side reports thus give the same facts. This module
puts those together: a visitor with a host for each cue, a host implied by the story's dateline
or an earlier arrival, and one Visit with several evidence spans for the mentions of one visit
in several sentences.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from dkg.loaders.document import (
    Document,
    PartialDate,
    Person,
    PersonMention,
    PlaceMention,
    TextSpan,
    Visit,
)
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.background_visits import background_visits
from dkg.loaders.steps.called_off_gatherings import with_called_off_meetings
from dkg.loaders.steps.called_off_stops import called_off_stops
from dkg.loaders.steps.context import SentenceView, sentence_views
from dkg.loaders.steps.cue_clauses import subject_first
from dkg.loaders.steps.date_headings import heading_day
from dkg.loaders.steps.earlier_stops import earlier_stops
from dkg.loaders.steps.home_returns import returns_home_to
from dkg.loaders.steps.inauguration_visits import attended_inaugurations
from dkg.loaders.steps.invitations_accepted_after import accepted_after_invitation
from dkg.loaders.steps.joined_leaders import joined_leaders
from dkg.loaders.steps.joint_visitors import group_members, joint_visitors, listed_visitors
from dkg.loaders.steps.last_visitors import last_visits
from dkg.loaders.steps.merging import merge_visits
from dkg.loaders.steps.ordinal_visits import with_ordinal_earlier
from dkg.loaders.steps.origin_stops import origin_stop
from dkg.loaders.steps.previous_holder_visits import previous_holder_visits
from dkg.loaders.steps.regional_hosts import described_host
from dkg.loaders.steps.repeated_visits import joined_at, repeated_visits, returned_to
from dkg.loaders.steps.story_arrivals import arrives_unplaced, met_where_filed, reached_onward
from dkg.loaders.steps.story_cities import with_story_cities
from dkg.loaders.steps.summit_attendance import attended_summits
from dkg.loaders.steps.told_visit_references import told_visitors_only
from dkg.loaders.steps.touring_hosts import hosts_of
from dkg.loaders.steps.travel_companions import travelling_with
from dkg.loaders.steps.trip_leg_visitors import tells_a_leg, trip_leg_traveller
from dkg.loaders.steps.visit_continuations import with_continuations
from dkg.loaders.steps.visit_convenience import left_to_convenience
from dkg.loaders.steps.visit_cue_days import cue_days
from dkg.loaders.steps.visit_cues import (
    CUE,
    LEG,
    called_off,
    dismissed,
    may_be_home_bound,
    restates_the_visit_before,
)
from dkg.loaders.steps.visit_datelines import opening_city
from dkg.loaders.steps.visit_days import (
    NTH_DAY,
    SAME_DAY,
    earlier_visits,
    last_day_told,
    with_stated_start,
)
from dkg.loaders.steps.visit_destinations import host_of
from dkg.loaders.steps.visit_ends import with_stated_end
from dkg.loaders.steps.visit_eves import eve_of_told_visit
from dkg.loaders.steps.visit_fates import with_later_fates
from dkg.loaders.steps.visit_invitations import (
    ACCEPTED,
    ANSWER_REACH,
    accepted_near,
    accepted_to_come,
    invited_to_attend,
    unanswered,
)
from dkg.loaders.steps.visit_maker_kinds import made_by_country, maker_country
from dkg.loaders.steps.visit_onward_legs import onward_legs
from dkg.loaders.steps.visit_presence import been_in, present_for
from dkg.loaders.steps.visit_reversals import without_reversed
from dkg.loaders.steps.visit_status import as_of_filing, status_of, visit_type
from dkg.loaders.steps.visit_visitors import visiting_guests, visitors

_UNDER_WAY = SkipAheadPattern(
    r"\b(?:is|are|am)\s+(?:currently\s+)?(?:on|paying|making|visiting|in\s+[A-Z][\w\s-]{0,30}?\s+(?:on|for))\b"
    r"|\b(?:has|have)\s+(?:just\s+)?(?:arrived|landed|touched\s+down|begun|started)\b"
)
"""A visit told in the present tense ("is on a state visit", "is in Berlin for a visit") or
the present perfect of news of the day ("has arrived in Rome on an official visit")."""
_MAX_CUES = 8


class VisitExtractor:
    """Finds visits in content sentences and merges mentions of the same visit."""

    name = "extract-visits"
    requires = frozenset({"sentences", "dates", "countries", "places", "people", "person_mentions"})
    provides = frozenset({"visits"})

    def __call__(self, document: Document) -> Document:
        """Return the document with its visits."""
        people = {p.key: p for p in document.people}
        found: list[Visit] = []
        apart: list[Visit] = []  # "visited Rabat in May, before returning on May 30"
        story = opening_city(document)
        # An accepted invitation is rare: most texts need no sentence searched for one.
        may_accept = ACCEPTED.may_match(document.text)
        for view in sentence_views(document):
            found.extend(read_visits(view, people, document, found, story, apart))
            found.extend(background_visits(view, found))  # "It follows his visit to X"
            # "The previous visit by a Dutch Prime Minister to Japan ..., when Prime Minister X"
            found.extend(previous_holder_visits(view, people))
            found.extend(joined_leaders(view, people, found))
            found.extend(present_for(view, people, document))
            found.extend(been_in(view, people))
            found.extend(attended_inaugurations(view, people))  # "attended X's inauguration"
            # "A planned stop in Manila on June 3 was cancelled": a stop of the tour told
            found.extend(called_off_stops(view, people, found))
            if may_accept and accepted_near(
                document.text, view.start, view.sentence.span.end + ANSWER_REACH
            ):
                found.extend(invited_to_attend(view, people))
                found.extend(accepted_to_come(view, people))
                # "X, who invited his host to Accra. President Y accepted the invitation."
                found.extend(accepted_after_invitation(view, people, document))
        found = [
            as_of_filing(v, document.text[v.evidence[0].start : v.evidence[0].end], document.filed)
            for v in found
        ]
        merged = without_reversed(merge_visits(found, apart), document)
        merged = with_continuations(with_stated_start(merged, document), document)
        merged = with_later_fates(with_stated_end(merged, document), document)
        merged = with_called_off_meetings(merged, document)  # "postponed the meeting in X"
        told = {(v.visitor, v.host_country, v.start) for v in merged}
        # "the first since 2017" is the trip of November 2017 told elsewhere, not another one.
        told |= {(v.visitor, v.host_country, PartialDate(v.start.year)) for v in merged if v.start}
        found_earlier = [
            (v, restated)
            for v, restated in earlier_visits(document, merged, people)
            if (v.visitor, v.host_country, v.start) not in told
        ]
        earlier = [v for v, _ in found_earlier]
        # "X was the last to make the trip, in 1981": the visit before the one told.
        earlier += [
            v
            for v in last_visits(document, merged, people)
            if (v.visitor, v.host_country, v.start) not in told
        ]
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
        merged = with_story_cities(merged, document)  # "In Paris the President will ..."
        return replace(document, visits=tuple(merged))


def read_visits(
    view: SentenceView,
    people: dict[str, Person],
    document: Document,
    told: list[Visit],
    story: PlaceMention | None = None,
    apart: list[Visit] | None = None,
) -> list[Visit]:
    """The visits a sentence reports: one per cue with a visitor and a host, plus onward legs.

    ``told`` are the visits of earlier sentences, to which an arrival at an unnamed place
    belongs ("touched down at Kotoka airport on Sunday"); ``story`` is the city the story is
    filed from (its dateline), where a visit under way without a destination takes place.
    The further trips the sentence dates apart from its first ("before returning on May 30")
    are also added to ``apart``, for the merging to keep them apart."""
    found: list[Visit] = []
    ahead: list[Visit] = []
    if not view.people and not (told and tells_a_leg(view.text)):
        # every visitor is a person the sentence mentions, or the maker of the trip of which
        # it tells a leg: no cue can have one
        return found
    # A real sentence holds a few cues; a run-on "sentence" of a whole page is read in part.
    # The one after the last read is found too: each cue's days end where the next cue starts.
    cues = list(itertools.islice(CUE.finditer(view.text), _MAX_CUES + 1))
    for cue, later in zip(cues[:_MAX_CUES], [*cues[1:], None], strict=False):
        if dismissed(view, cue):
            # "will not travel to Caracas for the summit on May 3": a trip called off
            if called_off(view, cue):
                cancelled = _read_visit(view, cue, later, people, told, story, document)
                found.extend([replace(cancelled, status="cancelled")] if cancelled else [])
            continue  # "will not travel", "visited the Holocaust memorial", "tourists visiting"
        if left_to_convenience(view, cue, document):
            continue  # "invited X to visit Chile at a convenient time": no trip planned yet
        if unanswered(view, cue, document):
            continue  # "A invited B to visit Quito": an offer nobody took up yet
        if found and restates_the_visit_before(view, cue):
            continue  # "paid a visit to Paris, his first trip to Europe": told already
        if eve_of_told_visit(view, cue, told):
            continue  # "On the eve of his visit, X spoke with Y": the trip told already
        visit = _read_visit(view, cue, later, people, told, story, document)
        if visit is None and (traveller := trip_leg_traveller(view, cue, told)) is not None:
            # "The final leg of the trip is a state visit to Brasilia": the trip's maker
            visit = _read_visit(view, cue, later, people, told, story, document, [traveller])
        if (
            visit is not None
            and LEG.match(cue.group())
            and any(
                (v.visitor, v.host_country) == (visit.visitor, visit.host_country)
                for v in [*told, *found]
            )
        ):
            # "a visit that will also take him to Perth": a city of the same visit; but "a tour,
            # which will also take him to A, B and C" still lists the stops after A
            legs = onward_legs(view, cue, visit)
            found.extend(legs)
            ahead.extend(legs)
            continue
        if (
            visit is not None
            and visit.start is None
            and visit.status == "happened"
            and _UNDER_WAY.search(view.text, max(0, cue.start() - 60), cue.end())
        ):
            # "X is on a working visit to Y": under way on the day the text was filed, or
            # on the day a live blog's heading above it names ("SATURDAY, DECEMBER 21").
            visit = replace(visit, start=heading_day(document, view.start) or document.filed)
        if visit is not None and visit.start is None and SAME_DAY.match(view.text):
            # "In the evening, Kishida flew to Malaysia": the day the story last told.
            visit = replace(visit, start=last_day_told(document, view.start))
        if visit is not None and _RETURN.match(cue.group()) and not _told_before(visit, told):
            visit = None  # "The chancellor then returned to Berlin": home, not a second trip
        if visit is not None:
            # "the second visit of X to Chile, after the one she made in May 2019"
            visit, *earlier = with_ordinal_earlier(view, cue, visit)
            found.append(visit)
            found.extend(earlier)
            repeats = repeated_visits(view, cue, visit)  # "..., and again in June 2008"
            back = joined_at(view, repeats)  # "before returning on May 30, accompanied by X"
            fellows = _fellow_travellers(view, cue, visit, people, back)
            if any(v.visitor_country is None for v in fellows):
                # "the President and the King travelled together to X": the host goes along
                hosts = hosts_of(document, visit.visitor)
                fellows = [v for v in fellows if v.visitor not in hosts]
            found.extend(fellows)
            legs = onward_legs(view, cue, visit)
            found.extend(legs)
            ahead.extend(legs)
            for repeat, end, returning in repeats:
                again = [repeat, *(_companions(view, end, repeat, people) if returning else [])]
                found.extend(again)
                if apart is not None:
                    apart.extend(again)
            if visit.status == "happened":
                found.extend(earlier_stops(view, visit))
                found.extend(origin_stop(view, cue, visit))  # "arrived from X, where he met"
    found.extend(attended_summits(view, people))  # "the summit in X was attended by A and B"
    if not ahead:
        return found  # no further stop told in a list: no stop read twice, whatever the tense
    return _one_reading_of_each_leg(found, ahead, _UNDER_WAY.search(view.text) is not None)


def _one_reading_of_each_leg(
    found: list[Visit], ahead: list[Visit], under_way: bool
) -> list[Visit]:
    """The visits with one reading of a further stop that both the first cue's list and a cue
    of its own tell. A report of a trip made ("spent a day in Port Vila before flying on to
    Papua New Guinea") made that stop too, as the stop's own verb says; a trip under way ("is
    on a visit to Vietnam and then flying to Laos") has it still ahead, as the list says."""
    legs = [v for v in found if any(v is leg for leg in ahead)]
    read = [v for v in found if not any(v is leg for leg in ahead)]
    doubled = {(v.visitor, v.host_country) for v in legs} & {
        (v.visitor, v.host_country) for v in read
    }
    dropped = read if under_way else legs
    return [
        v
        for v in found
        if (v.visitor, v.host_country) not in doubled or not any(v is d for d in dropped)
    ]


def _fellow_travellers(
    view: SentenceView,
    cue: re.Match[str],
    visit: Visit,
    people: dict[str, Person],
    before: int | None = None,
) -> list[Visit]:
    """The same trip made by the others of the visitor's joint subject ("A and B arrived in
    Adelaide") or of the list a plural "who" clause is about ("received A and B, who are on a
    visit"), each a visitor of their own; not one of the host country's own people. Companions
    named from ``before`` on travelled on a later trip the clause tells ("before returning on
    May 30, accompanied by X")."""
    joint = joint_visitors(view, cue, visit.visitor) or listed_visitors(view, cue, visit.visitor)
    joint = joint or group_members(view, cue, visit.visitor)  # "the presidents of A and B"
    joint = [*joint, *travelling_with(view, cue.end(), visit, people, before)]  # "with X"
    fellows = [people[k] for k in joint if k in people]
    return [
        replace(visit, visitor=p.key, visitor_country=p.country)
        for p in fellows
        if p.country != visit.host_country
    ]


def _companions(
    view: SentenceView, after: int, visit: Visit, people: dict[str, Person]
) -> list[Visit]:
    """The trip ``visit`` made by the companions the clause names from ``after`` on."""
    return [
        replace(visit, visitor=k, visitor_country=people[k].country)
        for k in travelling_with(view, after, visit, people)
    ]


_RETURN = re.compile(r"\s*(?:return(?:ed|s)?|was\s+back|were\s+back)\b", re.IGNORECASE)
"""A cue that tells a trip back to a place: a visit only when the text told an earlier visit
there ("paid an official visit to Japan ... He returned to Tokyo in 1999"); otherwise it is the
way home ("The chancellor then returned to Berlin")."""


def _told_before(visit: Visit, told: list[Visit]) -> bool:
    """Whether an earlier sentence told a visit by the same visitor to the same country."""
    return any((v.visitor, v.host_country) == (visit.visitor, visit.host_country) for v in told)


_ARRIVAL = re.compile(r"arriv|landed|touch", re.IGNORECASE)


def _counted_into(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue is the visit a day is counted in: "on the second day of a state
    visit"."""
    nth = NTH_DAY.search(text, max(0, cue.start() - 60), cue.start())
    return nth is not None and len(text[nth.end() : cue.start()].split()) <= 2


def _read_visit(
    view: SentenceView,
    cue: re.Match[str],
    later_cue: re.Match[str] | None,
    people: dict[str, Person],
    told: list[Visit],
    story: PlaceMention | None,
    document: Document,
    stand_in: list[PersonMention] | None = None,
) -> Visit | None:
    """The visit a cue tells, by the first of its candidate visitors that has a host abroad;
    ``stand_in`` replaces the candidates the sentence names (the maker of the trip a leg of
    which the sentence tells)."""
    text = view.text
    ranked = stand_in or subject_first(visitors(view, cue), view, cue)  # ", and B landed"
    made_by = maker_country(view, cue)
    if made_by is not None:
        ranked = made_by_country(ranked, people, made_by)  # "the first visit by a Kenyan leader"
    ranked = told_visitors_only(view, cue, ranked, told)  # "prepare for the visit"
    for visitor in ranked:
        person = people.get(visitor.person)
        if person is None:
            continue
        visitor_country = person.country
        host, place = host_of(view, cue, visitor, visitor_country, people)
        if host is None:
            # "a visit to the Gulf state": the one Gulf state the story has named so far.
            named = [c for c in document.countries if c.span.start < view.sentence.span.end]
            host = described_host(text, cue.end(), named, visitor_country)
        if host is not None and reached_onward(view, cue, host):
            host, place = None, None  # "landed at X airport, ... to take him on to Tanzania"
        if host is None and story is not None and _counted_into(text, cue):
            # "PARIS - ... on the second day of a state visit": a visit under way whose
            # destination goes unsaid is where the story is filed from.
            host, place = story.country, story
        if host is None and story is not None and visitor in visiting_guests(view, cue):
            host, place = story.country, story  # "ROSEAU - X received the visiting minister Y"
        being_told = None
        if host is None and _ARRIVAL.match(cue.group()):
            # An arrival at a place the gazetteer does not know (an airport, a base) is the
            # arrival of the visit the text has been telling.
            host = being_told = _visit_being_told(told, visitor.person)
        if host is None:
            host = returned_to(view, cue, told, visitor.person)  # "She returned in 1979"
        hosts = (
            frozenset(k for k, p in people.items() if p.country == host)
            if host is not None and not place
            else None
        )
        if story is not None and being_told is None and arrives_unplaced(view, cue, hosts):
            # "PORT MORESBY - X arrived on Sunday"; not "ASUNCION - ... an official visit to
            # Israel. The President arrived at Ben Gurion airport", the trip told before.
            host, place = story.country, story
        elif (
            story is not None
            and hosts is not None
            and host not in (None, visitor_country)
            and met_where_filed(view, cue, host, story.country)
        ):
            host, place = story.country, story  # "HARARE - X arrived and met Malawi's leader"
        if host is not None and returns_home_to(view, host):
            continue  # "returned home to Port Said, concluding the visit": the visitor's home
        if host is not None and host != visitor_country:
            if visitor_country is None and may_be_home_bound(cue):
                continue  # "before leaving for Rome", of someone whose country goes unsaid
            break
    else:
        return None
    start, end = cue_days(view, cue, later_cue)
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


def _visit_being_told(told: list[Visit], visitor: str) -> str | None:
    """The host of the visit the text was last telling of ``visitor``: the first happened
    visit of the last sentence that told one. A sentence's further visits are legs told
    ahead ("spent a day in Port Vila before flying on to Papua New Guinea"), so an arrival
    at an unnamed airport in the next sentence is still the first visit's."""
    trips = [v for v in told if v.visitor == visitor and v.status == "happened"]
    if not trips:
        return None
    last = trips[-1].evidence[0]
    return next(v.host_country for v in trips if v.evidence[0] == last)


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
