"""Which country, and which place in it, a visit goes to, from the phrasing around its cue.

The host is the country or city the cue points to ("to X", "in X"), else a dateline or venue
where the visit is told to be under way, else the country of another person the sentence
names; a trip to a region or with a leader's delegation has none.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Person, PersonMention, PlaceMention
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.attributive_hosts import attributive_host
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.origin_stops import ORIGIN_CLAUSE_END, named_at
from dkg.loaders.steps.region_names import REGIONS
from dkg.loaders.steps.regional_hosts import COUNTRY_NOUN
from dkg.loaders.steps.topic_places import names_a_topic
from dkg.loaders.steps.visit_scope import ORIGIN_CLAUSE, TO_EVENT, of_this_visit
from dkg.loaders.trie import trie_pattern

TO_PLACE = re.compile(
    r"\b(?:to|in|into|at|visit|visits|visited|visiting|reached|reaches|reaching|make|made|makes|"
    r"choose|chose|chooses|pick|picked|select|selected|(?:north|south|east|west)\s+of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""What stands before a visit's destination: "to Paris", "reached Dubai", "arrived at an air
base south of Seoul", "made Beijing his first foreign destination", "chose Malaysia for his
first trip abroad"."""
_CAPITAL_OF = re.compile(
    r"\b(?:to|in|into|at|visit(?:s|ed|ing)?|reached)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:capital(?:\s+city)?|province|region|airport)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""A destination named by its capital, or a place by its kind: "arrived in the capital of
Kenya", "flew to the federal capital of Nigeria", "spent Saturday in the province of
Nampula", "arrived the night of Monday to the airport of Beijing" (as translations word it).
Not "the state of", "the city of": with them a held-out set lost a visit."""
_POSSESSIVE = re.compile(r"[\w.-]*['\u2019]s\b")
"""A country that owns what the capital is the capital of: "in the capital of Ghana's
neighbour" names no trip to Ghana."""
_COUNTERPART = re.compile(r"\s+(?:counterpart|host)\b")
"""A demonym that names the host of a place the gazetteer does not know: "spent Saturday in
Pemba, where he was received by his Mozambican counterpart" went to Mozambique."""
_RIGHT_AFTER = re.compile(r"\s+(?:the\s+)?")
_HOST_IMPLIED = Prefiltered(
    r"\b(?:arrived|arrives|landed|touch(?:ed|es)\s+down|is visiting|is on)\b", re.IGNORECASE
)
_EVENT_VENUE = re.compile(
    r"\b(?:summit|forum|conference|congress|games|olympics|expo|exhibition|festival)\s+"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A place that is where an event was held, not where the visit goes: "flying in from the
BRICS summit in Johannesburg"."""


_REGION = re.compile(
    r"\s+(?:(?:on\s+)?to\s+|of\s+)?(?:the\s+)?(?:continent|region|area|neighbourhood|"
    rf"neighborhood|{trie_pattern(REGIONS)})\b"
    rf"(?![\s-]+(?:island\s+)?(?:{COUNTRY_NOUN})\b)"
)
"""A trip to a region, not to one country: its host is not anyone's country named nearby.
"The Gulf state" is one country the region describes (regional_hosts)."""


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


_NAMED_IN_ITS_TIME = Prefiltered(
    r"\bwhat\s+(?:was\s+then|were\s+then|is\s+now|are\s+now)\s+(?:called\s+|known\s+as\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""A country named as it was, or is, called: "went to what was then Ceylon", "flew to what
is now Bangladesh"; the words before it still tell whether the trip goes there."""


def _destination(text: str, cue: re.Match[str], start: int) -> bool:
    """Whether the place at ``start`` is where a trip goes: after "to", "in", "visited", or
    right after a departure cue ("leaves for Davos") or a tour's way on ("will continue his
    tour toward Managua"), as a bare "toward" ("policy toward China") is not."""
    if named := _NAMED_IN_ITS_TIME.search(text, max(0, start - 40), start):
        start = named.start()
    if TO_PLACE.search(text[max(0, start - 12) : start]):
        return True
    if _CAPITAL_OF.search(text, max(0, start - 40), start) and not _POSSESSIVE.match(text, start):
        return True  # "arrived in the capital of Kenya"
    return (
        cue.group().endswith(("for", "toward", "towards"))
        and _RIGHT_AFTER.fullmatch(text, cue.end(), start) is not None
    )


_TOUR_CLAUSE = Prefiltered(r"\b(?:tour|trip|journey|swing)\s+(?:that|which)\b[^,;.]{0,80}$", re.I)
"""A clause about the whole tour, up to a country it names: "an African tour that began in"."""


def _tour_leg(text: str, cue: re.Match[str], start: int) -> bool:
    """Whether the place at ``start`` is named by a clause about the tour after the cue ("a
    three-day official visit, the second stop of a tour that began in South Africa and will
    end in Ethiopia"): another leg of it, not where the cue's visit goes."""
    clause = _TOUR_CLAUSE.search(text, max(0, start - 100), start)
    return clause is not None and clause.start() >= cue.end()


def _origin(view: SentenceView, cue: re.Match[str]) -> tuple[str, PlaceMention | None] | None:
    """The country (and place) a visitor came from when the cue is told in the clause about
    it: "arrived from Djibouti, where on Friday he visited the French troops" is a visit to
    Djibouti, the earlier stop, not to the country the story is filed from."""
    clause = next(reversed(list(ORIGIN_CLAUSE.finditer(view.text, 0, cue.start()))), None)
    if (
        clause is None
        or clause["word"] != "where"
        or ORIGIN_CLAUSE_END.search(view.text, clause.end(), cue.start())
    ):
        return None
    return named_at(view, view.start + clause.start("origin"))


def host_of(
    view: SentenceView,
    cue: re.Match[str],
    visitor: PersonMention,
    visitor_country: str | None,
    people: dict[str, Person],
) -> tuple[str | None, PlaceMention | None]:
    """The host country (and place) the cue points to, else the host person's country."""
    origin = _origin(view, cue)
    if origin is not None and origin[0] != visitor_country:
        return origin  # "arrived from Djibouti, where on Friday he visited the troops"
    text = view.text
    targets: list[tuple[int, str, PlaceMention | None]] = []
    for country in view.countries:
        start, _ = view.local(country.span)
        if (
            country.form == "name"
            and _destination(text, cue, start)
            and not names_a_topic(text, start)
            and of_this_visit(text, view, cue, country.span)
            and not _tour_leg(text, cue, start)
        ):
            targets.append((start, country.iso2, None))
    for place in view.places:
        start, _ = view.local(place.span)
        if (
            _destination(text, cue, start)
            and not names_a_topic(text, start)
            and (
                not _EVENT_VENUE.search(text, max(0, start - 40), start)
                or TO_EVENT.fullmatch(text, cue.end(), start) is not None
            )
            and of_this_visit(text, view, cue, place.span)
            and not _tour_leg(text, cue, start)
        ):
            targets.append((start, place.country, place))
    if any(
        t[1] == visitor_country and _RIGHT_AFTER.fullmatch(text, cue.end(), t[0]) for t in targets
    ):
        # "is in Nairobi today, hosting the Zambian president": the cue's own place is the
        # visitor's home, so no guest's country in the sentence is where the trip goes
        return None, None
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
            if p.country != visitor_country
            and _setting(text, view.local(p.span)[0])
            and not _tour_leg(text, cue, view.local(p.span)[0])  # "a tour that will take him"
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
    attributed = attributive_host(view, cue, visitor_country)  # "a Peru visit"
    if attributed is not None:
        return attributed, None
    if _REGION.match(text, cue.end()) or ACCOMPANIES.search(text):
        # "travelled to the continent": no one country is the host; "the ministers who
        # accompanied Xi": the leader named is their compatriot, not their host.
        return None, None
    at_home = any(p.country == visitor_country for p in view.places)
    for country in view.countries:
        start, end = view.local(country.span)
        if (
            not at_home
            and start > cue.end()
            and country.form == "demonym"
            and country.iso2 != visitor_country
            and _COUNTERPART.match(text, end)
        ):
            return country.iso2, None  # "in the province of X, received by his Mozambican host"
    for mention in view.people:
        person = people.get(mention.person)
        if (
            mention.person != visitor.person
            and person
            and person.country not in (None, visitor_country)
        ):
            return person.country, None
    return None, None
