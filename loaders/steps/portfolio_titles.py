"""Portfolios the vocabulary does not list, read from their shape before the holder's name.

Governments name ministries as they like ("Minister of Roads and Urban Development", "Minister
of Hajj and Umrah"), and no list of portfolios is complete. After "Minister of", "Secretary
for" or "Commissioner of", a run of capitalised words joined by "and" or commas is the
portfolio; the name of the holder follows it. Where the portfolio ends is told by its words:
each part has at least one word (two when the first is a demonym, which needs its noun:
"Moroccan Expatriates"), and takes further words only while they are portfolio words
("Development", "Affairs"); the first word that is not one starts the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dkg.loaders.letters import UPPER
from dkg.loaders.steps.person_context import OF_PHRASE
from dkg.loaders.steps.person_names import PARTICLES, REGION_NOUN
from dkg.loaders.steps.region_names import COMPASS_WORDS

_HEADS = re.compile(
    r"(?<!Prime )(?<!First )(?<!Chief )Minister$|(?<!General )Secretary$|Commissioner$"
)
"""Titles whose "of ..." names a field of government; a head of government's ("Prime Minister
of Republika Srpska") names a territory, a party leader's ("General Secretary of the Workers'
Party") a party, whose words the portfolio's shape cannot tell from a name."""
_WORD = re.compile(rf"[{UPPER}][\w'\u2019-]*")
_JOINER = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+|\s+)")
_BARE_COMMA = re.compile(r"\s*,\s*")
_NAME_AFTER = re.compile(
    rf"\s+[{UPPER}][\w'\u2019.-]*(?:\s+(?:{'|'.join(PARTICLES)})){{0,2}}\s+[{UPPER}]"
)
"""At least two capitalised words, maybe with the small words of a name between them
("Salim bin Nasser Al Harthy", "Ana de la Cruz"): the holder's name."""


_REGION_AFTER = re.compile(rf"(?:\s+[{UPPER}][\w'\u2019-]*){{0,3}}\s+{REGION_NOUN}\b")
"""The rest of a region a provincial minister serves: "(Northern) Cape Province"; its words
are the office's, not the start of the holder's name."""


class PortfolioReader:
    """Finds where an unlisted portfolio ends after a ministerial title."""

    def __init__(
        self, portfolio_words: Iterable[str], demonyms: Iterable[str], addresses: Iterable[str]
    ) -> None:
        self.words = frozenset(w.casefold() for w in portfolio_words)
        self.demonyms = frozenset(d.casefold() for d in demonyms)
        # "Minister of Finance, and Sheikh Ali X, Minister of Oil": a form of address opens the
        # next holder's name, never a part of the portfolio.
        self.addresses = frozenset(a.casefold() for a in addresses if " " not in a) - self.words

    def span(self, text: str, head_end: int) -> tuple[int, int] | None:
        """Where the portfolio after ``text[:head_end]`` ("... Minister") starts and ends when
        a name follows it, else None (no "of", or no name left after it)."""
        # "of" first: one match at one place, where the heads are searched for at each of 20.
        of = OF_PHRASE.match(text, head_end)
        if of is None or _HEADS.search(text, max(0, head_end - 20), head_end) is None:
            return None
        at = of.end()
        end: int | None = None
        part_open = False  # the current part has its one word: more only if portfolio words
        before_comma: int | None = None  # where the list stood before a part a comma opened
        while True:
            word = _WORD.match(text, at)
            if word is None:
                return None
            if end is not None and word.group().casefold() in self.addresses:
                return of.end(), end
            if part_open and word.group().casefold() not in self.words:
                region = _REGION_AFTER.match(text, end) if end is not None else None
                if region is not None:
                    return of.end(), region.end()  # "Minister of the Northern Cape Province"
                if before_comma is not None:
                    # "Minister of Trade and Industry, Dr Jane Doe": a part after a bare
                    # comma that no "and" follows is where the holder's name starts.
                    return of.end(), before_comma
                named = end is not None and _NAME_AFTER.match(text, end) is not None
                return (of.end(), end) if named and end is not None else None
            # "African Cooperation": a demonym opens a part that its noun completes, and so
            # does a point of the compass before it ("West African Integration").
            folded = word.group().casefold()
            opens = folded in self.demonyms or folded in COMPASS_WORDS
            part_open = not (opens and not part_open)
            end = word.end()
            joiner = _JOINER.match(text, end)
            if joiner is None:
                return None
            if joiner.group().strip():
                part_open = False  # "and", "," or "&": a new part begins
                # "Water, Sanitation and Irrigation": a comma part holds while an "and" follows
                before_comma = end if _BARE_COMMA.fullmatch(joiner.group()) else None
            at = joiner.end()
