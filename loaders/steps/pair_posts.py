"""Whom "the two presidents" can be: two people who hold that post, or whose post is unknown.

"The two presidents met in Ashgabat in October" stands for the two people the previous
sentence named only when they are presidents: after "Presidential aide X said it would be the
Iranian leader's first visit", the aide is no president, and the pair is the story's two
principals instead; "the two leaders" are two who lead their countries. A noun that names no
post ("the two men") takes anyone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dkg.loaders.document import Person
from dkg.loaders.steps.leader_posts import LEADER_POSTS
from dkg.loaders.steps.rank_posts import is_rank

_LEADS = LEADER_POSTS | {"General Secretary", "Secretary General", "Secretary-General"}
"""Whom news calls a leader: a head of state or of government, and the head of a ruling party
or of an international body ("the two leaders" are a party's general secretary and a visiting
president)."""
_NOUN_POSTS = {
    "presidents": frozenset({"President"}),
    "prime ministers": frozenset({"Prime Minister"}),
    "premiers": frozenset({"Prime Minister"}),
    "chancellors": frozenset({"Chancellor"}),
    "foreign ministers": frozenset({"Minister of Foreign Affairs"}),
    "ministers of foreign affairs": frozenset({"Minister of Foreign Affairs"}),
    "ministers for foreign affairs": frozenset({"Minister of Foreign Affairs"}),
    "leaders": _LEADS,
    "heads of state": LEADER_POSTS,
    "heads of government": LEADER_POSTS,
}
"""The posts the plural nouns of "the two ..." name, as posts are written once normalised:
"the two leaders" lead a country or a body, they are not a spokesman named between."""


def hold_the_post(noun: str, keys: Iterable[str], people: Iterable[Person]) -> bool:
    """Whether every one of ``keys`` with a known post holds the post ``noun`` names; a joint
    title holds each of its posts ("Crown Prince and Prime Minister" leads a country), and an
    officer's rank is no post known ("General A" may lead a country)."""
    wanted = _NOUN_POSTS.get(" ".join(noun.casefold().split()))
    if wanted is None:
        return True
    # A rank alone ("General A") tells no office: a junta's head is styled by it.
    posts = {
        p.key: {
            part
            for post in p.posts
            if not is_rank(post.title)
            for part in (post.title, *post.title.split(" and "))
        }
        for p in people
    }
    return all(not posts.get(key) or posts[key] & wanted for key in keys)


def the_two_holders(noun: str, people: Iterable[Person], before: int) -> tuple[str, ...]:
    """The two people named before offset ``before`` who hold the post ``noun`` names, one per
    country: "the two Ministers of Foreign Affairs" of a state visit are the guest's and the
    host's, whoever the story's principals and the talks told last were; none unless exactly
    two hold it and they are not of one country."""
    wanted = _NOUN_POSTS.get(" ".join(noun.casefold().split()))
    if wanted is None:
        return ()
    holders = [
        p
        for p in people
        if p.mentions
        and min(p.mentions).start < before
        and any(
            part in wanted
            for post in p.posts
            if not is_rank(post.title)
            for part in (post.title, *post.title.split(" and "))
        )
    ]
    if len(holders) != 2:
        return ()
    one, other = (p.country for p in holders)
    return () if one is not None and one == other else tuple(p.key for p in holders)


def lead_countries(keys: Iterable[str], people: Iterable[Person]) -> bool:
    """Whether every one of ``keys`` holds the post of a head of state or of government: only
    such a greeter at the airport is one of "the two leaders" whose talks follow."""
    posts = {p.key: {post.title for post in p.posts} for p in people}
    return all(posts.get(key, set()) & LEADER_POSTS for key in keys)


def leading_host(people: Sequence[Person], visitor: str, host_country: str) -> str | None:
    """The head of state or of government who hosts a visiting one, where the first person of
    the host country the text names leads no country: the host's foreign minister, whose
    country the text states more often than the monarch's, is not a leader's counterpart, so
    another leader of the host country is, else one whose country the text leaves unsaid
    ("Sultan X received the visiting president"). None when the visitor leads no country, the
    first of the host country is a leader or has no post the text tells, or no leader hosts."""
    if not lead_countries([visitor], people):
        return None
    others = [p for p in people if p.key != visitor]
    first = next((p for p in others if p.country == host_country), None)
    if first is None or not first.posts or lead_countries([first.key], people):
        return None  # "his Uzbek counterpart X": a post unsaid may be a leader's
    leaders = [p for p in others if lead_countries([p.key], people)]
    for country in (host_country, None):
        found = next((p.key for p in leaders if p.country == country), None)
        if found is not None:
            return found
    return None
