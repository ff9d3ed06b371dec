"""The author a first-person release names in its heading: "MEDIA RELEASE / The Hon Anthony
Albanese MP / Prime Minister of Australia".

Government media releases and op-eds put their author on a line of their own above the text
as often as they sign it at the end. pronoun_references.py reads a closing sign-off first; a
text without one takes the person named on a short heading line, one whose every word is
capitalised (a name with its honorifics, not a headline that says something: "Strengthening
our partnership with Vietnam"). A headline in title case capitalises every word too ("Talks With
President William Ruto"), so the line must hold nothing besides the name but the words of
honorifics and posts ("The Hon", "Prime Minister") and letters after the name ("MP"). Its "I",
"me" and "my" are then that person.
"""

from __future__ import annotations

import re
from functools import cache

from dkg.loaders.document import Document, PersonMention
from dkg.loaders.gazetteer import load_gazetteer

_HEADING_LINES = 5
"""Lines at the top of the text a heading may hold: the kind of release, author, post, date."""
_HEADING_LENGTH = 60
"""A longer line is a paragraph of the story, not a heading."""
_NAME_LINE = re.compile(r"(?:(?:[A-Z][\w.'\u2019-]*|the|for|of|and),?(?:[^\S\n]+|$))+")
"""A line of capitalised words only, but for the small words of an Australian senator's style
and of a post: "The Hon Anthony Albanese MP", "Senator the Hon Penny Wong, Minister for
Foreign Affairs". Each word ends at a space or the line's end: words that could also split
anywhere inside ("JACK" as "J" + "ACK") made a line in capitals that is no name line take
exponential time to fail."""
_LETTERS_AFTER = re.compile(r"[A-Z]{2,5}")
"""Post-nominal letters: "MP", "KC", "OBE"."""
_BY = re.compile(r"\s*By\s+")
"""An op-ed's byline before its writer's name and post: "By Annalena Baerbock, Foreign
Minister of Germany" (a reporter's bare byline names no one the story knows: no author)."""


def heading_author(document: Document, named: list[PersonMention]) -> str | None:
    """The person named on a short all-capitalised line among the first lines of the text."""
    text = document.text
    start = len(text) - len(text.lstrip())
    for _ in range(_HEADING_LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line and len(line) <= _HEADING_LENGTH and _NAME_LINE.fullmatch(line):
            on_line = [m for m in named if start <= m.span.start < end]
            if on_line and _name_alone(text, start, end, on_line[0]):
                return on_line[0].person
        if end == len(text):
            return None
        start = end + 1
    return None


def _name_alone(text: str, start: int, end: int, name: PersonMention) -> bool:
    """Whether the line from ``start`` to ``end`` holds only the name with its honorifics,
    post and letters after it, not a headline in title case about the person."""
    by = _BY.match(text, start, name.span.start)
    line = text[by.end() if by else start : name.span.start] + " " + text[name.span.end : end]
    others = line.replace(",", " ").split()  # "X, Minister for Foreign Affairs"
    return all(is_post_word(w) or _LETTERS_AFTER.fullmatch(w) for w in others)


def is_post_word(word: str) -> bool:
    """Whether a word may be part of a post written out with its country: the words of
    honorifics and posts, and country names ("Foreign Minister of Germany")."""
    return word.casefold() in title_words() or load_gazetteer().country_named(word) is not None


@cache
def title_words() -> frozenset[str]:
    """The words of honorifics, posts and their ranks, case-folded ("the", "hon", "prime")."""
    titles = load_gazetteer().titles
    phrases = (*titles.honorifics, *titles.head_titles, *titles.rank_prefixes)
    return frozenset(word.casefold() for phrase in phrases for word in phrase.split())
