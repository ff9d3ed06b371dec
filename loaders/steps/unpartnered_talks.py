"""Talks that a visitor held with no partner named: "Szijjarto held official talks at the
Foreign Ministry" on a visit whose host the story has named are talks with that host.

Only the visitor of the visit under way, named alone, counts: a sentence that names a partner
("held talks with business leaders") or anyone else is read as it stands.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.context import SentenceView

_TALKS_HELD = re.compile(
    r"\b(?:held|holds|hold|holding)\s+(?:[\w-]+\s+){0,2}?(?:talks|consultations|negotiations)\b"
    r"(?![^.;]*\bwith\b)",
    re.IGNORECASE,
)
"""Talks held, with no "with" after them in the sentence to name the partner."""


def guest_talks_alone(view: SentenceView, guest: str) -> bool:
    """Whether the sentence tells talks that ``guest`` held, naming no one else."""
    return (
        ("talks" in view.text or "consultations" in view.text or "negotiations" in view.text)
        and {m.person for m in view.people} == {guest}
        and _TALKS_HELD.search(view.text) is not None
    )
