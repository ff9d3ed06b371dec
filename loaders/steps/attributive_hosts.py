"""A host named as the attribute of the trip noun: "a Peru visit", "his China trip".

News often compresses "a visit to Peru" into "a Peru visit", and a demonym may do the same
("a Kenyan visit planned for March"). With no "to X" after the cue, the country right before
the noun is where the trip goes; read otherwise, the trip took the host of the story, often
the visitor's own country. A demonym may also name who travels ("the Chinese visit to Lima"),
so it counts only when the visitor's country is known and is another.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.context import SentenceView

_DETERMINED = re.compile(r"\b(?:a|an|the|his|her|their|its|this|that)\s+(?:[\w-]+\s+)?$", re.I)
"""What opens the noun phrase before the country: "a Peru visit", "the planned Chile trip"."""
_TRIP_NOUN = re.compile(r"\s*(?:visit|trip)\b", re.IGNORECASE)


def attributive_host(
    view: SentenceView, cue: re.Match[str], visitor_country: str | None
) -> str | None:
    """The country named right before the cue's trip noun: "A Peru visit planned by X for
    2024" goes to Peru; not one a demonym may name as the visitor's."""
    if not _TRIP_NOUN.match(cue.group()):
        return None
    text = view.text
    for country in view.countries:
        start, end = view.local(country.span)
        if end > cue.start() or text[end : cue.start()].strip():
            continue
        if country.iso2 == visitor_country or not _DETERMINED.search(
            text, max(0, start - 30), start
        ):
            continue
        if country.form == "demonym" and visitor_country is None:
            continue
        return country.iso2
    return None
