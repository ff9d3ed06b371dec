"""People whose post a relative clause tells by its verb: "X, who chairs the Y Council".

News introduces the holder of an office it does not treat as a title this way ("Edna Moyo, who
heads the National Electoral Commission", "Li Wei, who leads the Chamber of Commerce"): the verb
names the head of the office and the capitalised body after it the office. Only the present
tense tells a post held when the story was written ("who chaired the board until 2019" is a
past one), and only a capitalised body names an office ("who heads the delegation" is the
day's errand).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dkg.loaders.document import TextSpan
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_names import NAME, after_title, trim_name

_ROLE_CLAUSE = Prefiltered(
    rf"(?P<name>{NAME.pattern})(?:,\s+(?:the|his|her|a)\s+[^,;.()]{{1,40}}?)?,\s+who\s+"
    r"(?:now\s+|currently\s+)?"
    r"(?P<verb>chairs|heads|leads|directs)\s+"
    r"(?P<body>the\s+[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w'\u2019-]*)*)"
)
"""A name, maybe an apposition on who they are ("X, the president's brother, who chairs the
Senate"), and the clause."""
_HEADS = {"chairs": "Chair", "heads": "Head", "leads": "Leader", "directs": "Director"}
"""The head of the office each verb tells."""


def role_clause_holders(
    text: str, base: int, blocked: frozenset[int], title: re.Pattern[str]
) -> Iterator[tuple[TextSpan, str, str]]:
    """The names in ``text`` (a sentence at offset ``base``) that a role clause follows, each
    with its span, the name and the post the clause tells ("Chair of the Y Council"); a name
    that starts with a title of its own is read from after that title."""
    for match in _ROLE_CLAUSE.finditer(text):
        start = after_title(text, match.start("name"), match.end("name"), title)
        found = trim_name(text[start : match.end("name")], base + start, blocked)
        if found is None or len(found[1].split()) < 2:
            continue
        yield found[0], found[1], f"{_HEADS[match['verb']]} of {match['body']}"
