"""People a newspaper's lead names in full without a post: "Emmanuel Macron welcomed Bola Tinubu to
the Élysée Palace on Thursday", "Keir Starmer arrived in Kyiv on Thursday".

International papers and web pages often open with the names alone and give the posts later, by
role ("The Nigerian president, who began a state visit ...", "The British prime minister
travelled overnight"). No post is read here, so nothing is known of the country; but who
receives, hosts or meets someone named in full is a person, and so is the one received, and so
is a full name that opens a sentence as the subject of a diplomatic verb. Every name must have
two words or more and carry no title (a titled name is the title reader's), the sentence must
open with it (or with a feature's "When" before it), and the story must refer back to it by the
last word alone ("Tinubu, who ...", "Macron told reporters"), as news does with people: a
company is referred back to by its first word ("Alstom said"), if at all. A lone subject also
needs a story that tells of leaders by role with a demonym ("the British prime minister"); the
role then finds the person in resolve.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import NAME, trim_name, without_nickname

_RECEPTION = Prefiltered(
    rf"^(?P<host>{NAME.pattern})\s+(?:welcomed|received|hosted|greeted|met|held\s+talks\s+with)"
    rf"\s+(?P<guest>{NAME.pattern})"
)
"""A sentence that opens with one full name receiving, hosting or meeting another."""
_DATELINE = r"(?:[A-Z][A-Z .'\u2019-]+,[^\n]{0,40}?\s[-\u2013\u2014]+\s+)?"
"""A dateline that may open the sentence: "KYIV, 16 January 2025 - "."""
_LEAD = Prefiltered(
    rf"^{_DATELINE}(?:(?:When|After|As|Once|Before)\s+)?(?P<name>{NAME.pattern})\s+"
    r"(?:(?:also|later|then|first)\s+)?"
    r"(?:arrived|landed|visited|received|welcomed|hosted|greeted|met|held\s+talks|signed|"
    r"travell?ed|flew|paid|began|ended|wrapped\s+up|called\s+on|chose|made|embarked|"
    r"set\s+off|left|departed|headed|went|came|returned|concluded|kicked\s+off|"
    r"arrives|visits|meets|receives|welcomes|hosts|stepped\s+(?:off|onto|out))\b"
)
"""A full name that opens a sentence, or the time clause a feature's lead opens with ("When
Emmanuel Macron stepped onto the red carpet in Stockholm, ..."), as the subject of a visit or
of talks."""
_DEMONYM_ROLE = SkipAheadPattern(
    r"\b[Tt]he\s+[A-Z][a-z]+\s+(?:president|prime\s+minister|chancellor|premier|leader|"
    r"foreign\s+minister|head\s+of\s+state|king|emir|monarch)\b"
)
"""A role reference with a demonym: "The British prime minister", "the French president"."""


@dataclass(frozen=True)
class _Sentence:
    """What both readers take: the sentence ``text`` at offset ``base`` of ``story``, the
    offsets of company names (``firm``), the title pattern, and the starts of the names found
    so far (``seen``, which the readers add to)."""

    text: str
    base: int
    story: str
    firm: frozenset[int]
    title: re.Pattern[str]
    seen: set[int]


def untitled_names(
    text: str,
    base: int,
    story: str,
    firm: frozenset[int],
    title: re.Pattern[str],
    seen: set[int],
) -> Iterator[Candidate]:
    """The untitled people a sentence (``text`` at offset ``base`` of ``story``) opens with:
    both names of "A welcomed B", else the subject of "A arrived"; the starts of the names
    found are added to ``seen``."""
    sentence = _Sentence(text, base, story, firm, title, seen)
    yield from _parties(sentence)
    yield from _lead(sentence)


def _parties(sentence: _Sentence) -> Iterator[Candidate]:
    """Host and guest of a sentence that opens "A welcomed B", each referred back to by
    surname; a titled host is the title reader's, and the untitled guest of "President X
    greeted Emmanuel Macron" is still read here."""
    match = _RECEPTION.match(sentence.text)
    if match is None:
        return
    untitled = [g for g in ("host", "guest") if not sentence.title.search(match[g])]
    if not untitled:
        return  # "President Ruto received President Samia": the title reader's
    names = [trim_name(match[g], sentence.base + match.start(g), sentence.firm) for g in untitled]
    if not all(
        found is not None and len(found[1].split()) > 1 and surname_alone(sentence.story, found[1])
        for found in names
    ):
        return
    for found in names:
        if found is not None and found[0].start not in sentence.seen:
            sentence.seen.add(found[0].start)
            yield Candidate(found[0], found[1], None)


def _lead(sentence: _Sentence) -> Iterator[Candidate]:
    """The subject of a sentence that opens "A arrived", in a story that refers back to the
    surname alone and to leaders by role with a demonym."""
    if not _tells_roles(sentence.story):
        return  # most stories: tested once for the story, not a match tried per sentence
    match = _LEAD.match(sentence.text)
    if match is None or sentence.title.search(match["name"]):
        return
    found = trim_name(match["name"], sentence.base + match.start("name"), sentence.firm)
    if found is None or found[0].start in sentence.seen or len(found[1].split()) < 2:
        return
    if found[1] != without_nickname(match["name"]) or not surname_alone(sentence.story, found[1]):
        return  # "Airbus Group signed": cut by a body's word; no surname alone
    sentence.seen.add(found[0].start)
    yield Candidate(found[0], found[1], None)


@functools.lru_cache(maxsize=4)
def _tells_roles(story: str) -> bool:
    """Whether the story refers to a leader by role with a demonym ("the French president"),
    remembered for the story, whose sentences ask one after another."""
    return _DEMONYM_ROLE.search(story) is not None


def surname_alone(story: str, name: str) -> bool:
    """Whether the story names someone by a word of ``name`` after the first alone somewhere:
    the last ("Macron"), or the one a people calls its leader by ("Lula" of "Luiz Inacio Lula da
    Silva"). A company is referred back to by its first word, if at all."""
    words = name.split()
    for before, word in pairwise(words):
        if not word[:1].isupper() or len(word) < 3:
            continue  # "da", "bin": particles
        alone = re.compile(rf"(?<![\w-])(?<!{re.escape(before)} ){re.escape(word)}(?![\w-])")
        if alone.search(story) is not None:
            return True
    return False
