"""A definite "the visit" with nothing after it that places it is the visit already told.

"In a phone call last month, Chinh and Luxon had agreed to prepare carefully for the visit": the
visit is the one the story has been telling (Luxon's to Vietnam), not a new trip of the
sentence's first-named person. Without this, the reader would take Chinh for a visitor and the
country of the other person named for his host. The phrase only restates that visit, so among
the people of the sentence only its visitor may be the visitor of the cue; "the visit to Lima",
"the visit of X" and "the visit by X" say which trip they mean, and keep every candidate.
"""

from __future__ import annotations

import re

from dkg.loaders.document import PersonMention, Visit
from dkg.loaders.steps.called_visits import bare_visit
from dkg.loaders.steps.context import SentenceView


def told_visitors_only(
    view: SentenceView, cue: re.Match[str], ranked: list[PersonMention], told: list[Visit]
) -> list[PersonMention]:
    """The candidates who made a visit told before, when the cue is a bare "the visit" and
    one of them did; else all the candidates."""
    if not bare_visit(view.text, cue):
        return ranked
    visitors = {v.visitor for v in told}
    mine = [m for m in ranked if m.person in visitors]
    return mine or ranked
