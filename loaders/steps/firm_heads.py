"""The firm a lower-case head's post is written after: "Acme Motors chairman Rui Sato".

Business news names an executive by the firm and the post, with no article and no comma:
"Tata Sons chairman X", "Siemens chief executive Y". The firm is one to four capitalised
words right before the post; no demonym among them (a demonym opens a state's post, read
before), and no word of a sentence's opening ("The chairman X"). A firm's head serves no
country, so the post has none (post_countries.py).
"""

from __future__ import annotations

import re

from dkg.loaders.gazetteer import Gazetteer

_FIRM_WORDS = re.compile(r"(?:(?<=\s)|^)(?P<firm>(?:[A-Z][\w'\u2019&.-]*\s+){1,4})$")
"""Capitalised words right before a post, which may name the firm it heads."""
_PLACE_BEFORE = re.compile(r"\b(?:at|in|into|inside|outside|to|from|near)\s+(?:the\s+)?$", re.I)
"""A preposition before the capitalised words makes them a place, not the post's firm."""
_NO_FIRM = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "and", "or"}
)
"""Small words that open a sentence or a phrase, never a firm's name."""
_FIRM_HEADS = re.compile(
    r"(?:deputy\s+|vice\s+)?(?:chair(?:man|woman|person)?|president|ceo|chief\s+executive"
    r"(?:\s+officer)?|managing\s+director|director[\s-]general|general\s+director|"
    r"(?:co-)?founder|executive\s+director)"
)
"""The posts that head a firm ("chairman", "chief executive"): not "partner" or "owner", which
after a firm's name tell a tie ("its Greek partner GEK Terna"), nor "head" alone."""


def firm_before(text: str, title: re.Match[str], gazetteer: Gazetteer) -> tuple[int, None] | None:
    """Where a firm head's post starts when a firm's name stands right before it: "Acme
    Motors chairman Rui Sato" is the post "chairman", of no country.

    >>> from dkg.loaders.gazetteer import load_gazetteer
    >>> text = "He met Acme Motors chairman Rui Sato."
    >>> title = re.search("chairman", text)
    >>> firm_before(text, title, load_gazetteer())
    (19, None)
    """
    if _FIRM_HEADS.fullmatch(title.group()) is None:
        return None
    words = _FIRM_WORDS.search(text, max(0, title.start() - 60), title.start())
    if words is None:
        return None
    if _PLACE_BEFORE.search(text, max(0, words.start() - 12), words.start()):
        return None  # "on arrival at the Kremlin president X": a place, not a firm
    names = words["firm"].split()
    if names[0].casefold() in _NO_FIRM or (words.start() == 0 and len(names) == 1):
        return None  # "The chairman X", "Yesterday chairman X": an opening, no firm
    if any(gazetteer.country_named(w) is not None for w in names):
        return None  # "Indian chairman X", "Korea Gas chairman": a state's post, or a doubt
    return title.start(), None
