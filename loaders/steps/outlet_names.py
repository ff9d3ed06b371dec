"""The outlet that files a story is no company of it.

A broadcaster or agency credits itself where the story opens: "Juba (SSBC) - ...", "CAIRO,
May 2, 2025 (ENA) - ...". Its full name may come back in the text ("..., South Sudan
Broadcasting Corporation reports", "Reporting by South Sudan Broadcasting Corporation
(SSBC)"), shaped like a firm's. Both name the publisher, not a firm the story is about; a name
counts as the outlet's when it is the credit or its capitalised words spell it.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document

_OPENING_CREDIT = re.compile(
    r"\s*[A-Z][^()\n]{0,60}?\((?P<credit>[A-Z][A-Za-z]{1,9})\)\s*[-\u2013\u2014:]"
)
"""The outlet in brackets before the dash that opens the story: "Juba (SSBC) -", "ASTANA, Nov
2, 2024 (Kazinform) -"."""
_WORD = re.compile(r"[A-Z][\w'\u2019-]*")


def opening_credit(document: Document) -> str | None:
    """The outlet a story credits in its opening line, if any.

    >>> from dkg.loaders.document import Document
    >>> opening_credit(Document("t", "t", "Juba (SSBC) \u2013 The minister met ..."))
    'SSBC'
    >>> opening_credit(Document("t", "t", "The minister met (UN) officials - and left."))
    """
    credit = _OPENING_CREDIT.match(document.text)
    return credit["credit"] if credit is not None else None


def names_outlet(name: str, credit: str) -> bool:
    """Whether a company's name is the outlet credited as ``credit``: the credit itself or
    the capitalised words that spell it.

    >>> names_outlet("South Sudan Broadcasting Corporation", "SSBC")
    True
    >>> names_outlet("Sudan Oil Corporation", "SSBC"), names_outlet("SSBC", "SSBC")
    (False, True)
    """
    if name.casefold() == credit.casefold():
        return True
    initials = "".join(word[0] for word in _WORD.findall(name))
    return len(initials) > 1 and initials == credit.upper()
