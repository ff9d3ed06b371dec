"""The first person a sentence names shortly after a phrase: the inviter of "at the invitation
of Prime Minister A", the sender of "a letter from President B".

Talks readers set such people aside: the one who invited or wrote is named in the sentence but
takes no part in the talks it tells.
"""

from __future__ import annotations

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView


def people_after(view: SentenceView, phrase: Prefiltered, reach: int) -> list[tuple[int, int]]:
    """For each match of ``phrase`` in the sentence, the span (in the sentence's text) of the
    first person named within ``reach`` characters after it (a title or two may stand
    between)."""
    spans = []
    for found in phrase.finditer(view.text):
        after = [
            view.local(m.span)
            for m in view.people
            if 0 <= view.local(m.span)[0] - found.end() <= reach
        ]
        spans += [min(after)] if after else []
    return spans
