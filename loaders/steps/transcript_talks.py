"""The talks of the speakers of a joint press conference: a transcript in which two leaders
speak in turns ("PRESIDENT RUTO: ...", "PRIME MINISTER ALBANESE: ...") and one of them refers
to the talks just held ("our talks this morning", "we discussed") tells a meeting of the
speakers, on the day of the document, in the city its dateline or heading names.

No sentence of such a transcript names both leaders with a talks verb: each says "we" and
"our", which no other rule reads as two people.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document, Meeting
from dkg.loaders.steps.speaker_turns import labelled_turns, speaker_labels

_TALKS_JUST_HELD = re.compile(
    r"\b(?:our|today's|this\s+morning's)\s+(?!(?:next|upcoming|coming|future|last|previous)\b)"
    r"(?:[a-z-]+\s+){0,2}?(?:talks|meeting|discussions?|conversation)\b"
    r"(?!\s+(?:(?:with|next|tomorrow|later)\b|in\s+\d))"
    r"|\bwe\s+(?:have\s+|just\s+|also\s+)*(?:discussed|talked|met)\b(?!\s+(?:with\b|in\s+\d))",
    re.IGNORECASE,
)
"""A speaker's reference to the talks the speakers have just held: "our talks this morning",
"our productive meeting", "we discussed"; not talks with a third party ("our talks with
Indonesia"), of another year ("we met in 2019") or still to come ("our next meeting")."""


def transcript_talks(document: Document) -> list[Meeting]:
    """The meeting of a transcript's named speakers, when a speaker refers to their talks."""
    labels = speaker_labels(document.text)
    if not labels:
        return []
    named = [m for m in document.person_mentions if m.via != "pronoun"]
    turns = labelled_turns(document, labels, named, None)
    ends = [*(start for start in sorted(labels)[1:]), len(document.text)]
    speakers: dict[str, None] = {}
    cues: list[int] = []
    for (start, speaker), end in zip(turns, ends, strict=True):
        if speaker is None:
            continue
        speakers[speaker] = None
        cue = _TALKS_JUST_HELD.search(document.text, start, end)
        cues.extend([cue.start()] if cue is not None else [])
    if len(speakers) < 2 or not cues:
        return []
    evidence = tuple(s.span for s in document.sentences if s.span.start <= cues[0] < s.span.end)
    if not evidence:
        return []
    first_turn = min(labels)
    place = next(
        (p for p in document.places if p.kind == "city" and p.span.start < first_turn), None
    )
    return [
        Meeting(
            participants=tuple(speakers),
            date=document.filed,
            place=place,
            mode="in-person",
            formats=(),
            evidence=evidence,
        )
    ]
