"""A leader a story opens with by full name alone and names by role afterwards.

International papers start "Keir Starmer arrived in Kyiv on Thursday ..." or "Emmanuel Macron
received his guest at the Elysee Palace" and give the office only later, by role ("The British
prime minister travelled overnight", "For the French president, ..."). untitled_leaders.py
reads the lead that names host and guest together; this module reads one name that opens a
sentence as the subject of a diplomatic verb. Like a person, and unlike a company, the story
refers back to it by the last word alone ("Starmer", "Macron"), and it tells of leaders by role
("the British prime minister"); the role then finds the person in resolve.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import NAME, trim_name
from dkg.loaders.steps.untitled_leaders import surname_alone

_DATELINE = r"(?:[A-Z][A-Z .'\u2019-]+,[^\n]{0,40}?\s[-\u2013\u2014]+\s+)?"
"""A dateline that may open the sentence: "KYIV, 16 January 2025 - "."""
_LEAD = Prefiltered(
    rf"^{_DATELINE}(?P<name>{NAME.pattern})\s+(?:(?:also|later|then|first)\s+)?"
    r"(?:arrived|landed|visited|received|welcomed|hosted|greeted|met|held\s+talks|signed|"
    r"travell?ed|flew|paid|began|ended|wrapped\s+up|called\s+on)\b"
)
"""A full name that opens a sentence as the subject of a visit or of talks."""
_DEMONYM_ROLE = re.compile(
    r"\b[Tt]he\s+[A-Z][a-z]+\s+(?:president|prime\s+minister|chancellor|premier|leader|"
    r"foreign\s+minister|head\s+of\s+state|king|emir|monarch)\b"
)
"""A role reference with a demonym: "The British prime minister", "the French president"."""


def untitled_leads(
    text: str,
    base: int,
    story: str,
    firm: frozenset[int],
    title: re.Pattern[str],
    seen: set[int],
) -> Iterator[Candidate]:
    """The person a sentence (``text`` at ``base`` of ``story``) opens with by full name as
    the subject of a diplomatic verb, in a story that refers back to the surname alone and
    to leaders by role with a demonym; the start of the name is added to ``seen``."""
    match = _LEAD.match(text)
    if match is None or title.search(match["name"]) or _DEMONYM_ROLE.search(story) is None:
        return
    found = trim_name(match["name"], base + match.start("name"), firm)
    if found is None or found[0].start in seen or len(found[1].split()) < 2:
        return
    if found[1] != match["name"] or not surname_alone(story, found[1]):
        return  # "Airbus Group signed": cut by a body's word; no surname alone
    seen.add(found[0].start)
    yield Candidate(found[0], found[1], None)
