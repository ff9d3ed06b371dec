"""Earlier talks a sentence ranks today's against: "It was the leaders' first conversation
since a telephone call on July 9", "The call followed the leaders' conversation of March 18".

Such a sentence comments on the talks just told (restated_talks.py), but its "since" or
"followed" phrase names an earlier round between the same people with a day of its own: a
background meeting a reader annotates, as "the two presidents last met in Geneva on 16 June"
is one.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Meeting, MeetingMode
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.since_phrases import since_phrases
from dkg.loaders.steps.visit_days import stated_days

_TALKS = re.compile(
    r"\b(?P<phone>(?:tele)?phone\s+(?:call|conversation))\b|\b(?P<video>video\s*(?:call|link|"
    r"conference))\b|\b(?:call|conversation|meeting|talks|summit)\b",
    re.IGNORECASE,
)


_FOLLOWED = re.compile(
    r"^\s*(?:The|This|That|Their|Today['\u2019]s)\s+(?:[\w-]+\s+)?(?:call|talks|meeting|"
    r"conversation)\s+(?:followed|came\s+(?:[\w-]+\s+){0,3}?after)\s+(?P<earlier>[^,;.]{1,80})"
)
"""A sentence that places the talks just told after earlier ones: "The call followed the
leaders' conversation of March 18"."""


def follows_earlier_talks(text: str) -> bool:
    """Whether the sentence places the talks just told after earlier ones."""
    return _FOLLOWED.match(text) is not None


def earlier_talks(view: SentenceView, told: Meeting) -> Meeting | None:
    """The earlier talks of the people of ``told`` that the sentence's "since" or "followed"
    phrase names with a day ("since a telephone call on July 9"), else None."""
    followed = _FOLLOWED.match(view.text)
    phrases = [*since_phrases(view.text), *([followed.span("earlier")] if followed else [])]
    for start, end in phrases:
        talks = _TALKS.search(view.text, start, end)
        if talks is None:
            continue
        days = [
            d
            for d in stated_days(view)
            if talks.end() <= view.local(d.span)[0] < end and d.start.day is not None
        ]
        if not days:
            continue
        mode: MeetingMode = (
            "phone" if talks["phone"] else "video" if talks["video"] else "in-person"
        )
        return Meeting(
            participants=told.participants,
            date=days[0].start,
            place=None,
            mode=mode,
            formats=(),
            evidence=(view.sentence.span,),
        )
    return None
