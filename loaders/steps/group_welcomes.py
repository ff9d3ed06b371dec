"""Group welcomes: a host greeting several foreign guests at once is a ceremony, not talks.

Summit and inauguration stories open with the host receiving everyone who came: "The
president welcomed the leaders of Brazil, China and India at the convention centre". The
guests arrived together and shook hands in a line; nobody held talks, neither host with guest
nor guest with guest. The gold counts talks as meetings, so such a sentence gives none (the
talks, if any, are told by their own sentence: "X and Y held bilateral talks on Thursday").

A welcome of one guest, or of a delegation of one country ("the President received the Prime
Minister and the Foreign Minister of X"), stays a meeting: it is how host-side readouts tell
bilateral talks.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document, Post
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.meeting_counterparts import CLAUSE_END, JOINT
from dkg.loaders.steps.talks_cues import WELCOMES, talks_cues


def welcomes_a_group(view: SentenceView, document: Document) -> bool:
    """Whether the sentence tells one welcome ("welcomed", "received", "greeted"), and no
    other talks, of guests who serve two foreign countries or more, with nothing that seats
    them at one table ("trilateral", "joint", "together" talks).

    The guests are named after the verb up to the end of its clause ("X received Y, who came
    at the invitation of Z": Z is no guest); the hosts before it, and their country is not
    foreign. A passive welcome is left alone: what stands before "was received by" is not
    only guests ("A arrived at the invitation of B and was received by C")."""
    if len({m.person for m in view.people}) < 2:
        return False  # guests of two countries are two people: no need to read the cues
    cues = list(talks_cues(view.text))
    if len(cues) != 1 or cues[0].group().casefold() not in WELCOMES or JOINT.search(view.text):
        return False  # "A was received by X, and B by Y": two scenes, each its own meeting
    cue = cues[0]
    if _PASSIVE.search(view.text, 0, cue.start()):
        return False
    stop = CLAUSE_END.search(view.text, cue.end())
    end = stop.start() if stop else len(view.text)
    starts = {m.person: view.local(m.span)[0] for m in reversed(view.people)}
    before = {k for k, at in starts.items() if at < cue.start()}
    after = {k for k, at in starts.items() if cue.end() <= at < end} - before
    hosts, guests = (
        (after, before) if _PASSIVE.search(view.text, 0, cue.start()) else (before, after)
    )
    countries = {p.key: p.country or _post_country(p.posts) for p in document.people}
    foreign = {countries.get(k) for k in guests} - {None, *(countries.get(k) for k in hosts)}
    return len(foreign) >= 2


_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+\s+)?$")
"""A passive welcome: "the leaders were warmly welcomed by"."""


def _post_country(posts: tuple[Post, ...]) -> str | None:
    """The first country a person's posts name."""
    return next((p.country for p in posts if p.country), None)
