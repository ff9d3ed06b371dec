"""Talks told with a participle after a visit: "Today I concluded my first visit to Vietnam,
meeting Prime Minister Pham Minh Chinh in Hanoi".

The participle meets whoever the capitalised words after it name; "meeting rooms" is a noun
and no talks. The pattern is case-sensitive and kept apart from the talks cues
(talks_cues.py), which are matched case-blind: there the capital could not be told apart,
and an alternative opening with a comma slows the whole cue scan several times over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dkg.loaders.prefilter import Prefiltered

_PARTICIPLE = Prefiltered(r",\s+meeting\s+(?=[A-Z])")


def with_participles(cues: Iterator[re.Match[str]], text: str) -> Iterator[re.Match[str]]:
    """The talks ``cues`` of ``text`` with its ", meeting X" participles, in text order."""
    participles = list(_PARTICIPLE.finditer(text))
    if not participles:
        return cues
    return iter(sorted((*cues, *participles), key=lambda m: m.start()))
