"""The predecessor a "first since" sentence names without a title: "the first German chancellor
to visit Kenya since Angela Merkel in 2011", "the first visit by a Peruvian president to Chile
since Ana Rojas's in May 2015".

The name after "since" is someone who made the same trip in the same role, so it is a person
(of the country whose demonym qualifies the role), and the earlier visit it tells needs that
person as its visitor. Without a title before it, no other people rule reads the name.
"""

from __future__ import annotations

from collections.abc import Iterator

from dkg.loaders.document import Document, Sentence
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import NAME, trim_name

_FIRST_SINCE_NAME = Prefiltered(
    r"\b[Tt]he\s+first\s+(?P<role>[^.;:,]{0,60}?\b(?:visit|trip|tour|travel|come|go)\w*\b"
    rf"[^.;:,]{{1,60}}?)\s+since\s+(?P<name>{NAME.pattern})(?:['\u2019]s)?\s+(?:did\s+)?in\s+"
    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)
"""'the first <role> to visit <place> since <Name> in <year>', 'the first state visit by a
<role> to <place> since <Name>'s in <month> <year>'."""


_FIRST_TO_VISIT_NAME = Prefiltered(
    rf"(?P<name>{NAME.pattern}),?\s+(?:who\s+)?(?:became|was)\s+the\s+first\s+"
    r"(?P<role>[^.;:,]{0,60}?)\s+to\s+(?:visit|travel|go|come)\b"
)
"""'<Name>, who became the first Czech premier to visit ...', '<Name> was the first ... to
travel to ...': the name is the one who made that trip in that role."""
_FOOTSTEPS_NAME = Prefiltered(
    r"\b(?:retrac\w+\s+the|in\s+the)\s+(?:foot)?steps\s+of\s+"
    rf"(?P<name>{NAME.pattern})(?P<role>,\s+who\b[^.;:]{{0,100}})"
)
"""'retracing the steps of <Name>, who made the first visit by a Dutch premier', 'following in
the footsteps of <Name>, who ...': an earlier traveller, of the country the clause names."""

_OWNER_OF_SUCCESSION = Prefiltered(
    r"(?<![\w'\u2019.-])[A-Z][\w'\u2019-]*['\u2019]s\s+(?:immediate\s+)?(?:prede|suc)cessor\b"
)
"""'<Surname>'s predecessor', '<Surname>'s successor': the one whose office another holds."""


def succession_owners(text: str) -> list[tuple[int, int]]:
    """Where a sentence names the one whose predecessor or successor it tells of: in
    "Petrov's predecessor Ivan Dimov held talks with X" Dimov held them, not Petrov.

    >>> text = "Petrov's predecessor Ivan Dimov held talks with X."
    >>> [text[a:b] for a, b in succession_owners(text)]
    ["Petrov's"]
    """
    return [
        (m.start(), m.start() + m.group().find(" ")) for m in _OWNER_OF_SUCCESSION.finditer(text)
    ]


def predecessors(
    sentence: Sentence, document: Document, blocked: frozenset[int]
) -> Iterator[Candidate]:
    """The people a "first <role> to visit X since <Name> in <year>", a "<Name>, who became
    the first <role> to visit X" or a "retracing the steps of <Name>, who ..." sentence
    names."""
    base = sentence.span.start
    matches = [*_FIRST_SINCE_NAME.finditer(sentence.text)]
    matches += _FIRST_TO_VISIT_NAME.finditer(sentence.text)
    matches += _FOOTSTEPS_NAME.finditer(sentence.text)
    for match in matches:
        found = trim_name(match["name"], base + match.start("name"), blocked)
        if found is None or len(found[1].split()) < 2:
            continue
        role_start, role_end = base + match.start("role"), base + match.end("role")
        country = next(
            (
                c.iso2
                for c in document.countries
                if c.form == "demonym" and role_start <= c.span.start < role_end
            ),
            None,
        )
        yield Candidate(found[0], found[1], None, country)
