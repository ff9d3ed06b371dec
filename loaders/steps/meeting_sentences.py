"""Meeting sentences: the meeting one sentence reports, with its people, date, place and mode.

A sentence with a talks cue (talks_cues.py) and at least two people reports talks, unless its
words tell them planned (planned_talks.py), unasserted, called off or a habit. Which of its
people, dates and places belong to the talks, and which to a relative clause, the source quoted
or a plan, is read here from the sentence alone; the document-wide work (people referred to
without names, merging, the visit the talks belong to) is the extractor's (meetings.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

from dkg.loaders.document import Meeting, PlaceMention
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.absent_senders import absent_senders
from dkg.loaders.steps.agreements_dated_earlier import signed_earlier
from dkg.loaders.steps.airport_greeters import greeters
from dkg.loaders.steps.called_off_talks import called_off
from dkg.loaders.steps.clause_dates import clause_dates
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.departed_people import the_departed
from dkg.loaders.steps.founders import founders
from dkg.loaders.steps.habitual_talks import told_as_habit
from dkg.loaders.steps.joint_talks import joint_act, venue_of_act
from dkg.loaders.steps.meeting_modes import meeting_formats, meeting_mode
from dkg.loaders.steps.named_after import people_after
from dkg.loaders.steps.planned_talks import future_before, plans_after, wished_before
from dkg.loaders.steps.predecessor_names import succession_owners
from dkg.loaders.steps.programme_talks import stay_programme
from dkg.loaders.steps.reporting_subjects import recalls_another, reports_another
from dkg.loaders.steps.side_presence import side_presence
from dkg.loaders.steps.since_phrases import since_phrases
from dkg.loaders.steps.spouse_companions import spouses_beside
from dkg.loaders.steps.talks_cues import signed_object, talks_cues
from dkg.loaders.steps.talks_places import own_clause_first
from dkg.loaders.steps.topic_places import names_a_topic
from dkg.loaders.steps.unasserted import only_discussed, unasserted
from dkg.loaders.steps.visit_days import attribute_year, nearest, stated_days
from dkg.loaders.steps.when_clauses import when_dates


class TalksCue(NamedTuple):
    """The words a sentence's talks are read from, and whether they are two people's joint act,
    whose venue the sentence tells with "in" or "at" ("A and B agreed in Seoul to ...")."""

    match: re.Match[str]
    joint: bool


def talks_cue(view: SentenceView, officials: Collection[str] | None = None) -> TalksCue | None:
    """The cue of the talks a sentence may report: its first talks cue, else the act of two of
    ``officials`` joined by "and" ("A and his counterpart B agreed Monday to ...", anyone's by
    default), else None, and then the sentence reports no talks whoever it names or refers to.
    The extractor reads it once for a sentence that names two people, to skip the people it
    refers to when there is none, and hands it to ``read_meeting``."""
    cue = next(talks_cues(view.text), None)
    if cue is not None:
        return TalksCue(cue, joint=False)
    act = joint_act(view, officials)
    return TalksCue(act, joint=True) if act is not None else None


def read_meeting(
    view: SentenceView,
    pair: tuple[str, ...] = (),
    officials: Collection[str] | None = None,
    cue_read: TalksCue | None = None,
) -> Meeting | None:
    """The meeting a sentence reports: a talks cue and at least two people.

    ``pair`` are the people the sentence refers to without naming them: "the two presidents",
    "the visiting premier"; ``officials`` the keys of the people who hold a post, whose joint
    acts ("A and B agreed Monday to ...") tell talks (by default, anyone's); ``cue_read`` the
    sentence's ``talks_cue`` when the caller has read it already.
    """
    if len({m.person for m in view.people}) + len(pair) < 2:
        return None  # fewer than two people: no talks, whatever the cue (and it is not read)
    read = cue_read if cue_read is not None else talks_cue(view, officials)
    if read is None:
        return None
    cue, joint = read
    if _met_in_which_clause(view.text, cue):
        return None  # "the Joint Commission, which last met in 2019": the body's sessions
    if (
        # "During his stay, X will call on Y": the programme of a stay, kept for now (the
        # extractor keeps it only when the stay is under way).
        (future_before(view.text, cue.start()) and not stay_programme(view.text))
        or wished_before(view.text, cue.start())
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
        c.span()
        for c in RELATIVE_CLAUSE.finditer(view.text)
        if not c.start() <= cue.start() < c.end()
    ]
    # "the first visit by X since A came to Rome in May 2018 for a meeting with B": the talks
    # are the "since" clause's, with its people and its date, not the sentence's.
    since = [s for s in since_phrases(view.text) if s[0] <= cue.start() < s[1]]
    if since:
        start, end = since[0][0], _clause_end(view.text, since[0][0])
        aside += [(0, start), (end, len(view.text))]
        pair = ()
    # "Kishida, the first premier to visit since Shinzo Abe in 2016, told reporters after the
    # talks": who is named only in a "since" phrase is the earlier event's, not at these talks.
    earlier = [s for s in since_phrases(view.text) if s not in since]
    aside += earlier
    # "..., Ambassador X said.": who reports the talks is not at them.
    # "..., X told reporters after the meeting": the cue may stand in the attribution itself.
    aside += [
        a.span()
        for a in _ATTRIBUTION.finditer(view.text)
        if a.start() >= cue.end() or a.start() <= cue.start() < a.end()
    ]
    aside += side_presence(view.text)  # "with Crown Prince X at his side": there, no party
    aside += _before_named_sides(view, cue)  # "X recalled the meeting between A and B"
    aside += absent_senders(view)  # "handed over a letter from President Y"
    aside += spouses_beside(view.text)  # "received the President and First Lady X"
    aside += the_departed(view.text)  # "condolences on the death of X": no party
    if pair:
        # "A was welcomed at the airport by C, before ... the two leaders held talks": C met
        # the plane; the talks are those of the people the sentence refers to.
        aside += greeters(view.text)
    aside += founders(view.text)  # "the ties forged by X and Y": history, no party
    aside += succession_owners(view.text)  # "X's predecessor Y held talks": Y's talks
    participants = _parties(view, cue, aside)
    # "who is on a visit at the invitation of A, called on B": A invited, B was met; but in
    # "held talks in Hanoi at the invitation of A" the one who invited is the one met.
    inviters = _inviters(view)
    invited = _parties(view, cue, [*aside, *inviters]) if inviters else participants
    participants = invited if len(invited) >= 2 else participants
    if pair:
        # "the two leaders ... with their foreign ministers, A and B": the leaders take part.
        participants = tuple(dict.fromkeys((*pair, *participants)))
    if len(participants) < 2:
        return None
    clauses = [*aside, *plans_after(view.text, cue.end())]
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
                # "A and B agreed Monday ..., as Seoul seeks a role": a capital that stands for
                # its government; a joint act's venue is told with "in" or "at".
                and (not joint or venue_of_act(view, p))
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
        mode=meeting_mode(view.text),
        formats=meeting_formats(view.text),
        evidence=(view.sentence.span,),
    )


def _parties(
    view: SentenceView, cue: re.Match[str], aside: list[tuple[int, int]]
) -> tuple[str, ...]:
    """The people the sentence names outside the ``aside`` stretches, but not who reports the
    talks: "Spokesman X said General A had spoken by telephone with B"."""
    return tuple(
        dict.fromkeys(
            m.person
            for m in view.people
            if not any(a <= view.local(m.span)[0] < b for a, b in aside)
            and not reports_another(view, m, cue)
            and not recalls_another(view, m, cue)
        )
    )


_INVITATION = Prefiltered(r"\binvitation\s+of\s+", re.IGNORECASE)
_INVITER_REACH = 60
"""How far after "invitation of" the inviter's name may start: a title or two before it."""


def _inviters(view: SentenceView) -> list[tuple[int, int]]:
    """The mention of whoever invited the guest ("who is on a visit from 2 to 5 May at the
    invitation of Prime Minister A, called on President B"): the host who invited is no party
    to these talks unless the sentence names them again as the one met."""
    return people_after(view, _INVITATION, _INVITER_REACH)


_BETWEEN = re.compile(r"\s*between\s*$", re.IGNORECASE)
"""The end of a cue that names the talks' sides after it: "the meeting between"."""


def _before_named_sides(view: SentenceView, cue: re.Match[str]) -> list[tuple[int, int]]:
    """What comes before a cue that names two sides after it ("Borg recalled the meeting
    between A and B", "Talks between A and B ..."), and after the clause that names them:
    whoever stands there speaks of the talks or does something else ("..., and invited C"), and
    is no side of them."""
    if not _BETWEEN.search(cue.group()):
        return []
    end = _clause_end(view.text, cue.end())
    sides = {m.person for m in view.people if cue.end() <= view.local(m.span)[0] < end}
    return [(0, cue.start()), (end, len(view.text))] if len(sides) >= 2 else []


_CLAUSE_END = re.compile(r"[,;]|$")


def _clause_end(text: str, start: int) -> int:
    """Where the clause opened at ``start`` ends: its comma or semicolon, or the sentence's end."""
    found = _CLAUSE_END.search(text, start)
    return found.start() if found else len(text)


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
_WHICH_CLAUSE = re.compile(r",\s+which\s+[^,;.]{0,120}")
"""A relative clause about a thing ("the Joint Commission, which last met in 2019")."""


def _met_in_which_clause(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue is the verb "met" of a "which" clause: a thing met, a body or a
    commission, not the people the sentence names."""
    return cue.group().split()[0].casefold() in ("met", "meet", "meets") and any(
        c.start() <= cue.start() < c.end() for c in _WHICH_CLAUSE.finditer(text)
    )


RELATIVE_CLAUSE = re.compile(r",\s+who\s+[^,;]{0,120}(?:,|[.!?]?[\"'\u201d\u2019)]*\s*$)")
"""A relative clause about a participant ("Meloni, who flew in on Friday, was greeted"), also
one that ends the sentence ("..., who is on a state visit at the invitation of King X."): its
date and the people it names are the clause's, not the talks'."""


_ATTRIBUTION = re.compile(
    r",\s++(?:according\s+to\s++(?:[^,;]{1,80}?|(?<=\s\s))|said\s++(?:[^,;]{1,80}?|(?<=\s\s))|"
    r"(?:[^,;]{1,80}?\s++|(?<=\s\s\s))(?:said|says|told\s+(?:reporters|journalists|the\s+press|"
    r"[A-Z][\w-]*))(?:\s+(?:after|following|later|afterwards)\b[^,;]{0,40}?)?)"
    r"\s*+[.!?]?[\"'\u201d\u2019)]*\s*$"
)
"""The source a sentence ends by naming ("..., Ambassador X said.", "..., said X.", "...,
according to X.", "..., Press Secretary X told reporters after the meeting."): the person it
names reports the talks and takes no part in them."""
_STAY = re.compile(r",\s+who\s+(?:has|have)\s+been\s+(?:in|staying\s+in)\b")
"""A relative clause that tells where a participant is staying, and so where the talks are."""
