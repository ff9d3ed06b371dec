"""A partnership, framework or pact that is signed is a document: "signed a Green Strategic
Partnership", "welcomed the signing of a Comprehensive Strategic Energy Partnership".

"Strategic partnership" is most often the name of a relationship ("elevated ties to a
Comprehensive Strategic Partnership"), so such a head noun is no document by itself. Signed,
and named with capitals, it is one: governments sign partnership agreements under titles that
drop the word "agreement". Only the verb of signing makes it so; being "established",
"elevated to" or "reaffirmed" is the relationship.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention, AgreementStatus

_SIGNED_TITLE = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclu(?:de|des|ded|sion))(?:\s+of)?\s+(?:a|an|the)\s+"
    r"(?:new\s+)?(?P<title>(?:[A-Z][\w'\u2019-]*\s+){1,6}(?:Partnership|Framework|Pact|Compact))"
    r"\b(?!\s+[A-Z])"
)
"""A capitalised title ending in a partnership's head noun right after a verb of signing; a
capitalised word after it makes the noun part of a longer title ("... Partnership Agreement")."""
_PLANNED = re.compile(
    r"\b(?:will|to\s+be|would|plan(?:s|ned)?\s+to|expected\s+to|is\s+to)\s+(?:\w+\s+)?$"
)
"""A signing still to come: "will sign a ...", "is expected to sign", "to be signed"."""


def signed_partnerships(sentence: str, offset: int) -> list[AgreementMention]:
    """The partnership documents a sentence says were signed (or are to be)."""
    found = []
    for match in _SIGNED_TITLE.finditer(sentence):
        planned = _PLANNED.search(sentence, max(0, match.start() - 30), match.start())
        status = AgreementStatus.PLANNED if planned else AgreementStatus.SIGNED
        span = (offset + match.start("title"), offset + match.end("title"))
        found.append(
            AgreementMention(
                AgreementKind.AGREEMENT, status, (span,), title=match["title"], count=1
            )
        )
    return found
