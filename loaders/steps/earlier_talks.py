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
from dkg.loaders.steps.remote_talks import PHONE_TALKS, VIDEO_TALKS
from dkg.loaders.steps.since_phrases import since_phrases
from dkg.loaders.steps.visit_days import stated_days

_TALKS = re.compile(
    rf"\b(?P<phone>{PHONE_TALKS})\b|\b(?P<video>{VIDEO_TALKS})\b"
    r"|\b(?:call|conversation|meeting|talks|summit)\b",
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


_VISIT = re.compile(r"\b(?:visit|trip)\b", re.IGNORECASE)
_OWN_TRIP = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""A trip told as one of the pair's own: "since his state visit to Rome"."""
_RANKED_TALKS = re.compile(
    r"\b(?:talks|meeting|conversation|call|summit|encounter)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Talks ranked against what follows "since": "their first talks since", "the first meeting
of the two leaders since"."""


def earlier_talks(view: SentenceView, told: Meeting) -> Meeting | None:
    """The earlier talks of the people of ``told`` that the sentence's "since" or "followed"
    phrase names with a day ("since a telephone call on July 9"), or as the trip of one of
    them ("their first talks since Meloni's visit to Ankara in 2018": they met then), else
    None."""
    followed = _FOLLOWED.match(view.text)
    phrases = [*since_phrases(view.text), *([followed.span("earlier")] if followed else [])]
    for start, end in phrases:
        talks = _TALKS.search(view.text, start, end)
        if talks is None:
            trip = _trip_of_the_pair(view, told, start, end)
            if trip is not None:
                return trip
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


def _trip_of_the_pair(view: SentenceView, told: Meeting, start: int, end: int) -> Meeting | None:
    """The talks of the pair of ``told`` during one's trip that the talks are ranked against
    ("their first talks since X's visit to Ankara in 2018"), dated as the trip; None when the
    phrase ranks no talks, names no trip, the trip is someone else's or has no date."""
    visit = _VISIT.search(view.text, start, end)
    if visit is None or _RANKED_TALKS.search(view.text, max(0, start - 40), start) is None:
        return None
    # The pair are those of the talks named outside the phrase: "since Pope Francis's visit"
    # names no one of them, whatever the talks took him for.
    inside = {m.person for m in view.people if start <= view.local(m.span)[0] < end}
    outside = {m.person for m in view.people if not start <= view.local(m.span)[0] < end}
    pair = tuple(p for p in told.participants if p not in inside or p in outside)
    own = _OWN_TRIP.search(view.text, start, visit.start()) is not None or any(
        start <= view.local(m.span)[0] < visit.start() and m.person in pair for m in view.people
    )
    dates = [d for d in view.dates if visit.end() <= view.local(d.span)[0] < end]
    if not own or not dates or len(pair) < 2:
        return None
    return Meeting(
        participants=pair,
        date=dates[0].start,
        place=None,
        mode="in-person",
        formats=(),
        evidence=(view.sentence.span,),
    )
