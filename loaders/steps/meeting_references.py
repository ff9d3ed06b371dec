"""Meeting references: the participants a sentence refers to without naming them.

"The two leaders then held talks", "They met at the palace", "the visiting premier was received
by the President", "met the host president" and "received the Slovenian delegation" tell talks
whose people are named elsewhere: in
the sentence before, by the visit under way, or as the two principals of a bilateral text.
Resolving those phrases needs the whole document (its visits, people and posts), while the rest
of a meeting is read from its sentence alone (meeting_sentences.py); so it lives apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dkg.loaders.document import Document, Meeting, Visit
from dkg.loaders.gazetteer import fold
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.airport_greeters import greeters
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.enumerated_talks import enumerates_talks, enumerating_holder
from dkg.loaders.steps.pair_posts import (
    hold_the_post,
    lead_countries,
    leading_host,
    the_two_holders,
)
from dkg.loaders.steps.programme_talks import day_actor, programme_item, programme_subject
from dkg.loaders.steps.role_holders import holds_role
from dkg.loaders.steps.talks_cues import greets_on_arrival
from dkg.loaders.steps.told_talks import told_just_before
from dkg.loaders.steps.unpartnered_talks import guest_talks_alone
from dkg.loaders.steps.visit_hosts import host_named_in_visit

_PAIR = Prefiltered(
    r"\b(?:the two|both|(?-i:[Tt]he)(?=\s+(?-i:[A-Z])))\s+(?P<noun>presidents|leaders|"
    r"heads of (?:state|government)|"
    r"prime ministers|ministers\s+(?:of|for)\s+foreign\s+affairs|ministers|foreign ministers|"
    r"premiers|chancellors|monarchs|men|women|"
    # heads of parliaments: "the two Chairmen held talks", "the two Speakers met"
    r"chairmen|chairwomen|chairpersons|speakers)\b"
    # "The two met at the palace": no noun, the talks verb right after.
    r"|\bthe two(?=\s+(?:(?:later|then|also|first|subsequently)\s+)?(?:met|held|talked|spoke|"
    r"sat)\b)"
    # "The leaders first met in June on the sidelines of ...": the pair's own earlier talks,
    # the talks verb right after, as many leaders' "the leaders gathered" is not.
    r"|\bthe\s+leaders(?=\s+(?:(?:first|last|previously|had|have)\s+)+met\b)",
    re.IGNORECASE,
)
"""A sentence about the two principals of a bilateral text without naming them: "the two
leaders", "the two met", "the two Chairmen" of parliaments, or with the capitals of agency
style, "The Heads of State then held talks"."""
_THEY = Prefiltered(
    r"\b[Tt]hey(?=\s+(?:(?:later|then|also|first|subsequently)\s+)?(?:met|held|talked|spoke|"
    r"sat)\b)"
)
"""Two people the sentence before named, as the subject of talks: "They met at the Kremlin"."""
_VISITING = Prefiltered(
    r"\bthe\s+visiting\s+(?:president|premier|prime minister|leader|head of state|chancellor|"
    r"king|queen|emir|monarch|minister|foreign minister|dignitary|mandatary)\b"
    r"|\b(?:his|her|their)\s+(?:distinguished\s+|foreign\s+)?guest\b",
    re.IGNORECASE,
)
"""The visitor of the visit under way, named by the role alone: "the visiting premier was
received by the President", "the Sultan hosted his guest", or as texts translated from Spanish
or Portuguese call a head of state, "the visiting Mandatary"."""
_HOST = Prefiltered(
    r"\bthe\s+host\s+(?P<role>president|prime\s+minister|chancellor|king|queen|emir|sultan|"
    r"foreign\s+minister)\b",
    re.IGNORECASE,
)
"""The host of the visit under way named by the role alone: "met the host president at the
palace", whom the story names elsewhere ("President X later hosted a dinner")."""

_DELEGATION = Prefiltered(
    r"\b(?:the|a)\s+(?P<of>(?:[A-Z][\w'\u2019-]*\s+){1,2})delegation\b"
    r"|\bthe\s+delegation\s+(?:of|from)\s+(?:the\s+)?(?P<from>(?:[A-Z][\w'\u2019-]*\s*){1,3})",
)
"""A country's delegation met as one: "the Chancellor received the Slovenian delegation for
talks", "talks with the delegation of Slovenia"; its head is the visitor from that country."""
_LED_BY = re.compile(r",?\s+(?:which\s+was\s+|who\s+(?:was|were)\s+)?(?:led|headed)\s+by\b")
"""A delegation whose head the sentence names ("the Slovenian delegation led by X")."""


@dataclass(frozen=True, slots=True)
class ReferenceCues:
    """Which of the rarer referring phrases ("they met", "the visiting premier", "the host
    president") a document may hold anywhere. Most documents hold one or none, and a sentence
    needs no scan for a phrase its whole text cannot hold (a sentence is a piece of it)."""

    they: bool
    visiting: bool
    host: bool
    counted: bool = False
    delegation: bool = False


def reference_cues(document: Document) -> ReferenceCues:
    """The referring phrases ``document`` may hold, each told by its filter on the whole text."""
    text = document.text
    return ReferenceCues(
        _THEY.may_match(text),
        _VISITING.may_match(text),
        _HOST.may_match(text),
        enumerates_talks(text),
        _DELEGATION.may_match(text),
    )


_ANY_CUE = ReferenceCues(they=True, visiting=True, host=True, counted=True, delegation=True)


def unnamed_participants(
    document: Document,
    views: Sequence[SentenceView],
    at: int,
    after_talks: bool,
    pair: tuple[str, ...],
    cues: ReferenceCues = _ANY_CUE,
    last_talks: Meeting | None = None,
) -> tuple[str, ...]:
    """The people the sentence ``views[at]`` refers to without naming them, in the order its
    phrases name them; ``pair`` are the principals of the text (``principals``),
    ``after_talks`` whether talks were told before the sentence, ``cues`` the phrases the
    document may hold (``reference_cues``; by default, any) and ``last_talks`` the meeting told
    last before it."""
    view = views[at]
    unnamed: tuple[str, ...] = ()
    noun = _PAIR.search(view.text)
    if (
        noun is not None
        and (not _named_before(view, noun.start()) or _greeted_before(document, view, noun))
        and not _named_after(view, noun.end())
    ):
        just_told = told_just_before(views, at, last_talks)
        if just_told is not None and (
            not just_told
            or (
                len(just_told) == 2
                and hold_the_post(noun["noun"] or "", just_told, document.people)
            )
        ):
            # "A and B held talks. The two ministers welcomed ...": the people of those talks,
            # whoever else the story is about; none for a call whose people were not found.
            unnamed = just_told
        else:
            named = _named_pair(document, views[at - 1], after_talks) if at else ()
            named = named if hold_the_post(noun["noun"] or "", named, document.people) else ()
            told = _told(document, pair, view.start)
            if not hold_the_post(noun["noun"] or "", told, document.people):
                # "the two Ministers of Foreign Affairs" of a state visit whose principals are
                # its presidents: the guest's minister and the host's, named earlier.
                told = the_two_holders(noun["noun"], document.people, view.start) or told
            unnamed = named if named and (not pair or pair[0] in named) else told
    elif (
        at
        and cues.they
        and (they := _THEY.search(view.text))
        and not _named_before(view, they.start())
    ):
        # "On the eve of the summit, they met": the two the sentence before named, if
        # it named two of different countries; "they" may be any group else.
        unnamed = _named_pair(document, views[at - 1], after_talks)
    programme = programme_subject(view.text)
    if programme or (cues.visiting and _VISITING.search(view.text)) or programme_item(view.text):
        # no visit under way: the programme is that of the day of the story's subject
        guest = _guest(document, view.start)
        actor = day_actor(document, view.start) if programme and not guest else ()
        unnamed = (*unnamed, *guest, *actor)
    if cues.counted and not unnamed:
        unnamed = enumerating_holder(views, at)  # "held two meetings. The first was with X"
    if cues.host and (host := _HOST.search(view.text)):
        unnamed = (*unnamed, *_host(document, view.start, host["role"]))
    if cues.delegation and (delegation := _DELEGATION.search(view.text)):
        unnamed = (*unnamed, *_delegation_head(document, view, delegation))
    if not unnamed and pair and guest_talks_alone(view, pair[0]):
        # "He held official talks at the Ministry": the visitor's talks with the host.
        unnamed = pair if _guest(document, view.start) == pair[:1] else ()
    return unnamed


def principals(document: Document) -> tuple[str, ...]:
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


def _told(document: Document, pair: tuple[str, ...], start: int) -> tuple[str, ...]:
    """Those of ``pair`` the sentence at ``start`` can refer back to: "Following the talks, the
    two leaders adopted a Declaration" does not mean a former president the story names only
    further down, as the traveller of another visit ("President B had paid a state visit to
    Cyprus in 2018"); one named next without a trip of their own may be the side it means."""
    first = {p.key: min(p.mentions).start for p in document.people if p.mentions}
    travellers = {v.visitor for v in document.visits if v.start is not None}
    return tuple(k for k in pair if first.get(k, start) < start or k not in travellers)


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


def _greeted_before(document: Document, view: SentenceView, noun: re.Match[str]) -> bool:
    """Whether those the sentence names before "the two leaders" are a guest and who met the
    plane, none of whom leads a country ("A was welcomed at the airport by the First Vice
    President, C, before ... the two leaders held talks"): the phrase is then the guest and
    the host leader, as it would be in a sentence of its own."""
    stretches = [s for s in greeters(view.text) if s[1] <= noun.start()]
    met = [
        m.person for m in view.people if any(a <= view.local(m.span)[0] < b for a, b in stretches)
    ]
    return bool(met) and not lead_countries(met, document.people)


_APPOSITION = re.compile(r",?\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}")
"""What may stand between "the two ministers" and the name that restates it: a comma, a title."""


def _named_after(view: SentenceView, at: int) -> bool:
    """Whether the people of "the Chancellors" ending at ``at`` are named right after it ("the
    Chancellors A and B held a bilateral meeting", "the two foreign ministers, A and his
    Peruvian counterpart B"): the phrase is those people, not the principals of the text."""
    return any(
        _APPOSITION.fullmatch(view.text, at, view.local(m.span)[0]) is not None
        for m in view.people
        if view.local(m.span)[0] >= at
    )


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


def _delegation_head(
    document: Document, view: SentenceView, delegation: re.Match[str]
) -> tuple[str, ...]:
    """The head of the country's delegation the sentence meets as one ("received the
    Slovenian delegation"): the visitor from that country whose visit is under way, or the
    visitor of unknown country who came to another; none when the sentence names the head
    itself ("the delegation led by X") or no one visits from there."""
    if _LED_BY.match(view.text, delegation.end()):
        return ()
    start, end = delegation.span("of") if delegation["of"] else delegation.span("from")
    country = next((c.iso2 for c in view.countries if start <= view.local(c.span)[0] < end), None)
    if country is None:
        return ()
    countries = {p.key: p.country for p in document.people}
    under_way = [
        v
        for v in document.visits
        if v.status == "happened" and v.evidence and v.host_country != country
    ]
    for known in (country, None):
        visits = [v for v in under_way if (v.visitor_country or countries.get(v.visitor)) == known]
        told = [v for v in visits if v.evidence[0].start <= view.start]
        if visits:
            return ((told[-1] if told else visits[0]).visitor,)
    return ()
