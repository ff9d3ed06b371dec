"""The lists of items that stand before a head noun, where a sector may be named without a cue.

"cultural and humanitarian ties", "the mining and chemical industries", "a battery factory":
the words before such a noun are read as areas, unless they describe one named firm's or site's
trade or one person's work.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.sector_labels import SectorLabels, SectorMention, to_mention
from dkg.loaders.steps.sector_tokens import Token

_SEPARATORS = frozenset({",", "and"})
_JOINERS = frozenset({"-", "&", "'"})
HEAD_NOUN = Prefiltered(
    r"\b(?:cooperation|ties|relations|partnership|interaction|sectors?|industr(?:y|ies)|spheres?|"
    r"areas|fields|projects?|exchanges?|companies|firms|operators|factor(?:y|ies)|plants?|mills?|"
    r"mines?|dams?|(?<!\bin\s)lines?(?!\s+(?:with|of)\b)|works?(?!\s+of\b))\b"
)
"""Nouns a list of sectors can stand before: "cultural and humanitarian ties", "technology and
defence companies", "tourism operators" (not "a mining firm": one firm's trade), work to be won,
"reconstruction work" (not a person's, "her research work", nor one group's, "the humanitarian
work of the Red Cross"), and a facility of the sector, "a battery factory", "an electric car
plant", "a railway line", "a copper mine", "a hydroelectric dam" (but not "in line with", "along
the lines of")."""
INDUSTRY_HEAD = Prefiltered(r"\b(?:industr(?:y|ies)|sectors?|links|connections)\b")
"""Heads that several adjectives may share: "the chemical and aerospace industries"."""


def head_regions(
    tokens: list[Token], heads: list[re.Match[str]], countries: frozenset[int]
) -> list[tuple[int, int]]:
    """The lists of items standing before a head noun: "cultural and humanitarian ties"."""
    regions = []
    for head in heads:
        items = list_items(tokens, head.start())
        if not items:
            continue
        start = tokens[items[0][0]].start
        if head.group() in _FIRMS_AND_FACILITIES and (
            _named(tokens, start, head.start(), countries)
            or (head.group() in _ONE_SITE and not _new_site(tokens, items[0][0]))
        ):
            continue
        first = items[0][0]
        if head.group() in _WORK and {tokens[first].key, tokens[max(first - 1, 0)].key} & _PERSONAL:
            continue  # "her research work": one person's, no area of cooperation
        regions.append((start, head.start()))
    return regions


def project_names(
    sentence: str, tokens: list[Token], heads: list[re.Match[str]]
) -> set[tuple[int, int]]:
    """The regions before a capitalised "Project" (see ``head_regions``): a named project
    ("the Climate Resilient Roads Project", "the Rural Water Supply Project") is written in
    title case, and its last words name its area as a document's title does."""
    names = set()
    for head in heads:
        if sentence.startswith("Project", head.start()):
            items = list_items(tokens, head.start())
            if items:
                names.add((tokens[items[0][0]].start, head.start()))
    return names


_WORK = frozenset({"work", "works"})
_PERSONAL = frozenset({"his", "her", "my", "your"})
_ONE_SITE = frozenset({"factory", "plant", "mill", "line", "mine", "dam"})
_A = frozenset({"a", "an"})


def _new_site(tokens: list[Token], first: int) -> bool:
    """Whether a site is told with "a"/"an": "a battery factory" to be built names its branch,
    while "the steel plant" or "its car plant" is one party's site already told of."""
    return tokens[first].key in _A or (first > 0 and tokens[first - 1].key in _A)


_FIRMS_AND_FACILITIES = frozenset(
    {"companies", "firms", "operators", "factory", "factories", "plant", "plants"}
    | {"mill", "mills", "line", "lines", "mine", "mines", "dam", "dams"}
)
"""Heads whose sector words may describe one named firm's or site's trade."""


def _named(tokens: list[Token], start: int, end: int, countries: frozenset[int]) -> bool:
    """Whether a capitalised word other than a country's stands among the words before such a
    head: "a Toyota battery plant", "the Fukushima nuclear plant" are one party's plant, not an
    area of cooperation, while "French nuclear plants" are a country's."""
    return any(
        start <= t.start < end and t.start > 0 and t.text[0].isupper() and t.start not in countries
        for t in tokens
    )


def list_items(tokens: list[Token], head_start: int) -> list[tuple[int, int]]:
    """Token ranges of the items listed right before a head noun: "the oil and gas, mining and".

    Walking back from the head, an item is one or two words (a word may be joined by "-", "&"
    or "'": "wreath-laying"); items are separated by commas and "and". Anything else, or a
    third word in one item, ends the list.
    """
    index = next((i for i, t in enumerate(tokens) if t.start >= head_start), len(tokens))
    items: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []
    i = index - 1
    while i >= 0 and index - i <= 30:
        key = tokens[i].key
        if key in _SEPARATORS:
            if not current and tokens[i + 1].key not in _SEPARATORS:
                break  # a list does not end in "and" or a comma
            if current:
                items.append((current[-1][0], current[0][1]))
            current = []
            i -= 1
        elif key[0].isalnum():
            last = i
            while (
                i >= 2
                and tokens[i - 1].key in _JOINERS
                and tokens[i - 1].start == tokens[i - 2].end
            ):
                i -= 2
            if len(current) == 2:
                break
            current.append((i, last))
            i -= 1
        else:
            break
    if current:
        items.append((current[-1][0], current[0][1]))
    return items[::-1]


def elliptical_mentions(
    labels: SectorLabels,
    sentence: str,
    lowered: str,
    tokens: list[Token],
    offset: int,
    covered: list[tuple[int, int]],
    regions: list[tuple[int, int]],
) -> list[SectorMention]:
    """Adjectives sharing a head noun: "the chemical and aerospace industries"; and, in a
    stretch a cue opened, modes sharing "links": "restore road, rail and postal links" (a
    bare "road and rail links" may be one town's, "family links" no area at all)."""
    found = []
    for head in INDUSTRY_HEAD.finditer(lowered):
        links = head.group().startswith(("link", "conn"))
        # the list starts no earlier than its cue ends: "restore road", read as one item,
        # is the cue's verb and a mode
        opened = min((s for s, e in regions if s <= head.start() < e), default=None)
        if links and opened is None:
            continue
        for first, last in list_items(tokens, head.start()):
            if links and tokens[first].start < (opened or 0) < tokens[last].start:
                first += 1
            start, end = tokens[first].start, tokens[last].end
            if any(s <= start < e for s, e in covered):
                continue
            words = sentence[start:end]
            concept = (
                labels.concept(f"{words} links") or labels.concept(f"{words} connections")
                if links
                else labels.concept(f"{words} industry") or labels.concept(f"{words} sector")
            )
            if concept is not None:
                found.append(to_mention(concept, words, offset + start))
    return found
