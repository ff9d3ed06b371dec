"""Talks told in a relative clause about someone who joined other talks.

"Foreign Minister A, who visited Damascus on Dec. 22 and met B there, also attended the
talks": A joins the talks told before, and the clause tells an earlier meeting of A with B on
its own day. B is no party to the talks A joined, and the clause's meeting is a background one
that a reader annotates, as "the two last met in Geneva on 16 June" is.
"""

from __future__ import annotations

from dkg.loaders.document import Meeting, PersonMention
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.meeting_modes import meeting_mode
from dkg.loaders.steps.meeting_sentences import RELATIVE_CLAUSE
from dkg.loaders.steps.talks_cues import talks_cues

_SUBJECT_REACH = 2
"""How far before the clause's comma the mention of whom it is about may end."""


def relative_clauses(view: SentenceView) -> list[tuple[int, int]]:
    """The spans of the sentence's relative clauses about a person (", who ... ,") that tell
    talks: "who flew in with B" names a companion, who may have joined too."""
    return [
        c.span()
        for c in RELATIVE_CLAUSE.finditer(view.text)
        if any(c.start() <= cue.start() < c.end() for cue in talks_cues(view.text))
    ]


def in_clauses(view: SentenceView, mention: PersonMention, spans: list[tuple[int, int]]) -> bool:
    """Whether a person's mention stands inside one of the clause ``spans``."""
    at = view.local(mention.span)[0]
    return any(start <= at < end for start, end in spans)


def relative_talks(view: SentenceView, clauses: list[tuple[int, int]]) -> list[Meeting]:
    """The meetings the sentence's relative ``clauses`` (from :func:`relative_clauses`) tell:
    the person the clause is about (named right before its comma) with the people the clause
    names after a talks cue, on the day the clause gives, else undated."""
    found: list[Meeting] = []
    for start, end in clauses:
        cue = next(c for c in talks_cues(view.text) if start <= c.start() < end)
        subject = [
            m.person for m in view.people if 0 <= start - view.local(m.span)[1] <= _SUBJECT_REACH
        ]
        met = [m.person for m in view.people if cue.end() <= view.local(m.span)[0] < end]
        people = tuple(dict.fromkeys((*subject[-1:], *met)))
        if not subject or len(people) < 2:
            continue
        days = [d.start for d in view.dates if start <= view.local(d.span)[0] < end and d.start.day]
        found.append(
            Meeting(
                participants=people,
                date=days[0] if days else None,
                place=None,
                mode=meeting_mode(view.text[start:end]),
                formats=(),
                evidence=(view.sentence.span,),
            )
        )
    return found
