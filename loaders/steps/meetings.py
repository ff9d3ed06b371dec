"""MeetingExtractor: talks between people, with date, place, mode and format.

A meeting is a sentence with a talks cue (talks_cues.py: "held talks", "met with", "received",
"a phone call") and at least two people (meeting_sentences.py), one per counterpart when they
were met in turn (meeting_counterparts.py), or a collective report ("the parties discussed", "the
interlocutors") whose participants are the people the document has acting in it. People a
sentence refers to without naming them ("the two leaders", "the visiting premier") are resolved
in meeting_references.py. Mentions with the same participants are one meeting
(meeting_merging.py). The date is the sentence's own, else the start of the visit the talks
belong to, else, for a report of the document's own day, the document date (meeting_visits.py).
Talks held abroad may tell a visit no sentence names (talks_abroad.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Meeting, PartialDate, TextSpan
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import sentence_views
from dkg.loaders.steps.earlier_talks import earlier_talks, follows_earlier_talks
from dkg.loaders.steps.group_welcomes import welcomes_a_group
from dkg.loaders.steps.meeting_counterparts import separately
from dkg.loaders.steps.meeting_merging import merge_meetings, merge_restated
from dkg.loaders.steps.meeting_references import (
    principals,
    reference_cues,
    unnamed_participants,
)
from dkg.loaders.steps.meeting_sentences import read_meeting, talks_cue
from dkg.loaders.steps.meeting_visits import with_visit
from dkg.loaders.steps.programme_talks import scheduled_item, told_ahead_in_stay
from dkg.loaders.steps.relative_talks import in_clauses, relative_clauses, relative_talks
from dkg.loaders.steps.restated_talks import restates_talks
from dkg.loaders.steps.signing_after_talks import may_sign_after_talks, signs_after_told_talks
from dkg.loaders.steps.talks_abroad import visits_from_meetings
from dkg.loaders.steps.talks_cues import welcomed_on_landing
from dkg.loaders.steps.told_talks import as_told
from dkg.loaders.steps.transcript_talks import transcript_talks
from dkg.loaders.steps.unnamed_subjects import objects_without_subject
from dkg.loaders.steps.visits import spans_of

COLLECTIVE = Prefiltered(
    r"\b(?:the|both)\s+(?:parties|sides|interlocutors|delegations)\s+(?:also\s+)?"
    r"(?:discussed|reviewed|exchanged|considered|noted|agreed|held)\b",
    re.IGNORECASE,
)
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
        pair = principals(document)
        # Most texts hold neither cue anywhere: then no sentence of theirs needs the scan.
        may_be_collective = COLLECTIVE.may_match(document.text)
        may_be_joined = _JOINED.may_match(document.text)
        may_sign_after = may_sign_after_talks(document.text)
        referring = reference_cues(document)
        officials = frozenset(p.key for p in document.people if p.posts)
        for at, view in enumerate(views):
            if (
                may_be_collective
                and COLLECTIVE.search(view.text)
                and len({m.person for m in view.people}) < 2
            ):
                collective.append(view.sentence.span)
                continue
            if meetings and may_be_joined and (joined_by := _JOINED.search(view.text)):
                # "Their foreign ministers also took part in the talks": the talks told before;
                # "X sat in on both meetings": the two told last.
                both = joined_by["both"] is not None
                # "A, who visited X on Dec. 22 and met B there, also attended": B met A then.
                clauses = relative_clauses(view)
                joiners = [m.person for m in view.people if not in_clauses(view, m, clauses)]
                for at_talks in range(max(0, len(meetings) - (2 if both else 1)), len(meetings)):
                    last = meetings[at_talks]
                    joined = tuple(dict.fromkeys((*last.participants, *joiners)))
                    evidence = tuple(sorted({*last.evidence, view.sentence.span}))
                    meetings[at_talks] = replace(last, participants=joined, evidence=evidence)
                # told before the talks joined, which later sentences go on telling
                told = max(0, len(meetings) - (2 if both else 1))
                meetings[told:told] = relative_talks(view, clauses)
                continue
            # "The call followed the talks that A held with B" names its own people: talks.
            follows = follows_earlier_talks(view.text) and len({m.person for m in view.people}) < 2
            if meetings and (restates_talks(view.text) or follows):
                # "It was the first call between the two leaders since ...": told; but "since
                # a telephone call on July 9" names an earlier round of theirs.
                earlier = earlier_talks(view, meetings[-1])
                meetings.extend([earlier] if earlier is not None else [])
                continue
            if may_sign_after and signs_after_told_talks(view.text):
                signers = {m.person for m in view.people}
                # "At the end of the talks, agreements were signed by ministers A and B": the
                # signatories, even when no sentence before told the talks themselves; the
                # principals signing ("After the talks, A and B signed") held them.
                if not signers <= set(meetings[-1].participants if meetings else pair):
                    continue
            named_two = len({m.person for m in view.people}) >= 2
            cue = talks_cue(view, officials) if named_two else None
            if named_two and cue is None:
                continue  # two people and no cue: no talks, whoever else the sentence refers to
            unnamed = unnamed_participants(
                document,
                views,
                at,
                bool(meetings),
                pair,
                referring,
                meetings[-1] if meetings else None,
            )
            if welcomes_a_group(view, document):
                continue  # "X welcomed the leaders of A, B and C": a ceremony, not talks
            if at and welcomed_on_landing(views[at - 1].text, view.text):
                continue  # "... landed at X airport. He was greeted by A and B.": protocol
            meeting = read_meeting(view, unnamed, officials, cue)
            if meeting is not None and meetings and at:
                meeting = as_told(meeting, meetings[-1], views[at - 1])  # "The two leaders ..."
            # "He also received A and B", no one found for "he": no table of A with B.
            if meeting is not None and not objects_without_subject(meeting, view):
                meetings.extend(separately(meeting, view))
                # "met X on Monday, their first talks since X's visit to Ankara in 2018"
                earlier = earlier_talks(view, meeting)
                meetings.extend([earlier] if earlier is not None else [])
        meetings.extend(transcript_talks(document))  # "PRESIDENT X: ... our talks"
        meetings = merge_meetings(meetings, document.filed)
        if collective:
            meetings = _add_collective(meetings, collective, document)
        known = {p.key for p in document.people}
        meetings = [
            replace(m, participants=tuple(k for k in m.participants if k in known))
            for m in meetings
        ]
        meetings = _with_visits([m for m in meetings if len(m.participants) >= 2], document)
        # Mentions kept apart while one was undated are one meeting if dated the same day.
        meetings = merge_restated(meetings)
        # "11:00 Talks between A and B" in the published programme of a trip to come, or
        # "During his stay, X will call on Y" when the stay is only announced.
        meetings = [
            m
            for m in meetings
            if m.during_visit is not None
            or not (
                scheduled_item(document.text, m.evidence)
                or told_ahead_in_stay(document.text, m.evidence)
            )
        ]
        return visits_from_meetings(replace(document, meetings=tuple(meetings)))


def _with_visits(meetings: list[Meeting], document: Document) -> list[Meeting]:
    """Each meeting tied to its visit and dated (meeting_visits.py), in the order the text
    tells them, each knowing the day of the talks told last before it ("held talks on
    Tuesday. ... In the afternoon, X met Y" is that Tuesday, whatever day a flashback between
    them names)."""
    dated: dict[int, Meeting] = {}
    scenes: list[tuple[int, PartialDate]] = []  # where each dated meeting's telling ends
    for at in sorted(range(len(meetings)), key=lambda i: min(meetings[i].evidence).start):
        meeting = meetings[at]
        start = min(meeting.evidence).start
        told = [day for end, day in scenes if end <= start]  # not talks of its own sentence
        dated[at] = with_visit(meeting, document, told[-1] if told else None)
        day = dated[at].date
        if day is not None:
            scenes.append((max(meeting.evidence).end, day))
    return [dated[at] for at in range(len(meetings))]


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
