"""A sentence that names the parts of a package told before: "Among the 17 documents is a
memorandum on export promotion", "Of the nine agreements, one concerns ports: a protocol on ...".

News often counts the documents signed in one sentence and names some of them in the next,
without a signing verb there. The named documents are the package's parts, which the gold
keeps with count 1 each; the package itself is not counted again. Documents long in force
("Among the 30 agreements in force is the 1995 treaty") are no parts of the news.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN
from dkg.loaders.steps.numerals import DIGITS, WORD_NUMBER

_AMONG_COUNTED = Prefiltered(
    rf"\b(?:among|of)\s+(?:the|these|those)\s+(?:{DIGITS}|{WORD_NUMBER})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{DOCUMENT_NOUN})\b",
    re.IGNORECASE,
)
"""A counted package referred back to: "Among the 17 documents", "Of these nine agreements"."""
_OLDER = re.compile(
    r"\b(?:in\s+force|existing|since|over\s+the\s+(?:past|last)|previous(?:ly)?|earlier|"
    r"last\s+year|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""What dates the package before the news: "in force", "since 1995", "signed in 2019"."""


_THEY_INCLUDED = Prefiltered(
    r"^\s*(?:They|These|Those|The\s+(?:documents|agreements|instruments|deals|memoranda|accords)"
    r")\s+(?:also\s+)?(?:include[sd]?|comprised?|comprises)\s+(?:an?|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?i:{DOCUMENT_NOUN})\b"
)
"""A package told before named by its parts in the next sentence, whose first words refer back
to it and whose object is a document: "They included a memorandum of understanding on ...";
"They included talks on a trade agreement" names no part."""


def names_parts_of_package(sentence: str) -> bool:
    """Whether the sentence names documents of a counted package told before it.

    >>> names_parts_of_package("Among the 17 documents is a memorandum on export promotion.")
    True
    >>> names_parts_of_package("Among the 30 agreements in force is the treaty on borders.")
    False
    >>> names_parts_of_package("They included a memorandum of understanding on health.")
    True
    """
    if _THEY_INCLUDED.search(sentence) is not None:
        return _OLDER.search(sentence) is None
    return _AMONG_COUNTED.search(sentence) is not None and _OLDER.search(sentence) is None
