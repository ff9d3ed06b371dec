"""The name a capitalised title is followed by, where the name's first word is also an English
word, and titles that are clock times.

Vietnamese and some other family names are spelled like short English words: "General
Secretary To Lam", "President Vo Van Thuong", "Mr An". Read alone, "To" would stop a name
("traveled to Hanoi"), so a name right after a capitalised title may open with such a word
when it is capitalised, other name words follow it and the sentence goes on in lower case
after the name, as prose does and a title-case headline ("President To Visit Hanoi Next
Week") does not. A one-word title right after a title may be a given name ("Knesset Speaker
Amir Ohana"). "PM" is a title ("PM Narendra Modi") and the afternoon ("at 3 PM"). A word with
a number after it is a part of an address ("Office of the Prime Minister, Level 4").
"""

from __future__ import annotations

import re

from dkg.loaders.document import TextSpan
from dkg.loaders.gazetteer import fold
from dkg.loaders.letters import UPPER
from dkg.loaders.steps.person_names import plain_word, trim_name

_SHORT_WORD = re.compile(r"[A-Z][a-z]{1,2}\s+")
"""A capitalised short word that opens a name: "To ", "Vo ", "An "."""
_PROSE_AFTER = re.compile(r"\s+[a-z]|\s*[,;:.)]|'s\b|\u2019s\b")
"""What follows a name in prose: a lower-case word ("met"), punctuation or a possessive."""
_CLOCK_BEFORE = re.compile(r"\d(?:[:.]\d\d)?\s*$")
"""A number right before "PM": "3 PM", "10:30 PM" are times of day."""


def titled_name(
    name: str, start: int, free: frozenset[int], text: str, name_end: int
) -> tuple[TextSpan, str] | None:
    """The name read right after a title (``name`` at document offset ``start``, ending at
    ``name_end`` of the sentence ``text``), kept whole when its first word is a short English
    word written as a name ("To Lam")."""
    found = trim_name(name, start, free)
    if found is not None:
        return found
    opener = _SHORT_WORD.match(name)
    if opener is None or not plain_word(opener.group().strip()):
        return None
    rest = trim_name(name[opener.end() :], start + opener.end(), free)
    if rest is None or any(plain_word(w) for w in rest[1].split()):
        return None
    end = rest[0].end - start
    after = name_end - len(name) + end
    if after >= len(text.rstrip()) or not _PROSE_AFTER.match(text, after):
        return None  # "President To Visit Hanoi Next Week": a headline in title case
    return TextSpan(start, start + end), name[:end]


def clock_time(text: str, head_start: int) -> bool:
    """Whether the title at ``head_start`` is the "PM" of a clock time: "at 3 PM", while "On
    5 May 2024 President X" is a president after a year."""
    return (
        text.startswith("PM", head_start)
        and _CLOCK_BEFORE.search(text, max(0, head_start - 8), head_start) is not None
    )


def given_title_word(text: str, at: int, title: re.Pattern[str], addresses: frozenset[str]) -> bool:
    """Whether the word at ``at``, right after a complete title, is a one-word title that is
    no form of address (``addresses``, folded), followed by more of a name: no one is styled
    "Speaker Emir X", so in "Knesset Speaker Amir Ohana" "Amir" is the Speaker's given name.
    A form of address stays one ("Foreign Minister Prince Faisal")."""
    inner = title.match(text, at)
    return (
        inner is not None
        and " " not in inner.group()
        and fold(inner.group()) not in addresses
        and _NAME_WORD_AFTER.match(text, inner.end()) is not None
    )


_NAME_WORD_AFTER = re.compile(rf" [{UPPER}]")


_NUMBER_AFTER = re.compile(r"\s+(?:No\.?\s*)?\d")
"""A number after a word: "Level 4", "Floor 12", "Suite 300", "Box No. 9"."""


def address_part(name: str, text: str, name_end: int) -> bool:
    """Whether a one-word name after a title is the part of an address a number follows:
    in "Office of the Prime Minister, Level 4, Government Building" the office's contact line
    goes on with its floor, and no one is called "Level". A person's name takes no number
    (a regnal number is written in Roman numerals).

    >>> address_part("Level", "Office of the President, Level 4, Tower B", 30)
    True
    >>> address_part("William Ruto", "the President, William Ruto 2", 28)
    False
    """
    return " " not in name and _NUMBER_AFTER.match(text, name_end) is not None
