"""Enumerated talks: "held two bilateral meetings. The first was with X" and the one who held them.

A story that counts the talks someone held ("On the margins of the summit, President A held two
bilateral meetings") goes on with each of them in turn: "The first was with the Prime Minister of
Mauritius, B", "the second with ...". The item names only the one met; the one who met them is
the subject of the sentence that counted them, a few sentences back at most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView

ITEM = (
    r"^(?:the\s+)?(?:first|second|third|fourth|fifth|other|last|next)\s+"
    r"(?:one\s+|meeting\s+|talks\s+)?(?:was|were)\s+with\b"
)
"""The item of an enumeration, a talks cue (talks_cues.py): "The first was with X", "The second
meeting was with Y"; not "the first was signed with", whose verb tells another act."""
_ITEM = re.compile(ITEM, re.IGNORECASE)
_COUNTED = Prefiltered(
    r"\b(?:held|had|holds|has|conducted)\s+(?:two|three|four|five|several|a\s+series\s+of)\s+"
    r"(?:[\w-]+\s+)?(?:meetings|talks|bilaterals|audiences)\b",
    re.IGNORECASE,
)
"""The sentence that counts the talks: "held two bilateral meetings", "had three meetings"."""
_REACH = 3
"""How many sentences back the count may stand: the first item and a sentence on it before the
second."""


def enumerated_item(sentence: str) -> re.Match[str] | None:
    """The item of an enumeration of talks the sentence opens with ("The first was with X")."""
    return _ITEM.match(sentence)


def enumerates_talks(text: str) -> bool:
    """Whether a document may count talks it then tells one by one."""
    return _COUNTED.may_match(text)


def enumerating_holder(views: Sequence[SentenceView], at: int) -> tuple[str, ...]:
    """The one who held the talks of which ``views[at]`` is an item ("The first was with X"):
    the first person named by the sentence that counted them, none if no such sentence is near."""
    if _ITEM.match(views[at].text) is None:
        return ()
    for back in range(at - 1, max(-1, at - 1 - _REACH), -1):
        view = views[back]
        if view.people and _COUNTED.search(view.text):
            return (view.people[0].person,)
    return ()
