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
from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention, AgreementStatus
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
    r"^\s*(?:They|These|Those|(?:These|Those|The)(?:\s+(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|"
    r"[Ee]ight|[Nn]ine|[Tt]en|\d+))?\s+(?:documents|agreements|instruments|deals|memoranda|"
    r"accords))\s+(?:also\s+)?(?:include[sd]?|comprised?|comprises|consist(?:ed)?\s+of|are|were)"
    rf"\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:{DOCUMENT_NOUN})\b"
)
"""A package told before named by its parts in the next sentence, whose first words refer back
to it (maybe with its count: "The five agreements comprise", "consist of", "are") and whose
object is a document: "They included a memorandum of understanding on ..."; "They included
talks on a trade agreement" names no part."""
_AMONG_THEM = Prefiltered(
    r"^\s*(?:[Aa]mong|[Nn]otable\s+among)\s+(?:them|these|those|the\s+(?:documents|agreements|"
    r"instruments|deals|memoranda|accords)(?:\s+signed)?)\s*(?:,\s*)?(?:(?:are|is|were|was)\s+|:\s*)"
    rf"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}?(?i:{DOCUMENT_NOUN})\b"
)
"""A package told before named by its parts in the next sentence, which opens by picking them
out of it: "Among them are the Memorandum of Understanding on ... and the Agreement on ...",
"Among these is a treaty on ..."."""
_ORDINAL = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|other"
_ORDINAL_FIRST = Prefiltered(
    r"^\s*The\s+first(?:\s+(?:one|of\s+(?:them|these|those)|document|agreement))?\s+"
    r"(?:is|was|concerns|covers|deals\s+with|relates\s+to|provides\s+for)\b"
)
"""A package told before named part by part in the next sentence: "The first is a memorandum
on ..., the second concerns a credit line ..., and the third is ..."."""
_ORDINAL_PART = Prefiltered(
    rf"(?:^\s*|[,;]\s*(?:and\s+|while\s+|whereas\s+)?)(?i:the)\s+(?:{_ORDINAL})"
    r"(?:\s+(?:one|document|agreement))?\s+(?:concerns|covers|deals\s+with|relates\s+to|"
    r"provides\s+for)\s+(?P<subject>[^,;.:()]+?)(?=\s*(?:[,;.:()]|$))"
)
"""One part of such a sentence named by what it is about, with no document noun of its own:
"the second concerns a credit line for small businesses"."""
_DOCUMENT = re.compile(rf"\b(?:{DOCUMENT_NOUN})\b", re.IGNORECASE)


def find_ordinal_parts(
    sentence: str, offset: int, status: AgreementStatus
) -> list[AgreementMention]:
    """The parts that "The first is ..., the second concerns ..." names by subject alone; a part
    that names its document ("the third is a memorandum on ...") is a named document already.

    >>> [a.title for a in find_ordinal_parts(
    ...     "The first is a treaty, the second concerns a loan for farms.", 0,
    ...     AgreementStatus.SIGNED)]
    ['agreement on a loan for farms']
    """
    if _ORDINAL_FIRST.search(sentence) is None or _OLDER.search(sentence) is not None:
        return []
    return [
        AgreementMention(
            kind=AgreementKind.AGREEMENT,
            status=status,
            spans=((offset + part.start("subject"), offset + part.end()),),
            title=f"agreement on {part['subject']}",
            count=1,
        )
        for part in _ORDINAL_PART.finditer(sentence)
        if _DOCUMENT.search(part["subject"]) is None
    ]


def names_parts_of_package(sentence: str) -> bool:
    """Whether the sentence names documents of a counted package told before it.

    >>> names_parts_of_package("Among the 17 documents is a memorandum on export promotion.")
    True
    >>> names_parts_of_package("Among the 30 agreements in force is the treaty on borders.")
    False
    >>> names_parts_of_package("They included a memorandum of understanding on health.")
    True
    >>> names_parts_of_package("The first is a memorandum on roads, the second one on ports.")
    True
    >>> names_parts_of_package("Among them are the Memorandum of Understanding on ports.")
    True
    >>> names_parts_of_package("Among them were ministers who signed the treaty in 2019.")
    False
    """
    if (
        _THEY_INCLUDED.search(sentence) is not None
        or _AMONG_THEM.search(sentence) is not None
        or _ORDINAL_FIRST.search(sentence) is not None
    ):
        return _OLDER.search(sentence) is None
    return _AMONG_COUNTED.search(sentence) is not None and _OLDER.search(sentence) is None
