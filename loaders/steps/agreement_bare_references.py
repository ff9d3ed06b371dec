"""A document named again by "the" and its kind alone: "the agreement", "the legally binding
agreement".

A new document is told with its article and what it is about ("an agreement on fisheries", "a
memorandum between A and B") or with its capitalised name. "The agreement" with no more than
its kind and a describing word points back: to a document counted before, to the package it is
one of, or to a deal still under negotiation ("our officials will now work on the legally
binding agreement", "once the agreement enters into force"). None of them is a new document, so
none is counted again (``agreement_merging`` folds back references that share a topic; these
have none to share).
"""

from __future__ import annotations

import re

_DEFINITE = r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+"
_DEFINITE_BEFORE = re.compile(rf"{_DEFINITE}$")
_DEFINITE_AT = re.compile(_DEFINITE)
"""The words that point back, written before the title or as the first word of the mention."""
_DESCRIBING = (
    r"legally|binding|final|new|proposed|planned|whole|entire|same|full|overall|eventual|"
    r"future|historic|landmark|long-awaited|bilateral|said|above|above-mentioned|aforementioned|"
    r"relevant|respective|latest|initial|interim|present|current|envisaged|intended|revised|"
    r"amended|updated|renewed"
)
_BARE_TITLE = re.compile(
    rf"(?:(?:{_DESCRIBING})\s+){{0,3}}(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?)"
)
"""A title of describing words and a kind only: "legally binding agreement". A word of a topic
("the trade agreement", "the free trade agreement") names which one, and stays."""


def is_bare_reference(sentence: str, start: int, title: str | None) -> bool:
    """Whether the document whose mention starts at ``start`` of ``sentence`` (at its article
    or its title) is only named again by "the" and its kind.

    >>> is_bare_reference("Once the agreement enters into force", 5, "agreement")
    True
    >>> is_bare_reference("They signed the agreement on fisheries", 16, "agreement on fisheries")
    False
    """
    if title is None or _BARE_TITLE.fullmatch(title) is None:
        return False
    return (
        _DEFINITE_AT.match(sentence, start) is not None
        or _DEFINITE_BEFORE.search(sentence, max(0, start - 8), start) is not None
    )
