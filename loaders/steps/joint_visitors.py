"""Joint visitors: the people a sentence makes the joint subject of one trip.

A 2+2 dialogue, a parliamentary delegation or a summit brings several officials of one side on
the same trip, and news tells it with one verb: "Foreign Secretary A and Defence Secretary B
arrived in Adelaide on Thursday". The visit reader takes one visitor per cue; each other member
of that subject made the same trip. Only a subject that opens the sentence (after an
introductory phrase such as "On Thursday,") counts, so the object of an earlier verb ("X met
A, and B arrived") is not taken for a traveller.
"""

from __future__ import annotations

import re

from dkg.loaders.document import PersonMention
from dkg.loaders.steps.context import SentenceView

_OPENING = re.compile(
    r"(?:(?:On|In|At|Earlier|Later|Late|Early|Meanwhile|Separately|Then|After|Before)\b"
    r"(?!\s+(?:the|his|her|their)\s+invitation\b)[^,;]{0,40},\s+)?"
    r"(?:[A-Z][\w'\u2019.-]*\s+|(?:the|of)\s+)*"
)
"""What may stand before the first member: an introductory phrase, then titles ("British
Foreign Secretary", "South Korea's National Assembly Speaker"). Not an invitation: in "At the
invitation of her counterpart, A, B arrived" A is the host who invited, B alone travels."""
_OF_COUNTRY = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})?"
"""A member's country after the name ("Presidents A of Colombia and B of South Africa")."""
_TITLE_WORD = r"(?:[A-Z][\w'\u2019.-]*\s+|(?:the|of)\s+)"
_JOIN = re.compile(
    _OF_COUNTRY + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?:{_TITLE_WORD}{{0,9}}|{_TITLE_WORD}{{0,8}}[A-Z][\w'\u2019.-]*,\s+)"
)
"""Between two members: a comma or "and", then the next member's titles ("and Mr"), which a
comma may set before the name ("A, and the Foreign Minister of Somalia, B")."""
SPOUSE = re.compile(r"\b(?:First\s+(?:Lady|Gentleman)|[Ss]pouse|[Ww]ife|[Hh]usband|Mrs)\b")
"""A member introduced as the traveller's spouse, who accompanies and makes no visit of their
own ("The President and First Lady X arrived")."""
_TO_CUE = re.compile(
    _OF_COUNTRY + r"\s*(?:(?:also|then|both|together|jointly|later|will|have|has|had)\s+){0,3}"
)
"""Between the last member and the trip's verb: the member's country, then auxiliaries only
("of Ghana have both arrived")."""


def joint_visitors(view: SentenceView, cue: re.Match[str], visitor: str) -> list[str]:
    """The other people of the subject ``visitor`` shares before ``cue`` ("A and B arrived"),
    in text order; none when the visitor is not one of a joint subject that opens the
    sentence."""
    chain, spouses, end = _members(view, cue, _TO_CUE)
    if _OPENING.fullmatch(view.text, 0, end) is None:
        return []
    return _others(chain, spouses, visitor)


_PLURAL_WHO = re.compile(
    _OF_COUNTRY + r",?\s+who\s+(?:are|were|have)\b(?:\s+[\w'\u2019-]+){0,4}\s*"
)
"""Between the last member of a list and the trip's cue in a plural relative clause about
the list: ", who are on a", ", who were in Lomé on an"."""


def listed_visitors(view: SentenceView, cue: re.Match[str], visitor: str) -> list[str]:
    """The others of a list a plural "who" clause tells the trip of ("received A, B and C, who
    are on a working visit"), in text order; none when the clause is not plural or the
    visitor is not in that list."""
    chain, spouses, _ = _members(view, cue, _PLURAL_WHO)
    return _others(chain, spouses, visitor)


def _members(
    view: SentenceView, cue: re.Match[str], to_cue: re.Pattern[str]
) -> tuple[list[PersonMention], set[str], int]:
    """The people of a list that ends ``to_cue`` before ``cue``, the spouses among them, and
    where the list starts."""
    text = view.text
    before = [m for m in view.people if view.local(m.span)[1] <= cue.start()]
    chain: list[PersonMention] = []
    spouses: set[str] = set()
    end = cue.start()
    for mention in reversed(before):
        start, stop = view.local(mention.span)
        gap = to_cue if not chain else _JOIN
        joined = gap.fullmatch(text, stop, end)
        if joined is None:
            break
        if chain and SPOUSE.search(joined.group()):
            spouses.add(chain[0].person)  # the member this gap introduces
        chain.insert(0, mention)
        end = start
    return chain, spouses, end


def _others(chain: list[PersonMention], spouses: set[str], visitor: str) -> list[str]:
    """The members other than ``visitor`` (and spouses), none when ``visitor`` is not one."""
    people = list(dict.fromkeys(m.person for m in chain))
    if visitor not in people:
        return []
    return [p for p in people if p != visitor and p not in spouses]


def group_members(view: SentenceView, cue: re.Match[str], visitor: str) -> list[str]:
    """The others a group phrase before ``cue`` refers to along with ``visitor`` ("The prime
    ministers of Chile and Peru arrived": a mention of each at the one span), in text order."""
    spans = {
        m.span for m in view.people if m.person == visitor and view.local(m.span)[1] <= cue.start()
    }
    return list(
        dict.fromkeys(m.person for m in view.people if m.span in spans and m.person != visitor)
    )
