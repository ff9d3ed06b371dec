"""A future in the words a speaker reports does not make the speaker's own acts future.

Front pages lead with what a leader promised and name the speaker after it: "Egypt will build
two power plants in Kenya, the President announced on Monday after he held talks with Ruto".
The "will" belongs to the reported words, which end where the reporting clause begins; the
talks that clause tells were held. A speaker set in commas inside the future clause ("He will,
officials said, meet Ruto") closes nothing: the future still governs what follows.
"""

from __future__ import annotations

import re

_SPEAKER_CLAUSE = re.compile(
    r",\s+(?:[^,;.]{0,80}?\s)?(?:announced|said|stated|declared|added|confirmed|"
    r"told\s+(?:reporters|journalists|the\s+press))\b(?!\s*,)",
    re.IGNORECASE,
)
"""The clause that names the speaker after the words reported: ", the minister said on
Monday", ", Sheikh X, announced after"; not a parenthetical ", officials said," that the
sentence goes on around."""


def reported_before(text: str, future: re.Match[str], at: int) -> bool:
    """Whether the ``future`` word lies in reported words that a speaker's clause closes
    before ``at``, so that it does not govern what is told at ``at``."""
    return _SPEAKER_CLAUSE.search(text, future.end(), at) is not None
