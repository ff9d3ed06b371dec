"""Where an envoy is posted, written between the title and the name: "Bangladesh's ambassador
in Tokyo, Shahabuddin Ahmed," and "the ambassador of Chile to India, Ana Soto,".

An ambassador, envoy, consul or high commissioner is named with the place of the posting as
often as without it. The posting belongs to the post, so the name set off after it is the
title's holder; without this reading the ambassador who gives an interview or receives a
minister is not recognised at all.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document

_ENVOY_POSTS = (
    r"\b(?:ambassador|envoy|consul(?:\s+general)?|high\s+commissioner|charg[eé]\s+d'affaires|"
    r"permanent\s+representative)"
)
_ENVOY = re.compile(rf"{_ENVOY_POSTS}$", re.IGNORECASE)
"""The posts that are held at a place abroad."""
_RESIDENT = re.compile(
    r"(?:(?:deputy|acting)\s+)?(?:ambassador|consul(?:[\s-]+general)?|high\s+commissioner|"
    r"charg[eé]\s+d'affaires)(?:\s+(?:extraordinary|plenipotentiary|and|a\.?\s*i\.?|ad\s+interim))*",
    re.IGNORECASE,
)
"""The posts of an envoy who lives where posted; a special envoy, an ambassador-at-large or a
roving ambassador travels to the talks."""
_POSTING = r"\s+(?:in|to|at)\s+(?:the\s+)?"
_POSTED = re.compile(_POSTING)
"""The preposition of the posting: "in Tokyo", "to Japan", "to the United Nations"."""
_POSTED_ENVOY = re.compile(rf"{_ENVOY_POSTS}{_POSTING}$", re.IGNORECASE)


def names_a_posting(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the place of an envoy's posting ("Ambassador to China
    Li Wei"): there a country form that is also a name ("China", "Jordan") is the country,
    though a capitalised name follows it."""
    return _POSTED_ENVOY.search(text, max(0, start - 60), start) is not None


def resident_envoy(title: str) -> bool:
    """Whether a post is held by an envoy resident in the country of posting, so that being
    received there is a meeting, not a visit: "the Ambassador of Japan to Norway" lives in
    Oslo. A special envoy (or an ambassador-at-large) travels."""
    return _RESIDENT.fullmatch(title) is not None


def posting_end(title: str, text: str, end: int, base: int, document: Document) -> int | None:
    """Where the posting ("in Tokyo", "to Japan") that follows an envoy's ``title`` ending at
    ``end`` of ``text`` (which starts at ``base`` in the document) ends, or None when the title
    is no envoy's or no known country or city follows."""
    if _ENVOY.search(title) is None:
        return None
    posted = _POSTED.match(text, end)
    if posted is None:
        return None
    at = base + posted.end()
    places = [*(c.span for c in document.countries), *(p.span for p in document.places)]
    return next((span.end - base for span in places if span.start == at), None)
