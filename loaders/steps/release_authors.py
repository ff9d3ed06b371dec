"""The author a first-person release names in its heading: "MEDIA RELEASE / The Hon Anthony
Albanese MP / Prime Minister of Australia".

Government media releases and op-eds put their author on a line of their own above the text
as often as they sign it at the end. pronoun_references.py reads a closing sign-off first; a
text without one takes the person named on a short heading line, one whose every word is
capitalised (a name with its honorifics, not a headline that says something: "Strengthening
our partnership with Vietnam"). Its "I", "me" and "my" are then that person.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document, PersonMention

_HEADING_LINES = 5
"""Lines at the top of the text a heading may hold: the kind of release, author, post, date."""
_HEADING_LENGTH = 60
"""A longer line is a paragraph of the story, not a heading."""
_NAME_LINE = re.compile(r"(?:[A-Z][\w.'\u2019-]*[^\S\n]*)+")
"""A line of capitalised words only: "The Hon Anthony Albanese MP"."""


def heading_author(document: Document, named: list[PersonMention]) -> str | None:
    """The person named on a short all-capitalised line among the first lines of the text."""
    text = document.text
    start = len(text) - len(text.lstrip())
    for _ in range(_HEADING_LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line and len(line) <= _HEADING_LENGTH and _NAME_LINE.fullmatch(line):
            author = next((m.person for m in named if start <= m.span.start < end), None)
            if author is not None:
                return author
        if end == len(text):
            return None
        start = end + 1
    return None
