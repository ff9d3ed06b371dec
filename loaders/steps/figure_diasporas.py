"""Read the size of a diaspora: a community abroad counted by its origin, not by a noun of trade.

The gold counts the people of one country living in the other as a figure of the relationship
(kind ``other``). News tells their number in ways ``figure_counts`` does not read, since none of
them names a noun relations are counted in: the community itself before the number ("the
Chilean community, estimated at some 3,000 persons", "the Indian diaspora in Oman numbers about
700,000"), the people's descent after it ("the 20,000 Canadians of Lebanese descent"), or their
nationality as an ethnic group ("some 90,000 ethnic Greeks (Pontians) live in Georgia").
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_I = re.I
_ABOUT = (
    r"(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least|"
    r"an\s+estimated|approximately)\s+)?"
)
_COMMUNITY_BEFORE = Prefiltered(
    r"\b(?:(?!(?-i:The|A|An|This|That|Its|Their|Our)\s)(?-i:[A-Z])[\w-]*\s+(?:[a-z]+\s+)?"
    r"communit(?:y|ies)|diasporas?)\b[^.;:]{0,60}?\b"
    r"(?:(?:estimated|calculated)\s+(?:at|in|to\s+be)|put\s+at|numbering|number(?:s|ed)?|totall?(?:ing|s|ed)|of|stands\s+at|"
    rf"stood\s+at|reach(?:es|ed|ing)?|counts|is|was|comprises|comprising|with)\s+{_ABOUT}$",
    _I,
)
"""A community or diaspora named before its size: "the Peruvian community, estimated at some
4,000 persons", "the Indian diaspora in Oman numbers about 700,000", "a Lebanese community of
10,000", "the Peruvian community in Chile, with more than 200,000 residents", also as
translations from Spanish and Portuguese put an estimate ("is estimated in more than 300,000
persons", for "se estima en"). The community's nationality is capitalised: "the business
community", also at the start of a sentence ("The business community"), is no diaspora."""
_NOT_PEOPLE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:nations|states|countries|members|member\s+states|years)\b", _I
)
"""What a community of states counts: "the Community of 15 West African States" names a bloc."""
_DESCENT_AFTER = re.compile(
    r"^\s+(?:(?-i:[A-Z])[\w-]*\s+){1,2}of\s+(?-i:[A-Z])[\w-]*\s+"
    r"(?:descent|origin|heritage|ancestry|extraction|background)\b",
    _I,
)
"""Citizens of one country told by their descent from the other: "the more than 20,000
Canadians of Lebanese descent", "12,000 Australians of Fijian heritage"."""
_ETHNIC_AFTER = re.compile(
    r"^\s+ethnic\s+(?-i:[A-Z])[\w-]*\s*(?:\([^()]{1,40}\)\s*)?(?:(?:are|were)\s+)?"
    r"(?:(?:now|currently|still)\s+)?(?:(?:live|lived|living|reside|resided|residing)\s+)?in\b",
    _I,
)
"""An ethnic group living in the other country: "some 90,000 ethnic Greeks (Pontians) live in
Georgia", "more than 100,000 ethnic Koreans in Kazakhstan"."""

_NATIONALS_LIVING = re.compile(
    r"^\s+(?-i:[A-Z])[\w-]*\s+(?:(?:who|that)\s+)?(?:(?:are|were)\s+)?"
    r"(?:(?:now|currently|still|officially|"
    r"registered\s+as|said\s+to\s+be|reported\s+to\s+be|estimated\s+to\s+be)\s+){0,2}"
    r"(?:live|lived|living|reside|resided|residing)\s+in\b",
    _I,
)
"""A people living in the other country, told by a register or an estimate: "Some 3,500
Guyanese are registered as living in Nickerie", "4,000 Peruvians are said to be living in", or
in a relative clause: "hosting about 600,000 Yemenis who reside in Egypt"."""


_STRONG_COMMUNITY = re.compile(
    r"^-strong\s+(?-i:[A-Z])[\w-]*\s+(?:[a-z]+\s+)?(?:communit(?:y|ies)|diaspora)\b", _I
)
"""A community sized in a compound before it: "the 12,000-strong Kenyan community in Ghana"."""


def diaspora_count(before: str, after: str) -> str | None:
    """What a count of a diaspora counts ("community", "descent", "ethnic", "nationals"), or None
    when the number next to it is no diaspora's size.

    ``before`` and ``after`` are the sentence's text before and after the number.

    >>> diaspora_count("He met the Chilean community, estimated at some ", " persons.")
    'community'
    >>> diaspora_count("He met the business community and ", " firms.") is None
    True
    """
    if _STRONG_COMMUNITY.match(after):
        return "community"
    if _DESCENT_AFTER.match(after):
        return "descent"
    if _ETHNIC_AFTER.match(after):
        return "ethnic"
    if _NATIONALS_LIVING.match(after):
        return "nationals"
    if _COMMUNITY_BEFORE.search(before[-120:]) and not _NOT_PEOPLE.match(after):
        return "community"
    return None
