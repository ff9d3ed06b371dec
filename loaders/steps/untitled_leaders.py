"""Leaders a newspaper's lead names in full without a post: "Emmanuel Macron welcomed Bola
Tinubu to the Élysée Palace on Thursday".

International papers and web pages often open with the two names alone and give the posts
later, by role ("The Nigerian president, who began a state visit ..."). No post is read here, so
nothing is known of the country; but who receives, hosts or meets someone named in full is a
person, and so is the one received. Both names must have two words or more and carry no title
(a titled name is the title reader's), the sentence must open with the first, and the story must
refer back to each by the last word alone ("Tinubu, who ...", "Macron told reporters"), as news
does with people: a company is referred back to by its first word ("Alstom said"), if at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import NAME, trim_name

_RECEPTION = Prefiltered(
    rf"^(?P<host>{NAME.pattern})\s+(?:welcomed|received|hosted|greeted|met|held\s+talks\s+with)"
    rf"\s+(?P<guest>{NAME.pattern})"
)
"""A sentence that opens with one full name receiving, hosting or meeting another."""


def untitled_parties(
    text: str,
    base: int,
    story: str,
    firm: frozenset[int],
    title: re.Pattern[str],
    seen: set[int],
) -> Iterator[Candidate]:
    """The people of a sentence (``text`` at offset ``base`` of ``story``) that opens "A
    welcomed B", neither with a title and each referred back to by surname; the starts of the
    names found are added to ``seen``."""
    match = _RECEPTION.match(text)
    if match is None or any(title.search(match[group]) for group in ("host", "guest")):
        return  # "President Ruto received ...": the title reader's
    names = [trim_name(match[g], base + match.start(g), firm) for g in ("host", "guest")]
    if not all(
        found is not None and len(found[1].split()) > 1 and surname_alone(story, found[1])
        for found in names
    ):
        return
    for found in names:
        if found is not None and found[0].start not in seen:
            seen.add(found[0].start)
            yield Candidate(found[0], found[1], None)


def surname_alone(story: str, name: str) -> bool:
    """Whether the story names someone by the last word of ``name`` alone somewhere."""
    *given, surname = name.split()
    alone = re.compile(rf"(?<![\w-])(?<!{re.escape(given[-1])} ){re.escape(surname)}(?![\w-])")
    return alone.search(story) is not None
