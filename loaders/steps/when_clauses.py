"""Talks told in a "when" clause of a past visit: "X, who visited Madrid in May, when he was
received by Y, thanked his guest" dates the talks by the visit's May."""

from __future__ import annotations

import re

from dkg.loaders.document import DateMention
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.visit_days import stated_days

_WHEN = re.compile(r",\s+when\s+")


def when_dates(view: SentenceView, cue: re.Match[str]) -> list[DateMention]:
    """The date told just before the "when" clause the talks cue stands in, for talks whose
    own clauses gave no date: the relative clause that holds the visit's date is left out of
    the talks' dates, and undated talks were merged into the same people's talks of the story's
    own day and lost."""
    whens = [w.start() for w in _WHEN.finditer(view.text, 0, cue.start())]
    if not whens:
        return []
    return [d for d in stated_days(view) if view.local(d.span)[1] <= whens[-1]][-1:]
