"""An exchange of notes told by its verb: "Japan and Tonga exchanged notes on a grant of ¥900
million for the wharf".

Governments put a grant or a loan into force by exchanging diplomatic notes; news writes the
act with the verb as often as with the noun ("signed an Exchange of Notes"). The notes are a
document only when they carry aid or a project: "the leaders exchanged notes on regional
security" is the idiom for comparing views.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention, AgreementStatus

_EXCHANGED = Prefiltered(
    r"\bexchang(?:ed|es?|ing)\s+(?:diplomatic\s+)?notes\s+"
    r"(?P<subject>(?:on|for|concerning|regarding|relating\s+to)\s+[^;:()]+?)"
    r"(?=\s*(?:[,;:()]|\.(?:\s|$))|\s*$)",
    re.IGNORECASE,
)
"""The verb and its notes, then what they are on, up to the clause's end."""
_AID = re.compile(
    r"\b(?:grants?|loans?|aid|assistance|credit|financing|funding|project|programme|program)\b",
    re.IGNORECASE,
)
"""What makes the notes a document: aid, a loan or a project they put into force."""


def exchanged_notes(sentence: str, offset: int, status: AgreementStatus) -> list[AgreementMention]:
    """Each exchange of notes on aid or a project the sentence tells with the verb.

    >>> [a.title for a in exchanged_notes(
    ...     "Japan and Tonga exchanged notes on a grant for the wharf.", 0, AgreementStatus.SIGNED)]
    ['Exchange of Notes on a grant for the wharf']
    >>> exchanged_notes("They exchanged notes on regional security.", 0, AgreementStatus.SIGNED)
    []
    """
    found = []
    for notes in _EXCHANGED.finditer(sentence):
        if _AID.search(notes["subject"]) is None:
            continue
        span = (offset + notes.start(), offset + notes.end())
        title = f"Exchange of Notes {notes['subject']}"
        found.append(AgreementMention(AgreementKind.AGREEMENT, status, (span,), title, 1))
    return found
