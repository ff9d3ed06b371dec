"""MeetingExtractor: talks between people, with date, place, mode and format.

A meeting is a sentence with a talks cue (talks_cues.py: "held talks", "met with", "received",
"a phone call") and at least two people, one per counterpart when they were met in turn
(meeting_counterparts.py), or a collective report ("the parties discussed", "the
interlocutors") whose participants are the people the document has acting in it. Mentions with
the same participants are one meeting (meeting_merging.py). The date is the sentence's own, else
the start of the visit the talks belong to, else, for a report of the document's own day, the
document date (meeting_visits.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import (
    Document,
    Meeting,
    MeetingMode,
    PlaceMention,
    TextSpan,
    Visit,
)
from dkg.loaders.gazetteer import fold
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.agreements_dated_earlier import signed_earlier
from dkg.loaders.steps.called_off_talks import called_off
from dkg.loaders.steps.clause_dates import clause_dates
from dkg.loaders.steps.context import SentenceView, sentence_views
from dkg.loaders.steps.departed_people import the_departed
from dkg.loaders.steps.earlier_talks import earlier_talks, follows_earlier_talks
from dkg.loaders.steps.group_welcomes import welcomes_a_group
from dkg.loaders.steps.habitual_talks import told_as_habit
from dkg.loaders.steps.meeting_counterparts import separately
from dkg.loaders.steps.meeting_merging import merge_meetings
from dkg.loaders.steps.meeting_visits import visits_from_meetings, with_visit
from dkg.loaders.steps.pair_posts import hold_the_post, lead_countries, leading_host
from dkg.loaders.steps.programme_talks import day_actor, programme_subject, scheduled_item
from dkg.loaders.steps.remote_talks import VIDEO_TALKS
from dkg.loaders.steps.reported_futures import reported_before
from dkg.loaders.steps.reporting_subjects import reports_another
from dkg.loaders.steps.restated_talks import restates_talks
from dkg.loaders.steps.role_holders import holds_role
from dkg.loaders.steps.side_presence import side_presence
from dkg.loaders.steps.signing_after_talks import signs_after_told_talks
from dkg.loaders.steps.since_phrases import since_phrases
from dkg.loaders.steps.spouse_companions import spouses_beside
from dkg.loaders.steps.talks_cues import (
    greets_on_arrival,
    signed_object,
    talks_cues,
    welcomed_on_landing,
)
from dkg.loaders.steps.talks_places import own_clause_first
from dkg.loaders.steps.topic_places import names_a_topic
from dkg.loaders.steps.transcript_talks import transcript_talks
from dkg.loaders.steps.unasserted import only_discussed, unasserted
from dkg.loaders.steps.unpartnered_talks import guest_talks_alone
from dkg.loaders.steps.visit_days import attribute_year, nearest, stated_days
from dkg.loaders.steps.visit_hosts import host_named_in_visit
from dkg.loaders.steps.visits import spans_of
from dkg.loaders.steps.when_clauses import when_dates

COLLECTIVE = Prefiltered(
    r"\b(?:the|both)\s+(?:parties|sides|interlocutors|delegations)\s+(?:also\s+)?"
    r"(?:discussed|reviewed|exchanged|considered|noted|agreed|held)\b",
    re.IGNORECASE,
)
PAIR = Prefiltered(
    r"\b(?:the two|both|(?-i:[Tt]he)(?=\s+(?-i:[A-Z])))\s+(?P<noun>presidents|leaders|"
    r"heads of (?:state|government)|"
    r"prime ministers|ministers|foreign ministers|premiers|chancellors|monarchs|men|women)\b"
    # "The two met at the palace": no noun, the talks verb right after.
    r"|\bthe two(?=\s+(?:(?:later|then|also|first|subsequently)\s+)?(?:met|held|talked|spoke|"
    r"sat)\b)",
    re.IGNORECASE,
)
"""A sentence about the two principals of a bilateral text without naming them: "the two
leaders", "the two met", or with the capitals of agency style, "The Heads of State then held
talks"."""
_THEY = Prefiltered(
    r"\b[Tt]hey(?=\s+(?:(?:later|then|also|first|subsequently)\s+)?(?:met|held|talked|spoke|"
    r"sat)\b)"
)
"""Two people the sentence before named, as the subject of talks: "They met at the Kremlin"."""
_VISITING = Prefiltered(
    r"\bthe\s+visiting\s+(?:president|premier|prime minister|leader|head of state|chancellor|"
    r"king|queen|emir|monarch|minister|foreign minister|dignitary)\b"
    r"|\b(?:his|her|their)\s+(?:distinguished\s+|foreign\s+)?guest\b",
    re.IGNORECASE,
)
"""The visitor of the visit under way, named by the role alone: "the visiting premier was
received by the President", "the Sultan hosted his guest"."""
_HOST = Prefiltered(
    r"\bthe\s+host\s+(?P<role>president|prime\s+minister|chancellor|king|queen|emir|sultan|"
    r"foreign\s+minister)\b",
    re.IGNORECASE,
)
"""The host of the visit under way named by the role alone: "met the host president at the
palace", whom the story names elsewhere ("President X later hosted a dinner")."""
_PHONE = Prefiltered(r"\b(?:phone|telephone)\b", re.IGNORECASE)
_VIDEO = Prefiltered(
    rf"\b{VIDEO_TALKS}\b|\bonline\b"
    # "held a virtual summit", "in a virtual meeting"; not "a virtual certainty".
    r"|\bvirtual(?:ly)?\s+(?:summit|meeting|talks|call|conference|bilateral|format)\b"
    # "the two met virtually"; not "virtually all", "met virtually every demand".
    r"|\b(?:met|meet|meets|talked|spoke|conferred)\s+virtually\b(?!\s+(?:all|every|each|no)\b)",
    re.IGNORECASE,
)
_FORMATS = Prefiltered(
    r"\b(narrow|extended|expanded|enlarged|plenary|restricted|bilateral|multilateral|one-on-one|"
    r"tete-a-tete)\b",
    re.IGNORECASE,
)
_FORMAT_NAMES = {
    "narrow": "narrow",
    "one-on-one": "narrow",
    "tete-a-tete": "narrow",
    "extended": "extended",
    "expanded": "extended",
    "enlarged": "extended",
    "plenary": "extended",
    "restricted": "narrow",
    "bilateral": "bilateral",
    "multilateral": "multilateral",
}
_FUTURE = Prefiltered(
    # "readers will recall the talks": the recalling's future, not the talks'
    r"\b(?:will(?!\s+(?:recall|remember)\b)|is to|are to|plans? to|is expected to|"
    r"are expected to|(?:is|are) due\b|"
    r"(?:was|were|had been) (?:expected|scheduled|due|set) (?:to|for)|would have|had planned to|"
    # "was to hold talks with X", "was to fly to Y for talks with X", "would have held talks",
    # right before the cue or in its clause: the plan of a trip, maybe called off
    r"(?:was|were)\s+to(?=\s*$|\s+(?:travel|fly|go|head|come)\b[^,;.]*$)|would(?=\s*$)|"
    r"(?:agenda|programme|program|schedule|itinerary|trip|leg|visit),?\s+(?:which\s+)?"
    r"(?:also\s+)?(?:foresees|includes|envisages|provides for)|['\u2019]ll)\b",
    re.IGNORECASE,
)
"""Talks still to come ("he'll sit down with", "the agenda foresees a meeting with", "the
second leg, which includes a meeting with"), or that had been planned for a trip that was then
called off ("was due for talks with", "was to hold talks with"; talks "scheduled" on the
programme of a visit under way do count)."""
_WISHED = re.compile(
    r"\b(?:hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|intends?|intended|seeks?|sought|"
    r"would\s+like|agreed|agrees?|decided|promised|pledged|offered|proposed)\s+to\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Talks only wished for or agreed on, the wish governing the talks verb itself: "hopes to hold
a fuller meeting with Xi", "agreed to speak by telephone ahead of the summit"; "X, who hopes to
expand trade, met Y" tells talks held."""
_WISH_REACH = 40
"""How far before the cue a wish still governs it: the wish and a few words of the verb."""


class MeetingExtractor:
    """Finds meetings and talks; links them to the visit they were part of."""

    name = "extract-meetings"
    requires = frozenset(
        {"sentences", "dates", "filed", "places", "people", "person_mentions", "visits"}
    )
    provides = frozenset({"meetings"})

    def __call__(self, document: Document) -> Document:
        """Return the document with its meetings."""
        views = sentence_views(document)
        meetings: list[Meeting] = []
        collective: list[TextSpan] = []
        pair = _principals(document)
        for at, view in enumerate(views):
            if COLLECTIVE.search(view.text) and len({m.person for m in view.people}) < 2:
                collective.append(view.sentence.span)
                continue
            if meetings and (joined_by := _JOINED.search(view.text)):
                # "Their foreign ministers also took part in the talks": the talks told before;
                # "X sat in on both meetings": the two told last.
                both = joined_by["both"] is not None
                for at_talks in range(max(0, len(meetings) - (2 if both else 1)), len(meetings)):
                    last = meetings[at_talks]
                    joined = tuple(
                        dict.fromkeys((*last.participants, *(m.person for m in view.people)))
                    )
                    evidence = tuple(sorted({*last.evidence, view.sentence.span}))
                    meetings[at_talks] = replace(last, participants=joined, evidence=evidence)
                continue
            # "The call followed the talks that A held with B" names its own people: talks.
            follows = follows_earlier_talks(view.text) and len({m.person for m in view.people}) < 2
            if meetings and (restates_talks(view.text) or follows):
                # "It was the first call between the two leaders since ...": told; but "since
                # a telephone call on July 9" names an earlier round of theirs.
                earlier = earlier_talks(view, meetings[-1])
                meetings.extend([earlier] if earlier is not None else [])
                continue
            if meetings and signs_after_told_talks(view.text):
                signers = {m.person for m in view.people}
                if not signers <= set(meetings[-1].participants):
                    continue  # "After the talks, ministers A and B signed": signatories
            unnamed: tuple[str, ...] = ()
            noun = PAIR.search(view.text)
            if noun is not None and not _named_before(view, noun.start()):
                named = _named_pair(document, views[at - 1], bool(meetings)) if at else ()
                named = named if hold_the_post(noun["noun"] or "", named, document.people) else ()
                unnamed = named if named and (not pair or pair[0] in named) else pair
            elif at and (they := _THEY.search(view.text)) and not _named_before(view, they.start()):
                # "On the eve of the summit, they met": the two the sentence before named, if
                # it named two of different countries; "they" may be any group else.
                unnamed = _named_pair(document, views[at - 1], bool(meetings))
            programme = programme_subject(view.text)
            if programme or _VISITING.search(view.text):
                # no visit under way: the programme is that of the day of the story's subject
                guest = _guest(document, view.start)
                actor = day_actor(document, view.start) if programme and not guest else ()
                unnamed = (*unnamed, *guest, *actor)
            if host := _HOST.search(view.text):
                unnamed = (*unnamed, *_host(document, view.start, host["role"]))
            if not unnamed and pair and guest_talks_alone(view, pair[0]):
                # "He held official talks at the Ministry": the visitor's talks with the host.
                unnamed = pair if _guest(document, view.start) == pair[:1] else ()
            if welcomes_a_group(view, document):
                continue  # "X welcomed the leaders of A, B and C": a ceremony, not talks
            if at and welcomed_on_landing(views[at - 1].text, view.text):
                continue  # "... landed at X airport. He was greeted by A and B.": protocol
            meeting = read_meeting(view, unnamed)
            if meeting is not None:
                meetings.extend(separately(meeting, view))
                # "met X on Monday, their first talks since X's visit to Ankara in 2018"
                earlier = earlier_talks(view, meeting)
                meetings.extend([earlier] if earlier is not None else [])
        meetings.extend(transcript_talks(document))  # "PRESIDENT X: ... our talks"
        meetings = merge_meetings(meetings)
        if collective:
            meetings = _add_collective(meetings, collective, document)
        known = {p.key for p in document.people}
        meetings = [
            replace(m, participants=tuple(k for k in m.participants if k in known))
            for m in meetings
        ]
        meetings = [with_visit(m, document) for m in meetings if len(m.participants) >= 2]
        # "11:00 Talks between A and B" in the published programme of a trip to come.
        meetings = [
            m
            for m in meetings
            if m.during_visit is not None or not scheduled_item(document.text, m.evidence)
        ]
        return visits_from_meetings(replace(document, meetings=tuple(meetings)))


def read_meeting(view: SentenceView, pair: tuple[str, ...] = ()) -> Meeting | None:
    """The meeting a sentence reports: a talks cue and at least two people.

    ``pair`` are the people the sentence refers to without naming them: "the two presidents",
    "the visiting premier".
    """
    if len({m.person for m in view.people}) + len(pair) < 2:
        return None  # fewer than two people: no talks, whatever the cue (and it is not read)
    cue = next(talks_cues(view.text), None)
    if (
        cue is None
        or _future_before(view.text, cue.start())
        or _WISHED.search(view.text, max(0, cue.start() - _WISH_REACH), cue.start())
        or unasserted(view.text, cue.start())
        or (
            _TALKS_NOUN.match(cue.group()) is not None
            and (only_discussed(view.text, cue) or called_off(view.text, cue))
        )
    ):
        return None
    # "A, who accompanied the Prime Minister, also met B": the person the relative clause
    # names is not at these talks.
    aside = [
        c.span() for c in _RELATIVE.finditer(view.text) if not c.start() <= cue.start() < c.end()
    ]
    # "..., Ambassador X said.": who reports the talks is not at them.
    aside += [a.span() for a in _ATTRIBUTION.finditer(view.text, cue.end())]
    aside += side_presence(view.text)  # "with Crown Prince X at his side": there, no party
    aside += spouses_beside(view.text)  # "received the President and First Lady X"
    aside += the_departed(view.text)  # "condolences on the death of X": no party
    participants = tuple(
        dict.fromkeys(
            m.person
            for m in view.people
            if not any(a <= view.local(m.span)[0] < b for a, b in aside)
            # "Spokesman X said General A had spoken by telephone with B": X reports the call.
            and not reports_another(view, m, cue)
        )
    )
    if pair:
        # "the two leaders ... with their foreign ministers, A and B": the leaders take part.
        participants = tuple(dict.fromkeys((*pair, *participants)))
    if len(participants) < 2:
        return None
    clauses = [*aside, *since_phrases(view.text), *_plans_after(view.text, cue.end())]
    # "agreed to bring into force an agreement signed in 2019": the year is the document's,
    # unless the talks are that signing ("the accord X signed with Y in May 2015").
    clauses += [
        (at, at + 1)
        for noun, at in signed_earlier(view.text, view.start, view.dates)
        if not noun <= cue.start() < at
    ]
    dates = nearest(
        clause_dates(
            [
                d
                for d in stated_days(view)
                if not attribute_year(view, d)
                and not any(a <= view.local(d.span)[0] < b for a, b in clauses)
            ],
            view,
            cue,
        ),
        view,
        cue,
    )
    dates = dates or when_dates(view, cue)
    if not dates and told_as_habit(view.text, cue):
        return None  # "have spoken by phone on several occasions": no one talks to annotate
    # "Meloni, who flew in from Rome, was greeted by Abiy": the clause's place is not the talks'.
    # "witnessed the signing of a deal on a plant in Jizzakh": the plant's place, not the talks'.
    signed = signed_object(view.text, cue)
    # "X, who has been in Dhaka since Saturday, met Y": where the guest stays is the talks'.
    where = [c for c in clauses if not _STAY.match(view.text, *c)]
    where = [*where, signed] if signed else where
    places = own_clause_first(
        nearest(
            [
                p
                for p in view.places
                if not any(a <= view.local(p.span)[0] < b for a, b in where)
                and not names_a_topic(view.text, view.local(p.span)[0])  # "the war in Gaza"
                and not _from_origin(view, p)
            ],
            view,
            cue,
        ),
        view,
        cue,
    )
    return Meeting(
        participants=participants,
        date=dates[0].start if dates else None,
        place=places[0] if places else None,
        mode=_mode(view.text),
        formats=_formats(view.text),
        evidence=(view.sentence.span,),
    )


_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_WHERE = re.compile(r",?\s+where\b")


def _from_origin(view: SentenceView, place: PlaceMention) -> bool:
    """Whether the place is one a guest came from ("on the day of her arrival from Lisbon, X
    received her", "Y, fresh from Oslo, met Z"): where the trip began, not where the talks were
    held, unless a clause sets talks there ("arrived from Cairo, where he had held talks")."""
    start, end = view.local(place.span)
    return bool(_ORIGIN.search(view.text, 0, start)) and not _WHERE.match(view.text, end)


_TALKS_NOUN = re.compile(
    r"(?:meetings?|talks|negotiations|consultations|summit|call|conversation)\b", re.IGNORECASE
)
"""A cue that names the talks as a noun ("A meeting between X and Y"), whose predicate may say
they were only proposed; a cue that is a verb ("held talks") tells them held."""
_JOINED = Prefiltered(
    r"\b(?:took part in|attended|joined|participated in|sat in on|"
    r"(?:(?:was|were)\s+)?present\s+(?:at|during|for|in)|"
    r"accompan(?:ied|ying|y|ies)\s+(?:(?:him|her|them)\s+|(?:the|his|her|their)\s+"
    r"(?:[\w'\u2019-]+\s+){1,3}?)(?:at|during|for|in|to))\s+"
    r"(?:(?P<which>the)\s+(?:talks|meeting|session)|(?P<both>both|the\s+two)\s+"
    r"(?:meetings|sessions))\b(?!\s+of\b)"
    # "Later they were joined by A and B": those talking, by a pronoun or a pair noun.
    r"|^(?:(?:later|then|afterwards|soon)\s*,?\s+)?(?:they|the\s+two\s+(?:[\w-]+\s+)?"
    r"(?:leaders|presidents|ministers|men|women|sides|delegations|heads\s+of\s+state))\s+"
    r"(?:were|was)\s+(?:(?:later|then|also|soon|subsequently)\s+)?joined\s+by\b"
    # "At the talks, which the Interior Minister also attended, ...": the talks told.
    r"|(?:\b(?:at|during|in)\s+|^)the\s+(?:talks|meeting|session|consultations),\s+which\s+"
    r"[^,;]{1,80}?\b(?:attended|joined|took\s+part\s+in|sat\s+in\s+on)\b",
    re.IGNORECASE,
)
"""Others who joined the talks told last: "Their foreign ministers also took part in the
talks", "Also present during the talks were A and B", "Also accompanying the President at the
meeting were A and B", "They were later joined by A and B" (who join them, not meet each
other), "At the talks, which the Interior Minister also attended, ...";
not "took part in the meeting of the Council of ...", a body's meeting of its own."""
_RELATIVE = re.compile(r",\s+who\s+[^,;]{0,120}(?:,|[.!?]?[\"'\u201d\u2019)]*\s*$)")
"""A relative clause about a participant ("Meloni, who flew in on Friday, was greeted"), also
one that ends the sentence ("..., who is on a state visit at the invitation of King X."): its
date and the people it names are the clause's, not the talks'."""


_ATTRIBUTION = re.compile(
    r",\s+(?:according\s+to\s+[^,;]{1,80}?|said\s+[^,;]{1,80}?|[^,;]{1,80}?\s+(?:said|says|"
    r"told\s+(?:reporters|journalists|the\s+press|[A-Z][\w-]*)))\s*[.!?]?[\"'\u201d\u2019)]*\s*$"
)
"""The source a sentence ends by naming ("..., Ambassador X said.", "..., said X.", "...,
according to X."): the person it names reports the talks and takes no part in them."""
_STAY = re.compile(r",\s+who\s+(?:has|have)\s+been\s+(?:in|staying\s+in)\b")
"""A relative clause that tells where a participant is staying, and so where the talks are."""


def _plans_after(text: str, at: int) -> list[tuple[int, int]]:
    """What the sentence says is still to come after the talks, to the end of its clause: "met
    X to prepare an accord the two are due to sign on Tuesday" dates the signing, not the
    talks."""
    return [
        (plan.start(), end.start() if (end := _CLAUSE_END.search(text, plan.end())) else len(text))
        for plan in _FUTURE.finditer(text, at)
    ]


_CLAUSE_END = re.compile(r"[;.]|,\s")


def _future_before(text: str, at: int) -> bool:
    """Whether a future word shortly before the talks cue at ``at`` governs it: the last
    one does, unless it stays in words a speaker reports before the talks are told."""
    futures = list(_FUTURE.finditer(text, max(0, at - 120), at))
    return bool(futures) and not reported_before(text, futures[-1], at)


def _mode(text: str) -> MeetingMode:
    if _PHONE.search(text):
        return "phone"
    return "video" if _VIDEO.search(text) else "in-person"


def _formats(text: str) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(_FORMAT_NAMES[m.group(1).casefold()] for m in _FORMATS.finditer(text))
    )


def _principals(document: Document) -> tuple[str, ...]:
    """The two people a bilateral text is about: the visitor and the first host-side person,
    else the first two people of different known countries."""
    people = [p for p in document.people if p.country is not None]
    for visit in document.visits:
        if visit.status == "happened":
            host = leading_host(document.people, visit.visitor, visit.host_country) or next(
                (p.key for p in people if p.country == visit.host_country), None
            )
            if host is None:
                # A host whose country the text leaves unsaid ("Prime Minister James Marape
                # welcomed his Australian counterpart"): the one the visit's sentence names,
                # else the first other titled person.
                host = host_named_in_visit(document, visit) or next(
                    (
                        p.key
                        for p in document.people
                        if p.country is None and p.posts and p.key != visit.visitor
                    ),
                    None,
                )
            if host is not None:
                return visit.visitor, host
    first = people[0] if people else None
    other = next((p for p in people if first is not None and p.country != first.country), None)
    return (first.key, other.key) if first is not None and other is not None else ()


def _named_pair(document: Document, view: SentenceView, after_talks: bool) -> tuple[str, ...]:
    """The two people of different countries a sentence names, whom "the two men" or "the two
    leaders" of the next sentence are ("X was received by Y. The two men then held talks") when
    the visitor is one of them: the counterpart the text names last, not the first one of the
    host's country it met. Once talks are told (``after_talks``), a welcome at the airport
    names such a pair only when both lead their countries: a minister who met the plane is
    not one of the leaders of those talks, a prime minister who met a president is."""
    people = tuple(dict.fromkeys(m.person for m in view.people))
    if len(people) != 2:
        return ()
    if after_talks and greets_on_arrival(view.text) and not lead_countries(people, document.people):
        return ()  # "A met B. A was welcomed at the airport by X. The two leaders ...": A, B
    countries = {p.key: p.country for p in document.people}
    one, other = (countries.get(k) for k in people)
    return people if one is None or other is None or one != other else ()


def _named_before(view: SentenceView, at: int) -> bool:
    """Whether the sentence names two people before "the two ministers" at ``at``: then the
    phrase is those two ("held a working meeting with Minister X, after which the two ministers
    signed"), not the principals of the text."""
    return len({m.person for m in view.people if view.local(m.span)[1] <= at}) >= 2


def _visit_under_way(document: Document, before: int) -> Visit | None:
    """The visit under way at ``before``: the last one told so far, else the first of the
    text."""
    under_way = [v for v in document.visits if v.status == "happened" and v.evidence]
    told = [v for v in under_way if v.evidence[0].start <= before]
    return told[-1] if told else (under_way[0] if under_way else None)


def _guest(document: Document, before: int) -> tuple[str, ...]:
    """The visitor of the visit under way at ``before``."""
    chosen = _visit_under_way(document, before)
    return (chosen.visitor,) if chosen is not None else ()


def _host(document: Document, before: int, role: str) -> tuple[str, ...]:
    """The one person holding ``role`` in the host country of the visit under way at
    ``before`` ("the host president"), else the one of unknown country holding it; none when
    the text names two who could be meant, or none."""
    visit = _visit_under_way(document, before)
    if visit is None:
        return ()
    holders = [
        p
        for p in document.people
        if p.key != visit.visitor
        and p.country in (visit.host_country, None)
        and any(holds_role(post.title, fold(role)) for post in p.posts)
    ]
    of_host = [p.key for p in holders if p.country == visit.host_country]
    chosen = of_host or [p.key for p in holders]
    return (chosen[0],) if len(chosen) == 1 else ()


def _add_collective(
    meetings: list[Meeting], spans: list[TextSpan], document: Document
) -> list[Meeting]:
    """ "The parties discussed ...": evidence for the meeting there is, or one of its actors."""
    if meetings:
        first = meetings[0]
        return [
            replace(first, evidence=tuple(sorted(set(first.evidence) | set(spans)))),
            *meetings[1:],
        ]
    background = spans_of(document.visits)
    actors = [
        person.key
        for person in document.people
        if person.posts and any(not any(b.contains(m) for b in background) for m in person.mentions)
    ]
    if len(actors) < 2:
        return meetings
    return [Meeting(tuple(actors), document.filed, None, "in-person", (), tuple(spans))]
