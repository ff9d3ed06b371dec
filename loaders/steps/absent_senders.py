"""People a sentence names as the senders of a letter or greetings, who are not at the talks.

"During the meeting, X handed over a letter from President Y inviting the Prime Minister to
visit": Y wrote and is far away; the talks are X's with the Prime Minister. So are "conveyed the
greetings of President Y" and "a message from King Y". The sender's mention is set aside when
the talks' participants are read.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.named_after import people_after

_SENT_BY = Prefiltered(
    r"\b(?:letter|message|greetings|regards|best\s+wishes|congratulations|condolences)\s+"
    r"(?:from|of)\s+",
    re.IGNORECASE,
)
"""What a sender's name follows: "a letter from", "the greetings of"."""
_REACH = 80
"""How far after "from"/"of" the sender's name may start: a title or two before it."""


def absent_senders(view: SentenceView) -> list[tuple[int, int]]:
    """The spans (in the sentence's text) of the people who sent the letter, message or
    greetings the sentence tells of: the first person named after each "letter from"."""
    return people_after(view, _SENT_BY, _REACH)
