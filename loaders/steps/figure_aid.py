"""Aid told without the word "aid": donations, envelopes, grants notes are exchanged on, and sums
a government allocates or earmarks for a purpose.

Reports of cooperation name the money one country gives another in many words besides "aid"
and "assistance" (``figure_cues``): "a donation of 300 million yuan", "an envelope of 65 million
euros under the cooperation programme" (the French "enveloppe", a sum set aside), "exchanged
notes on a grant of ¥2.3 billion" (the instrument by which Japan gives a grant), and "will
allocate EC$2.5 million in the 2024/25 budget towards the clinic". The gold counts each as a
figure of kind ``other``. A loan in such notes, a bank's grant to a project and a sum a
government spends with no purpose named stay no figure.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_I = re.I
_ABOUT = (
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly|approximately|"
    r"an\s+additional|another|a\s+further|a\s+total\s+of)\s+)?"
)
_GIVEN_AS = Prefiltered(
    r"\b(?:donations?|(?:financial\s+)?envelopes?)\s+(?:of|worth|totall?ing|amounting\s+to)\s+"
    rf"{_ABOUT}$",
    _I,
)
"""A gift or a sum set aside, named before it: "a donation of 250 million Comorian francs", "an
envelope of 65 million euros"."""
_NOTES_ON_A_GRANT = Prefiltered(
    r"\bnotes\s+(?:on|for|concerning|regarding|relating\s+to)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?grants?\s+(?:aid\s+)?(?:of|worth|totall?ing)\s+"
    rf"{_ABOUT}$",
    _I,
)
"""A grant notes are exchanged on: "the two governments exchanged notes on a grant of ¥2.3
billion". The notes give the grant, as "grant agreements worth" a sum do; a loan in notes is
their content, and so is a grant only listed among what notes hold ("the exchange of notes: a
loan of ... and a grant of ...")."""
_EARMARKED = Prefiltered(
    r"\b(?:allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|set(?:s|ting)?\s+aside|"
    r"mobili[sz](?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|"
    r"provid(?:e|es|ed|ing)|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing))\s+"
    r"(?:(?:last|this)\s+year\s+|in\s+(?:19|20)\d\d\s+)?"
    rf"{_ABOUT}$",
    _I,
)
_FOR_A_PURPOSE = re.compile(
    r"^\s+(?:(?:in|under|from)\s+(?:the|its|their|this\s+year's|next\s+year's)\s+"
    r"(?:[\w/-]+\s+){0,3}?budget\s+|(?:over|for)\s+(?:the\s+next\s+)?[\w-]+\s+years\s+|"
    r"(?:each|a|per)\s+year\s+|annually\s+)?(?:to\s+(?=(?:help|support|assist)\b)|towards?|for)\s*"
    r"(?!(?:the\s+)?(?:purchase|"
    r"acquisition|construction|building)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:company|firm|stake|shares)\b)",
    _I,
)
"""A sum a government sets aside or commits for a purpose: "will allocate EC$2.5 million in the
2024/25 budget towards the clinic", "will provide around €45 million for border management",
"earmarked $3 million for scholarships", "pledged 40 million pounds to help the economy
recover". Money allocated with no purpose after it ("allocated
$3 million, the minister said") is too vague to be a figure, and so is one that buys a firm."""
_LENDER = Prefiltered(
    r"\b(?:banks?|IMF|ADB|AfDB|AIIB|EIB|IDB|IsDB|World\s+Bank|investors?|compan(?:y|ies)|firms?)"
    r"\b(?!\s+of\b)",
    _I,
)
"""A bank or a firm that allocates money lends it or invests it: "the bank will disburse $40
million for the port" prices one project, no gift of one country to another."""


def given_aid(before: str) -> str | None:
    """The label of aid named right before a sum by its donation, envelope or grant notes.

    >>> given_aid("China handed over a donation of ")
    'donation'
    >>> given_aid("The ministers exchanged notes on a grant of ")
    'grant'
    >>> given_aid("The ministers exchanged notes on a loan of ") is None
    True
    """
    tail = before[-80:]
    found = _GIVEN_AS.search(tail)
    if found is not None:
        return "envelope" if "envelope" in found[0].lower() else "donation"
    if _NOTES_ON_A_GRANT.search(tail):
        return "grant"
    return None


def earmarked_aid(before: str, after: str) -> bool:
    """Whether a sum is money a government allocates or earmarks for a purpose named after it.

    >>> earmarked_aid("The Government will allocate ", " in the 2025/26 budget towards schools.")
    True
    >>> earmarked_aid("The bank will disburse ", " for the port.")
    False
    """
    return (
        _EARMARKED.search(before[-60:]) is not None
        and _FOR_A_PURPOSE.match(after) is not None
        and _LENDER.search(before[-120:]) is None
    )
