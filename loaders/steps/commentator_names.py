"""People a story quotes for their expertise: "said Mei Tanaka, a fellow at the Asia Institute".

Reports of a visit often close with the view of an analyst, an economist or a scholar. No title
stands before such a name, so no title rule reads it, yet the person states something in the
text and is one of its people. The apposition after the name tells it: a role noun of research
or analysis and the place it is held at ("an analyst at", "a professor of economics at").
Nothing here is a post of state, so the person gets none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dkg.loaders.document import TextSpan
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_names import NAME, after_title, trim_name

_COMMENTATOR = Prefiltered(
    rf"(?P<name>{NAME.pattern}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:fellow|analyst|economist|researcher|professor|lecturer|scholar|expert|strategist|"
    r"specialist|academic|historian|political\s+scientist)\s+(?:at|of|with|from|in)\s"
)
"""A name and its apposition: "X, a senior fellow at", "X, an economist with", "X, a professor
of international relations at", "X, an expert in Gulf affairs"."""
_STATES = re.compile(
    r"\b(?:said|says|told|tells|[Aa]ccording\s+to|noted|notes|argued|argues|warned|warns|added|"
    r"explained|explains|cautioned|observed|commented|predicted|predicts)\b"
)
"""What the person says in the story: an apposition without it is an author's biography ("X, a
fellow at the Y Institute, writes on Gulf affairs"), whose subject does nothing in the text."""


def commentators(
    text: str, base: int, blocked: frozenset[int], title: re.Pattern[str]
) -> Iterator[tuple[TextSpan, str]]:
    """The full names in ``text`` (a sentence at offset ``base``) that an expert's apposition
    follows in a sentence of what they say, each with its span; a name that starts with a title
    is read from after it."""
    for match in _COMMENTATOR.finditer(text):
        if _STATES.search(text) is None:
            return  # the prefiltered apposition first: most sentences hold none
        start = after_title(text, match.start("name"), match.end("name"), title)
        found = trim_name(text[start : match.end("name")], base + start, blocked)
        if found is not None and len(found[1].split()) >= 2:
            yield found
