"""HostCountries: the one a visitor holds talks with in the host country serves that country.

A report names the host by post alone ("President X welcomed him at State House", "she held
talks with Foreign Minister Y in the capital"): the writer takes the host's country as known
from the visit. Without it the post is "President" of nowhere, so /api/people cannot filter by
it and ``dkg link`` cannot check a Wikidata candidate. When a visit to country C has talks
between the visitor and exactly one other person, that person is the host or the visitor's
counterpart there, so a national post of theirs (a head of state or government, a minister)
with no country is C's. Anyone whose country the text gives keeps it (a third country's
minister at the table), and an office that is no state's own (a Secretary-General, an
ambassador, who serves abroad, a company's chairman) gets none.

A person the story places in a country another way ("President X ... the Costa Rican head of
state", resolved to X) holds their national posts for that country as well.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Final

from dkg.loaders.document import Document, Meeting, Person, Post, TextSpan, Visit
from dkg.loaders.gazetteer import fold
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.envoy_postings import resident_envoy
from dkg.loaders.steps.leader_posts import LEADER_TITLES
from dkg.loaders.steps.person_placing import placed
from dkg.loaders.steps.visit_verbs import WELCOMED

_HEADS: Final = LEADER_TITLES | {
    "vice president",
    "deputy prime minister",
    "first deputy prime minister",
    "vice chancellor",
    "general secretary",
}
"""Posts of a state's own head or government and their deputies, which only a state has (and
the ruling party's "General Secretary", who leads a one-party state: one who hosts a guest is
that state's, while an international body's "Secretary-General" is no state's); a
President "of" a body ("President of the European Commission") is no head of the host state
and is not here."""


_SPEAKER: Final = re.compile(
    r"speaker(?: of (?:the )?(?:(?:national|federal|legislative|people's|grand|state|upper|"
    r"lower|consultative) )*(?:assembly|house(?: of \w+)?|senate|parliament|congress|majlis|"
    r"chamber(?: of deputies)?|council))?"
)
"""A folded title of the speaker of a state's own chamber, named by its generic words ("Speaker
of the National Assembly", "Speaker of the House of Representatives"): the speaker of a body
of several states ("Speaker of the East African Legislative Assembly") names it and is not
here."""

_RECEIVED_BY = Prefiltered(rf"\b{WELCOMED}\s+by\s+(?:[A-Z][\w'\u2019.-]*\s+){{0,5}}$")
"""The words before a host's name: "was received by President ", "welcomed by "."""


_MET_WHERE = re.compile(
    r"\b(?:(?:in|from)\s+(?P<place>[A-Z][^,;.]{1,40}),\s+where\s+(?:he|she|they|the\s+\w+)\s+"
    r"(?:also\s+)?(?:met|held\s+talks\s+with|was\s+received\s+by|called\s+on)"
    r"|to\s+(?P<destination>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
    r"(?:\s+(?:on|next|this)\s+\w+|\s+later)?\s+to\s+"
    r"(?:meet|hold\s+talks\s+with|call\s+on))\s+"
    r"(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,5}$"
)
"""The words before a person met at a place: "in Portugal, where she met Prime Minister ", an
earlier leg's "arrived from Lisbon, where he met ", a later one's "will fly to Quito to meet
President "."""


_COUNTERPART_BEFORE = re.compile(r"\bcounterpart,?\s+$")
_PLURAL_TITLE: Final = re.compile(
    r"\b(?:Presidents|(?:Prime\s+)?Ministers|Premiers|Chancellors|Kings|Emirs|Sultans|"
    r"Leaders|Heads\s+of\s+State)\s+$"
)
"""A plural title right before two names: "Presidents ", "Foreign Ministers "."""
_AND: Final = re.compile(r"\s+and\s+")


class HostCountries:
    """Gives the host or counterpart a visitor talks with the visit's host country."""

    name = "host-countries"
    requires = frozenset({"sentences", "people", "person_mentions", "visits", "meetings"})
    provides = frozenset({"people"})

    def __call__(self, document: Document) -> Document:
        """Return the document with the countries of the hosts its visits' talks name."""
        found: dict[str, set[str]] = {}
        shared: dict[str, tuple[Post, ...]] = {}
        people = {p.key: p for p in document.people}
        counterparts = _counterparts(document)
        for meeting in document.meetings:
            if meeting.during_visit is None:
                if len(meeting.participants) == 2:
                    for host, country in _envoys_hosts(meeting, people):
                        found.setdefault(host, set()).add(country)
                continue
            visit = _told_visit(document, meeting, meeting.during_visit)
            if visit.visitor not in meeting.participants or "multilateral" in meeting.formats:
                continue
            # "He held talks with President X and the Speaker, Y": each one the guest talks
            # with there is the host side; a third country's leader is named with their country.
            hosts_met = [k for k in meeting.participants if k != visit.visitor]
            for host in hosts_met:
                found.setdefault(host, set()).add(visit.host_country)
            (host, *others) = hosts_met
            guest = people.get(visit.visitor)
            if not others and host in counterparts and guest is not None:
                # "She held talks with her counterpart X": X holds her post, for the host.
                shared[host] = tuple(Post(p.title, None) for p in guest.posts if national(p))
        for key, country in _met_where(document).items():
            found[key] = {country}  # the place the sentence names outweighs a linked visit's
        hosts = {v.host_country for v in document.visits}
        if len(hosts) == 1:
            # "He was received by President X at the airport": the one who receives a guest
            # in a story of one host country is that country's; so is the one a plural title
            # pairs with a guest there ("Presidents <guest> and X launched ...").
            guests = {v.visitor for v in document.visits}
            for key in _receivers(document) | _paired_with(document, guests):
                found.setdefault(key, set()).update(hosts)
        hosted = tuple(
            placed(_holding(p, shared.get(p.key, ())), next(iter(found[p.key])), national)
            if len(found.get(p.key, ())) == 1
            and _stateless(_holding(p, shared.get(p.key, ())), next(iter(found[p.key])))
            else placed(p, p.country, national)
            if p.country is not None and _stateless(p, p.country)
            else p
            for p in document.people
        )
        if hosted == document.people:
            return document
        return replace(document, people=hosted)


def _met_where(document: Document) -> dict[str, str]:
    """The people named right after "in <place>, where she met" or "to <place> to meet": the
    one met at a stop of the trip is that place's country's ("stopped in Portugal, where she
    met Prime Minister X"), even when the talks are told as part of the tour's main visit."""
    found = {}
    text = document.text
    for mention in document.person_mentions:
        start = mention.span.start
        near = text[max(0, start - 60) : start]
        if mention.via != "name" or ("where" not in near and " to " not in near):
            continue  # a cheap test before the scan
        cue = _MET_WHERE.search(text, max(0, start - 120), start)
        if cue is None:
            continue
        place = "place" if cue["place"] else "destination"
        inside = TextSpan(cue.start(place), cue.end(place))
        places = {c.iso2 for c in document.countries if inside.contains(c.span)}
        places |= {p.country for p in document.places if inside.contains(p.span)}
        if len(places) == 1:
            found[mention.person] = places.pop()
    return found


def _told_visit(document: Document, meeting: Meeting, linked: int) -> Visit:
    """The visit the talks were held on: the visitor's stop that the talks' own sentence tells
    ("He later stopped in Uganda, where he met President X": X is Uganda's, whichever visit
    of the tour the talks were linked to), else the linked one."""
    visit = document.visits[linked]
    for other in document.visits:
        if other.visitor == visit.visitor and any(
            told.contains(said) for told in other.evidence for said in meeting.evidence
        ):
            return other
    return visit


def _envoys_hosts(meeting: Meeting, people: dict[str, Person]) -> Iterator[tuple[str, str]]:
    """The one who receives a foreign ambassador where the talks are held, and that place's
    country: an ambassador is received in the country of the posting, by its officials."""
    country = meeting.place.country if meeting.place else None
    for envoy, host in (meeting.participants, meeting.participants[::-1]):
        person = people.get(envoy)
        if (
            country is not None
            and person is not None
            and person.country not in (None, country)
            and any(resident_envoy(post.title) for post in person.posts)
        ):
            yield host, country


def _holding(person: Person, posts: tuple[Post, ...]) -> Person:
    """The person with the counterpart's posts, when the text gives them none of their own."""
    return replace(person, posts=posts) if posts and not person.posts else person


def _counterparts(document: Document) -> set[str]:
    """The people named right after "counterpart": "her counterpart X", "his Peruvian
    counterpart, X"."""
    found = set()
    for mention in document.person_mentions:
        before = document.text[max(0, mention.span.start - 20) : mention.span.start]
        if mention.via == "name" and _COUNTERPART_BEFORE.search(before):
            found.add(mention.person)
    return found


def _receivers(document: Document) -> set[str]:
    """The people named right after "received by", "welcomed by", "hosted by", maybe with
    their title: the hosts of a guest."""
    found = set()
    for mention in document.person_mentions:
        if mention.via != "name":
            continue
        before = document.text[max(0, mention.span.start - 80) : mention.span.start]
        if _RECEIVED_BY.search(before):
            found.add(mention.person)
    return found


def _paired_with(document: Document, guests: set[str]) -> set[str]:
    """The people a plural title names together with a guest, "Presidents A and B", "Prime
    Ministers B and A": the two sides of the visit, so the one who is no guest is the host."""
    found = set()
    mentions = [m for m in document.person_mentions if m.via == "name"]
    text = document.text
    for first, second in itertools.pairwise(mentions):
        if _AND.fullmatch(text, first.span.end, second.span.start) is None:
            continue
        if _PLURAL_TITLE.search(text, max(0, first.span.start - 40), first.span.start) is None:
            continue
        pair = {first.person, second.person}
        if len(pair) == 2 and len(pair & guests) == 1:
            found.update(pair - guests)
    return found


def _stateless(person: Person, host: str) -> bool:
    """Whether no post of the person has a country, no other country than the host's is
    theirs, and they hold a state's post."""
    if person.country not in (None, host) or any(post.country for post in person.posts):
        return False
    return any(national(post) for post in person.posts)


def national(post: Post) -> bool:
    """Whether the post is a state's own: a head of state or government, a minister, or the
    speaker of a state's chamber ("Speaker of the National Assembly")."""
    title = fold(post.title)
    return title in _HEADS or "minister" in title.split() or bool(_SPEAKER.fullmatch(title))
