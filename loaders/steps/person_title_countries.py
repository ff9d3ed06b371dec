"""The country of a lower-case title written around it, and a name set off by commas after it.

Wire and newspaper style give a post its country in three more ways than a demonym before it
("Chinese premier"): a possessive country before it ("Japan's prime minister Fumio Kishida",
"India's external affairs minister"), an "of" phrase after it ("the prime minister of Japan,
Fumio Kishida"), and both put the name in apposition between commas ("the French president,
Emmanuel Macron, arrived"). Without these readings the person is not recognised at all, and
the visits and talks they make are lost with them.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.person_names import POSSESSIVE

_POSSESSIVE_BEFORE = SkipAheadPattern(rf"{POSSESSIVE}\s+(?P<post>(?:[a-z][\w-]*\s+){{0,2}})$")
"""A possessive ending before a lower-case title, maybe with the post's portfolio in between:
"Japan's ", "India's external affairs ", "the Philippines' "."""
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
"""The "of" that gives a title its country: "the prime minister of (the) ..."."""
_APPOSITION_OPEN = re.compile(r",\s+")
"""The comma after a title that opens the name in apposition."""
APPOSITION_CLOSE = re.compile(r"\s*(?:[,;)]|[.]\s|[.]?$)")
"""What closes a name in apposition: a comma, a bracket or the end of the sentence. Without it
the words after a title's comma are a clause of their own ("the president, Moscow said, ...")."""


def possessive_country(
    text: str, title_start: int, base: int, document: Document
) -> tuple[int, str] | None:
    """Where a title's post starts after a possessive country, and that country: "Japan's
    prime minister" gives (start of "prime"), JP. A possessive that no country mention ends
    ("the ministry's press secretary") gives None."""
    possessive = _POSSESSIVE_BEFORE.search(text, max(0, title_start - 60), title_start)
    if possessive is None:
        return None
    owner_end = base + possessive.start()
    for mention in document.countries:
        if mention.span.end == owner_end:
            return possessive.start("post"), mention.iso2
    return None


def country_of_phrase(
    text: str, title_end: int, base: int, document: Document
) -> tuple[int, str] | None:
    """Where an "of Country" phrase after a lower-case title ends, and that country: "the
    prime minister of Japan" gives (end of "Japan"), JP."""
    of = _OF_COUNTRY.match(text, title_end)
    if of is None:
        return None
    at = base + of.end()
    for mention in document.countries:
        if mention.span.start == at and mention.form == "name":
            return mention.span.end - base, mention.iso2
    return None


def name_start_after(text: str, end: int) -> tuple[int, bool] | None:
    """Where a name may start after a title ending at ``end``, and whether it is set off by a
    comma (and so must be closed by one, see ``APPOSITION_CLOSE``)."""
    if text[end : end + 1] == " ":
        return end + 1, False
    comma = _APPOSITION_OPEN.match(text, end)
    return (comma.end(), True) if comma is not None else None
