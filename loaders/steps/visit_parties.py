"""Who makes a visit and which country hosts it, from the phrasing around a visit cue.

The host is the country or city the cue points to ("to X", "in X"); the visitor is the person
the cue is about: "the visit of X", "X's visit", the person "received"/"welcomed" as "who is in
Y on a visit", the invitee of "invited X to visit", or else the sentence's subject.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Person, PersonMention, PlaceMention, TextSpan
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.cue_clauses import INVITES
from dkg.loaders.steps.earlier_stops import in_earlier_stop
from dkg.loaders.steps.object_positions import after_preposition
from dkg.loaders.steps.reporting_subjects import reports_another
from dkg.loaders.steps.topic_places import names_a_topic
from dkg.loaders.steps.visit_verbs import VISIT_MADE

_LED_BY = Prefiltered(
    r"\b(?:delegation|team|mission)\b[^.;]{0,40}?\b(?:led|headed) by\s+(?:[\w.-]+\s+){0,4}$",
    re.IGNORECASE,
)
_REACH = 200
"""How many characters from a cue a date or place can be and still be the visit's."""
TO_PLACE = re.compile(
    r"\b(?:to|in|into|at|visit|visits|visited|visiting|reached|reaches|reaching|make|made|makes|"
    r"choose|chose|chooses|pick|picked|select|selected|(?:north|south|east|west)\s+of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""What stands before a visit's destination: "to Paris", "reached Dubai", "arrived at an air
base south of Seoul", "made Beijing his first foreign destination", "chose Malaysia for his
first trip abroad"."""
_RIGHT_AFTER = re.compile(r"\s+(?:the\s+)?")
_VISIT_OBJECT = re.compile(
    r"^\s*(?:(?!(?:was|were|is|are|be|been|being|has|had|have|will|would|hosted|organi[sz]ed|"
    r"arranged|received|welcomed|offered)\b)[\w-]+\s+){0,2}?(?:of|by)\s+"
    r"(?!(?:less|more|about|around|some|under|over|nearly|almost|several|a\s+few|one|two|three|"
    r"four|five|six|seven|\d+)\b)"
    r"|^\s*(?i:to)\s+(?:(?i:the)\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:(?i:of)\s+(?:(?i:the)\s+)?)?"
    r"[A-Z][\w'\u2019-]*){0,5}\s+(?i:by)\s+",
)
""""visit of X", "trip abroad by X", "visit to the Republic of Kenya by X" (a host's official
name of several words); not a passive verb's agent ("the visit was clouded by X's remarks"),
nor the host of "a one-day visit hosted by President X", nor a length ("a visit of less than
24 hours")."""
_POSSESSIVE = re.compile(r"^(?:'s|\u2019s)(?:\s+[\w-]+){0,3}\s*$")
""""X's visit", "X's long-awaited state visit": the cue may begin with the space before its
type word (" official visit"), so the space after "'s" is optional."""
_INVITED = re.compile(r"\binvit(?:ed|es|ing)\s+(?:(?:[A-Z][\w.-]*|the)\s+){0,4}$")
_HOSTED = Prefiltered(
    r"\b(?:invitation of|received by|welcomed by|hosted by|met by|greeted by)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,6}?[\w-]+,\s+(?:[\w.-]+\s+){0,2}|(?:the\s+)?(?:[\w-]+\s+){0,6})$",
    re.IGNORECASE,
)
"""The host named after "invitation of" or "received by", also behind a post in apposition:
"At the invitation of the Prime Minister of India, Shri X, ..." is X's invitation."""
_RECEIVED = Prefiltered(
    r"\b(?:received|receives|welcomed|welcomes|greeted|greets|hosted|hosts)\s+"
    r"(?:(?!by\b)[\w.-]+\s+){0,4}$"
)
"""The guest a host received: "welcomed X"; not the host of "received at the airport by X"."""
_WHO = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][^,;()]{0,60}?(?=,))?"
    r"(?:,\s+(?:the\s+)?[A-Z][^,;()]{0,90}?){0,3},?\s+who\s+"
    r"(?:is|was|has|had|arrived|came|comes|arrives|will|is\s+on|" + VISIT_MADE + r")\b"
)
"""The visitor a relative clause is about, also after a post in apposition: "received X,
President of the Government of Spain, who is paying an official visit" (or several: "X, Crown
Prince, Deputy Prime Minister and Minister of Defence, who arrived"), or after the country of
their title: "received President X of the Republic of Y, who is on a state visit"."""
_WHO_CUE = re.compile(r"\bwho\s+(?:had\s+|has\s+|also\s+|first\s+|last\s+){0,2}\S?$")
"""A cue that is the verb of a relative clause: "..., who came to", "..., who had visited"."""
_JUDGED = re.compile(
    r"\s+(?:(?:has|had|also|warmly)\s+)?"
    r"(?:welcom|hail|prais|laud|commend|appreciat|applaud)\w*\s+(?:the|this|that)\s*$",
    re.IGNORECASE,
)
"""A subject who speaks well of "the visit" is its host or a bystander, not who made it: "the
President welcomed the visit as the first by a Japanese leader since ..."."""
_ADJACENT = re.compile(r"\s*(?:(?:also|then|later|first|once|last|had|has)\s+)?")
"""Nothing but an adverb or an auxiliary between a name and the verb of its trip."""
_JOINED = re.compile(r"(?:\band|&|,)\s+(?:[A-Z][\w.]*\s+){0,2}$")
"""A name that closes a list of subjects, who share the verb with the first of them."""
_HIS_VISIT = re.compile(r"\b(?:his|her|their)(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
_OWN_VISIT = re.compile(r"\s+(?:on|during|for)\s+(?:his|her|their)(?:\s+[\w-]+){0,3}\s*")
"""Between a guest and the cue of the guest's own trip: "welcomed him on his first visit"."""
_THANKED = re.compile(r"\bthank(?:ed|s|ing)?\s+(?:[\w.'\u2019-]+\s+){0,5}$", re.IGNORECASE)
_FOR_OWN_VISIT = re.compile(r"\s+for\s+(?:his|her|their|the)(?:\s+[\w-]+){0,3}\s*", re.IGNORECASE)
"""A guest thanked for the trip: "thanked the Speaker for her visit" is the Speaker's visit,
not that of the one who thanks."""
_OTHER_EVENT = Prefiltered(
    r"\b(?:summit|forum|conference|meeting|ceremony|elections?|inauguration|anniversary|session|"
    r"games|olympics|expo|exhibition|festival|congress|assembly|since|after|before)\b",
    re.IGNORECASE,
)
"""Words after which a date or place is another event's: "ahead of the summit in Rio on 3 May"."""
_HOST_IMPLIED = Prefiltered(
    r"\b(?:arrived|arrives|landed|touch(?:ed|es)\s+down|is visiting|is on)\b", re.IGNORECASE
)
_TRIP_NOUN = re.compile(r"\b(?:visit|trip|journey)", re.IGNORECASE)


def of_this_visit(text: str, view: SentenceView, cue: re.Match[str], span: TextSpan) -> bool:
    """False for a date or place that belongs to another event named after the cue, or that
    lies too far from the cue to be about it, or that dates a decision about the visit.

    An event the trip is made for shares its date: "will travel to Berlin for the
    conference on Nov. 20"."""
    start, end = view.local(span)
    if _DECIDED.search(text, max(0, start - 40), start):
        return False  # "was called off on Thursday": the day of the decision
    if in_earlier_stop(view, span):
        return False  # "arrived in Nairobi after a stop in Ethiopia on Tuesday": a trip before
    if start < cue.start():  # "on Monday, A invited B to visit": the day of the invitation
        return cue.start() - end <= _REACH and not INVITES.search(text, end, cue.start())
    if start - cue.end() > _REACH:
        return False
    if _KIN_CLAUSE_START.search(text, cue.end(), start):
        return False  # "will visit X, and his sister went ahead to Rome": the relative's trip
    if _ORIGIN_CLAUSE.search(text, cue.end(), start):
        return False  # "arrived in Amman from Cairo, where he had held talks on Monday"
    relative = _FAR_RELATIVE.search(text, cue.end(), start)
    if relative is not None and relative.start() - cue.end() > _NOUN_REACH:
        return False  # "trip to X in order to oversee ... Hurricane Milton, which ... on Wednesday"
    other = _OTHER_EVENT.search(text, cue.end(), start)
    if other is None or _FOR_EVENT.match(text, cue.end(), other.start()) is not None:
        return True
    goes_to = _TO_EVENT.match(text, cue.end())  # "to the summit in Kazan": the trip's event
    return goes_to is not None and other.end() <= goes_to.end()


_ORIGIN_CLAUSE = re.compile(
    r"\bfrom\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2},\s+(?:where|when)\b"
)
"""A clause about the place a visitor came from ("arrived in Amman from Cairo, where he had
held talks on Monday"): its date and places are that earlier stop's, not this visit's."""
_FAR_RELATIVE = re.compile(r",\s+which\b")
_NOUN_REACH = 40
"""How far after the cue a ", which" clause can still be about the visit ("a state visit to
the Republic of Kazakhstan, which began on Monday"); further on it is about a later noun."""
_EVENT_VENUE = re.compile(
    r"\b(?:summit|forum|conference|congress|games|olympics|expo|exhibition|festival)\s+"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A place that is where an event was held, not where the visit goes: "flying in from the
BRICS summit in Johannesburg"."""
_TO_EVENT = re.compile(
    r"\s*(?:(?:the|a|an|this|this year's)\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:summit|forum|"
    r"conference|congress|games|olympics|expo|exhibition|festival)\s+(?:in|at)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""An event the cue itself goes to, whose venue is then the visit's: "will lead the delegation
to the summit in Kazan", "travelled to the G20 summit in New Delhi"."""
_DECIDED = Prefiltered(
    r"\b(?:called off|cancel+ed|postponed|announced|confirmed|decided|said|told)\s+"
    r"(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
"""Words before a date that is when the visit was decided or reported, not its day."""
_FOR_EVENT = re.compile(
    r"(?:\s+(?:to\s+)?[A-Z][\w\s',-]{0,40}?)?(?:\s+for|,\s+where\s+(?:he|she|they|the\s+\w+)\s+"
    r"(?:was|is|were|are|will|would|had\s+been)\s+(?:(?:due|scheduled|expected|set|to)\s+)?"
    r"(?:to\s+)?(?:attend|take\s+part\s+in|join|address))"
    r"\s+(?:the|an?|its|his|her|their)\s+(?:[^,;.]{0,60}\s)?$"
)
"""The trip's purpose between the cue and the event: "to Santiago for the APEC leaders'",
"to Kazan, Russia, where he was due to attend the BRICS summit"."""


def _before(pattern: Prefiltered, text: str, at: int) -> bool:
    """Whether a pattern anchored with ``$`` ends right at ``at``, within a clause's reach."""
    return pattern.search(text, max(0, at - 120), at) is not None


_CLAUSE_JOIN = re.compile(r"(?:,|;)\s+(?:(?:and|but|while|whereas|as)\s+)?|\s+(?:while|whereas)\s+")
"""Where a new clause with a subject of its own may start: ", and", "; ", " while "."""
_NAMED_SUBJECT = re.compile(
    r"(?P<name>(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*)(?:,[^,;]{1,60},)?"
    r"(?:\s+(?:will|would|has|had|have|is|was|were|be|been|also|then|later|already|first|due|"
    r"to|pay|pays|paid|paying|make|makes|made|making|on|a|an|his|her|their)){0,4}\s*$"
)
"""A clause led by a name, then an apposition and the auxiliaries up to the cue: "Hunter
Biden, his son, went to", "Anna Berg will pay a"; not "Y said the visit", which reports it."""


_KIN = (
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:son|sons|daughter|daughters|wife|husband|spouse|sister|brother|mother|father|"
    r"children|family|aides?|advisers?|advisors?|deputy|envoy|delegation|entourage|team|"
    r"ministers?|predecessor|successor)\b"
)
_CLAUSE_OPENING = r"(?:[,;]\s+(?:(?:and|but|while|whereas|as)\s+)?|\s+(?:while|whereas)\s+)"
_KIN_CLAUSE = re.compile(
    rf"(?:^|{_CLAUSE_OPENING}){_KIN}"
    r"(?:\s+(?:will|would|has|had|have|is|was|were|also|then|later|already|first|ahead|"
    r"alone|instead)){0,3}\s*$"
)
_KIN_CLAUSE_START = re.compile(_CLAUSE_OPENING + _KIN)
"""A clause led by someone the sentence names only by their tie to its subject: ", and his
sister went ahead to Rome", "while her deputy travelled on to Kyiv". The trip is theirs, so no
one the sentence names made it ("X and his wife arrived" is X's: no clause starts there)."""


def _other_subject_between(view: SentenceView, after: int, cue_start: int) -> bool:
    """Whether the cue's clause has a named subject of its own after ``after``.

    "X visited Hanoi, and Y Z, his son, went to Kyiv": the trip is Y Z's even when Y Z is no
    recognised official, so the sentence's first person must not be credited with it. A
    country or city leading the clause ("and Kenya's ...") is no such subject."""
    for join in _CLAUSE_JOIN.finditer(view.text, after, cue_start):
        named = _NAMED_SUBJECT.fullmatch(view.text, join.end(), cue_start)
        if named is None:
            continue
        name_start = view.start + named.start("name")
        spans = [m.span for m in view.countries] + [m.span for m in view.places]
        if not any(span.start <= name_start < span.end for span in spans):
            return True
    return False


def _subjects_first(view: SentenceView, mentions: list[PersonMention]) -> list[PersonMention]:
    """The mentions with those a preposition governs last: "After his visit to Buenos Aires,
    where he held talks with President X, Y flew to Montevideo" is Y's trip."""
    governed = [m for m in mentions if after_preposition(view.text, view.local(m.span)[0])]
    return [m for m in mentions if m not in governed] + governed


def visitors(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """Who the visit may be about, most likely first, by the phrasing rules in order."""
    text = view.text
    if _KIN_CLAUSE.search(text, max(0, cue.start() - 80), cue.start()):
        return []  # "..., and his sister went ahead to Rome": a relative's trip
    ranked: list[PersonMention] = []
    after = text[cue.end() :]
    of = _VISIT_OBJECT.match(after)
    if of is not None and _TRIP_NOUN.search(cue.group()):
        at = view.start + cue.end() + of.end()
        ranked += [m for m in view.people if at <= m.span.start <= at + 60]  # "visit of X"
    # "a delegation led by X": the one who leads it makes the visit.
    ranked += [m for m in view.people if _before(_LED_BY, text, view.local(m.span)[0])]
    before_cue = [
        m
        for m in view.people
        if view.local(m.span)[1] <= cue.start()
        and not reports_another(view, m, cue)
        and not _JUDGED.fullmatch(text, view.local(m.span)[1], cue.start())
    ]
    # "... since Shinzo Abe came to Cairo": the name right before the verb is its subject,
    # whoever opened the sentence. Not before "to visit", whose subject may be the one who
    # invites ("the invitation of King X to visit").
    if not cue.group().startswith("to "):
        ranked += [
            m
            for m in before_cue
            if _ADJACENT.fullmatch(text, view.local(m.span)[1], cue.start())
            and not _JOINED.search(
                text, max(0, view.local(m.span)[0] - 40), view.local(m.span)[0]
            )  # "The King and Queen X arrived"
        ]
    for mention in before_cue:
        start, end = view.local(mention.span)
        if _POSSESSIVE.match(text[end : cue.start()]) or _INVITED.search(
            text, max(0, start - 80), start
        ):
            ranked.append(mention)  # "X's visit", "invited X to visit"
    thanked = [
        m
        for m in before_cue
        if _THANKED.search(text, max(0, view.local(m.span)[0] - 40), view.local(m.span)[0])
        and _FOR_OWN_VISIT.fullmatch(text, view.local(m.span)[1], cue.start())
    ]
    if thanked:
        return thanked[:1]  # "Yoon thanked the Speaker for her visit": the Speaker's trip
    relative = [m for m in reversed(before_cue) if _WHO.match(text, view.local(m.span)[1])]
    if relative and _WHO_CUE.search(text, max(0, cue.start() - 20), cue.start() + 1):
        # "hosted by Kishida, who came to the White House": the cue is the clause's own verb,
        # so only the one it is about can have made that trip.
        return relative[:1]
    ranked += relative
    received = [m for m in view.people if _before(_RECEIVED, text, view.local(m.span)[0])]
    his_visit = _HIS_VISIT.search(text[max(0, cue.start() - 30) : cue.start()]) is not None
    if not his_visit:
        ranked += received  # "A received/welcomed X ... visit"
    else:
        # "welcomed him on his first visit abroad": the guest's own visit, not the host's.
        ranked += [
            m for m in received if _OWN_VISIT.fullmatch(text, view.local(m.span)[1], cue.start())
        ]
    # "A welcomed X to State House, ... a State Visit": A, who received the guest, is the host
    # of that visit, never its visitor, even when no country of A's is known.
    guests = {m.person for m in received}
    welcomed_at = min((view.local(m.span)[0] for m in received), default=-1)
    ranked += _subjects_first(
        view,
        [
            m
            for m in before_cue
            if not _before(_HOSTED, text, view.local(m.span)[0])
            and not _other_subject_between(view, view.local(m.span)[1], cue.start())
            and not (m.person not in guests and view.local(m.span)[1] <= welcomed_at)
        ],
    )
    if his_visit:
        # "During his visit to Baku, X ...": the subject comes after the cue.
        ranked += _subjects_first(
            view, [m for m in view.people if not _before(_HOSTED, text, view.local(m.span)[0])]
        )
    first: dict[str, PersonMention] = {}
    for mention in ranked:
        first.setdefault(mention.person, mention)
    return list(first.values())


_REGION = re.compile(
    r"\s+(?:(?:on\s+)?to\s+|of\s+)?(?:the\s+)?(?:continent|region|area|neighbourhood|"
    r"neighborhood|Africa|Asia|Europe|Oceania|Americas|Latin America|South America|"
    r"North America|Middle East|Gulf|Caribbean|Pacific|Balkans|Caucasus|Sahel|Scandinavia|"
    r"Central Asia|Southeast Asia|South Asia|East Asia)\b"
)
"""A trip to a region, not to one country: its host is not anyone's country named nearby."""


_ON_TO = re.compile(r"\b(?:on|then)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_CUE_ON_TO = re.compile(r"\s*(?:(?:on|then)\s+to\s+(?:the\s+)?)?")
"""The cue's own "on to": "travel on to Luanda", "flies on to Tanzania"."""
ACCOMPANIES = re.compile(r"\baccompan(?:y|ies|ied|ying)\b(?!\s+by\b)|\btravel+(?:ed|ing)\s+with\b")
"""A member of a leader's delegation: travelling with the leader, not to a host of their own.
The leader "accompanied by" business leaders makes the trip."""


_SETTING_BEFORE = re.compile(r"(?:^[\W\d]*|\b(?:in|at|into|to)\s+(?:the\s+)?)$", re.IGNORECASE)
"""What stands before a place where things happen: nothing (a dateline) or "in", "at"."""


def _setting(text: str, start: int) -> bool:
    """Whether a place is a setting (a dateline, "in Rio", "at Beijing airport"), not a capital
    standing for its government: "wanted a relationship with Beijing" goes nowhere."""
    return _SETTING_BEFORE.search(text, max(0, start - 12), start) is not None


def _destination(text: str, cue: re.Match[str], start: int) -> bool:
    """Whether the place at ``start`` is where a trip goes: after "to", "in", "visited", or
    right after a departure cue ("leaves for Davos")."""
    if TO_PLACE.search(text[max(0, start - 12) : start]):
        return True
    return (
        cue.group().endswith("for") and _RIGHT_AFTER.fullmatch(text, cue.end(), start) is not None
    )


def host_of(
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
            and _destination(text, cue, start)
            and not names_a_topic(text, start)
            and of_this_visit(text, view, cue, country.span)
        ):
            targets.append((start, country.iso2, None))
    for place in view.places:
        start, _ = view.local(place.span)
        if (
            _destination(text, cue, start)
            and not names_a_topic(text, start)
            and (
                not _EVENT_VENUE.search(text, max(0, start - 40), start)
                or _TO_EVENT.fullmatch(text, cue.end(), start) is not None
            )
            and of_this_visit(text, view, cue, place.span)
        ):
            targets.append((start, place.country, place))
    targets = [t for t in targets if t[1] != visitor_country]
    # "fly to Berlin for a visit of three days, and to travel on to Luanda": the place after
    # "on to" is the next leg's, when the cue has another place.
    here = [
        t
        for t in targets
        if not _ON_TO.search(text, max(0, t[0] - 10), t[0])
        or _CUE_ON_TO.fullmatch(text, cue.end(), t[0])
    ]
    targets = here or targets
    if not targets:
        # A dateline or venue in the sentence ("ASTANA - ... arrived in the country").
        targets = [
            (view.local(p.span)[0], p.country, p)
            for p in view.places
            if p.country != visitor_country and _setting(text, view.local(p.span)[0])
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
    if _REGION.match(text, cue.end()) or ACCOMPANIES.search(text):
        # "travelled to the continent": no one country is the host; "the ministers who
        # accompanied Xi": the leader named is their compatriot, not their host.
        return None, None
    for mention in view.people:
        person = people.get(mention.person)
        if (
            mention.person != visitor.person
            and person
            and person.country not in (None, visitor_country)
        ):
            return person.country, None
    return None, None
