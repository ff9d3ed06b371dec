"""A clause led by someone the sentence names only by their tie to another: "and his sister".

Both who made a trip (no one named, when the cue's clause is a relative's) and which dates
belong to a visit (none after such a clause starts) turn on it, so it is written once here.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_KIN = (
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:sons?|daughters?|wife|husband|spouse|sisters?|brothers?|mother|father|parents|"
    r"grand(?:father|mother|son|daughter|parents|children)|great-grand(?:father|mother)|"
    r"uncle|aunt|cousin|nephew|niece|ancestors?|forebears?|"
    r"children|family|aides?|advisers?|advisors?|deputy|envoy|delegation|entourage|team|"
    r"ministers?|predecessor|successor)\b"
)
_CLAUSE_OPENING = r"(?:[,;]\s+(?:(?:and|but|while|whereas|as)\s+)?|\s+(?:while|whereas)\s+)"
KIN_CLAUSE = Prefiltered(
    rf"(?:(?:^|{_CLAUSE_OPENING}){_KIN}|\b{_KIN},?\s+who)"
    r"(?:\s+(?:will|would|has|had|have|is|was|were|also|then|later|already|first|ahead|"
    r"alone|instead)){0,3}\s*$"
)
"""A relative's clause that ends right at the cue: "..., and his sister went ahead to", or
a relative clause about the relative: "a school named after his grandfather who came to"."""
KIN_CLAUSE_START = re.compile(_CLAUSE_OPENING + _KIN)
"""A clause led by someone the sentence names only by their tie to its subject: ", and his
sister went ahead to Rome", "while her deputy travelled on to Kyiv". The trip is theirs, so no
one the sentence names made it ("X and his wife arrived" is X's: no clause starts there)."""
