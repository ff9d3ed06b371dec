"""A programme or plan the sentence names with a verb of its own, which no one signs there.

"Programme" and "plan" head documents two governments sign ("an executive programme for
cultural cooperation"), but far more often a scheme talked about: "signed an agreement on
tourism and discussed a cooperation programme for young people", "under the memorandum, a
programme of exchanges will be established". The signing verb of another clause of the sentence
is not the programme's; the verb the programme is the object or the subject of tells.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention
from dkg.loaders.steps.agreement_status import SIGNED

_OTHER_VERB_BEFORE = re.compile(
    r"\b(?:and|but|while|then|to)\s+(?:also\s+|further\s+)?(?P<verb>[a-z]+(?:ed|e|ss))\s+"
    r"(?:(?:a|an|the|their|its|this|that|new|joint|[a-z]+)\s+){0,4}$"
)
"""A verb joined after the signing one, the programme its object: "... and discussed a
cooperation programme", "... and to review the exchange programme"."""
_OTHER_VERB_AFTER = re.compile(
    r"\s+(?:(?:will|would|shall|could|may|can)\s+be|(?:is|are)\s+to\s+be|was|were|is|are|has\s+been|"
    r"have\s+been)\s+(?:also\s+)?(?P<verb>[a-z]+ed)\b"
)
"""A verb the programme is the subject of: "a programme of exchanges will be established"."""


def unsigned_programme(sentence: str, mention: AgreementMention, offset: int) -> bool:
    """Whether the programme or plan ``mention`` names is the object or subject of a verb that
    is not a signing one ("discussed", "established"), so no one signs it here.

    >>> from dkg.loaders.steps.agreement_mentions import AgreementStatus
    >>> text = "They signed a pact and discussed a youth programme."
    >>> at = text.index("youth")
    >>> m = AgreementMention(AgreementKind.PROGRAMME, AgreementStatus.SIGNED,
    ...     ((at, at + 15),), title="youth programme")
    >>> unsigned_programme(text, m, 0)
    True
    >>> text = "They signed a pact and adopted a youth programme."
    >>> unsigned_programme(text, m, 0)
    False
    """
    if mention.kind is not AgreementKind.PROGRAMME:
        return False
    start, end = mention.start - offset, mention.end - offset
    before = _OTHER_VERB_BEFORE.search(sentence, max(0, start - 80), start)
    if before is not None and SIGNED.compiled.fullmatch(before["verb"]) is None:
        return True
    after = _OTHER_VERB_AFTER.match(sentence, end)
    return after is not None and SIGNED.compiled.fullmatch(after["verb"]) is None
