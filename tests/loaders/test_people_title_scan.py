"""The title and honorific patterns, written first letter first for speed, find what the plain
patterns they stand for find."""

from __future__ import annotations

import re

from dkg.loaders.steps.people import PeopleRecognizer
from dkg.loaders.trie import trie_pattern

_TEXT = (
    "Vice-President Ana Lopez met Deputy Prime Minister Tom Hale; the exPresident and "
    "Former Acting President Jo Kim spoke. H.E. Sheikh Ali greeted HE Dr Maria Costa, "
    "and Mr.Smith (a President-elect) left. President\nPresident"
)


def test_people_titles_are_found_as_the_plain_pattern_finds_them() -> None:
    recognizer = PeopleRecognizer()
    titles = recognizer.gazetteer.titles
    heads = sorted({*titles.head_titles, *titles.company_posts}, key=lambda t: (-len(t), t))
    ranks = "|".join(re.escape(r) for r in titles.rank_prefixes)
    plain = re.compile(rf"\b(?:(?:{ranks})[\s-]+)*(?:{trie_pattern(heads)})(?!\w)")
    spellings = {f for h in titles.honorifics for f in (h, h.replace(".", ""), h.rstrip("."))}
    honorific = re.compile(rf"(?<![\w.])(?:(?:{trie_pattern(spellings)})\.?\s+)+")
    for bare, fast in ((plain, recognizer.title), (honorific, recognizer.honorific)):
        assert [m.span() for m in fast.finditer(_TEXT)] == [m.span() for m in bare.finditer(_TEXT)]
        for at in range(len(_TEXT)):
            found, expected = fast.match(_TEXT, at), bare.match(_TEXT, at)
            assert (found and found.span()) == (expected and expected.span()), at
    assert [m.group() for m in recognizer.title.finditer(_TEXT)][:3] == [
        "Vice-President",
        "Deputy Prime Minister",
        "Former Acting President",
    ]
