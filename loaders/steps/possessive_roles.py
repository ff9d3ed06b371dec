"""Role references opened by a country's possessive: "Armenia's top diplomat", "Kenya's
president told reporters".

resolve.py reads roles after a determiner ("the Kenyan president", "his French counterpart").
Wire copy refers back as often with the country's possessive, which tells the country as
plainly as a demonym does; this module finds those references and resolve.py finds their
person the same way. A possessive role followed by a name ("Japan's foreign minister Yoko
Kamikawa", "Armenia's foreign minister, Ararat Mirzoyan,") is a title, read with the name.
The same holds for "the head of Hungarian diplomacy", as translated news calls a foreign
minister: the top diplomat of the country its demonym names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dkg.loaders.document import Document, TextSpan
from dkg.loaders.steps.person_names import NAME_WORD, POSSESSIVE
from dkg.loaders.trie import trie_pattern


def possessive_role_pattern(roles: list[str]) -> re.Pattern[str]:
    """The possessive and role that may follow a country's name: "'s top diplomat"."""
    return re.compile(
        rf"{POSSESSIVE}[^\S\n]+(?:new[^\S\n]+)?"
        rf"(?P<role>(?i:{trie_pattern(roles)}))\b(?!s\b)(?![^\S\n]+of\b)"
        rf"(?!,?[^\S\n]+{NAME_WORD})"
    )


def possessive_roles(
    document: Document, pattern: re.Pattern[str], taken: list[TextSpan]
) -> Iterator[tuple[TextSpan, str, str]]:
    """Each role a country's possessive opens, with its span (country included) and the
    country's ISO code, unless a name already covers it."""
    text = document.text
    for country in document.countries:
        if country.form != "name":
            continue
        match = pattern.match(text, country.span.end)
        if match is None:
            continue
        span = TextSpan(country.span.start, match.end())
        if _taken(span, taken):
            continue
        yield span, match["role"], country.iso2


_HEAD_OF = re.compile(r"\b[Tt]he[^\S\n]+(?:head|chief)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")
_DIPLOMACY = re.compile(r"[^\S\n]+diplomacy\b")


def diplomacy_heads(
    document: Document, taken: list[TextSpan]
) -> Iterator[tuple[TextSpan, str, str]]:
    """Each "the head of <demonym> diplomacy" ("the chief of Russian diplomacy"), as the role
    "top diplomat" of the demonym's country, unless a name already covers it."""
    text = document.text
    for country in document.countries:
        if country.form != "demonym":
            continue
        diplomacy = _DIPLOMACY.match(text, country.span.end)
        if diplomacy is None:
            continue
        head = _HEAD_OF.search(text, max(0, country.span.start - 20), country.span.start)
        if head is None:
            continue
        span = TextSpan(head.start(), diplomacy.end())
        if _taken(span, taken):
            continue
        yield span, "top diplomat", country.iso2


def _taken(span: TextSpan, taken: list[TextSpan]) -> bool:
    """Whether a name already covers the role's words, or lies inside them."""
    return any(span.contains(t) or t.contains(span) for t in taken)
