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

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Final

from dkg.loaders.document import Document, Meeting, Person, Post
from dkg.loaders.gazetteer import fold
from dkg.loaders.steps.envoy_postings import resident_envoy

_HEADS: Final = frozenset(
    {
        "president",
        "vice president",
        "prime minister",
        "deputy prime minister",
        "first deputy prime minister",
        "chancellor",
        "vice chancellor",
        "federal chancellor",
        "federal president",
        "king",
        "queen",
        "emperor",
        "emir",
        "amir",
        "sultan",
        "crown prince",
        "grand duke",
        "governor general",
    }
)
"""Posts of a state's own head or government, which only a state has (a Governor-General, folded
"governor general", represents the monarch of a realm; a plain "Governor" may be a province's
or a central bank's); a President "of" a body ("President of the European Commission") is no
head of the host state and is not here."""


_RECEIVED_BY = re.compile(
    r"\b(?:received|welcomed|greeted|hosted)\s+by\s+(?:[A-Z][\w'\u2019.-]*\s+){0,5}$"
)
"""The words before a host's name: "was received by President ", "welcomed by "."""


_COUNTERPART_BEFORE = re.compile(r"\bcounterpart,?\s+$")


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
            if len(meeting.participants) != 2:
                continue
            if meeting.during_visit is None:
                for host, country in _envoys_hosts(meeting, people):
                    found.setdefault(host, set()).add(country)
                continue
            visit = document.visits[meeting.during_visit]
            if visit.visitor not in meeting.participants:
                continue
            (host,) = (k for k in meeting.participants if k != visit.visitor)
            found.setdefault(host, set()).add(visit.host_country)
            guest = people.get(visit.visitor)
            if host in counterparts and guest is not None:
                # "She held talks with her counterpart X": X holds her post, for the host.
                shared[host] = tuple(Post(p.title, None) for p in guest.posts if _national(p))
        hosts = {v.host_country for v in document.visits}
        for key, country in _companions(document, people).items():
            # "He was accompanied by Foreign Minister X": the leader's own minister.
            found.setdefault(key, set()).add(country)
        if len(hosts) == 1:
            # "He was received by President X at the airport": the one who receives a guest
            # in a story of one host country is that country's.
            for key in _receivers(document):
                found.setdefault(key, set()).update(hosts)
        placed = tuple(
            _placed(_holding(p, shared.get(p.key, ())), next(iter(found[p.key])))
            if len(found.get(p.key, ())) == 1
            and _stateless(_holding(p, shared.get(p.key, ())), next(iter(found[p.key])))
            else _placed(p, p.country)
            if p.country is not None and _stateless(p, p.country)
            else p
            for p in document.people
        )
        if placed == document.people:
            return document
        return replace(document, people=placed)


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


def _companions(document: Document, people: dict[str, Person]) -> dict[str, str]:
    """The people named after "accompanied by" in a sentence whose last person before it (the
    one accompanied) has a country: "President X of Brazil ... He was accompanied by Foreign
    Minister Y" gives Y Brazil, as a leader's delegation is his own government's. Only the
    names of that phrase: in "X, accompanied by Y, met Z" Z is the one met."""
    found: dict[str, str] = {}
    for sentence in document.sentences:
        cue = _ACCOMPANIED_BY.search(sentence.text)
        if cue is None and "ccompanying" in sentence.text:  # a cheap test before the scan
            cue = _ACCOMPANYING.search(sentence.text)
        if cue is None:
            continue
        at = sentence.span.start + cue.start()
        close = _PHRASE_END.search(sentence.text, cue.end())
        until = sentence.span.start + (close.start() if close else len(sentence.text))
        inside = [m for m in document.person_mentions if sentence.span.contains(m.span)]
        if cue.re is _ACCOMPANYING:
            # "Accompanying the President were A and B": the one accompanied is in the cue.
            lead = sentence.span.start + cue.start("leader")
            before = [m for m in inside if lead <= m.span.start < sentence.span.start + cue.end()]
        else:
            before = [m for m in inside if m.span.end <= at]
        leader = people.get(before[-1].person) if before else None
        if leader is None:
            continue
        country = leader.country or next((p.country for p in leader.posts if p.country), None)
        if country is None:
            continue
        for mention in inside:
            if (
                mention.via == "name"
                and at < mention.span.start < until
                and mention.person != leader.key
            ):
                found.setdefault(mention.person, country)
    return found


_ACCOMPANIED_BY = re.compile(r"\baccompanied\s+by\b")
_ACCOMPANYING = re.compile(
    r"\b[Aa]ccompanying\s+(?P<leader>(?:(?!\s+to\s)[^,;]){2,60}?)"
    r"\s+(?:were|was|are|is|will\s+be)\s+"
)
"""The companions after the one they accompany: "Accompanying the President were ..."; not
those who accompany a guest *to* a place, who may be the host's escort."""
_PHRASE_END = re.compile(r",\s+(?!and\b)(?-i:[a-z])|[;:]")
"""Where the companions end: a comma before a lower-case word (", met Prime Minister X", ", who
...") or a semicolon; the commas of a list of titled names ("A, B and C") do not end it."""


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


def _stateless(person: Person, host: str) -> bool:
    """Whether no post of the person has a country, no other country than the host's is
    theirs, and they hold a state's post."""
    if person.country not in (None, host) or any(post.country for post in person.posts):
        return False
    return any(_national(post) for post in person.posts)


def _national(post: Post) -> bool:
    """Whether the post is a state's own: a head of state or government, or a minister."""
    title = fold(post.title)
    return title in _HEADS or "minister" in title.split()


def _placed(person: Person, country: str) -> Person:
    """``person`` serving ``country`` on each of their state's posts."""
    posts = tuple(
        replace(post, country=country) if _national(post) else post for post in person.posts
    )
    return replace(person, posts=tuple(dict.fromkeys(posts)), country=country)
