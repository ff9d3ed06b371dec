"""Japanese names written family name first in capitals: "KISHIDA Fumio" is Fumio Kishida.

Japan's ministries and cabinet office write a Japanese name as the Japanese do, family name
first and in capitals ("Prime Minister KISHIDA Fumio", "Mr. HAYASHI Yoshimasa"), while news
in English writes the given name first ("Fumio Kishida"). One person must have one name, so
such a name is turned round and its family name written in title case: a later "Prime Minister
KISHIDA" and other documents' "Fumio Kishida" then meet it.

Only Japanese names are turned round: Chinese and Korean names keep the family name first in
English news too ("Xi Jinping", "Yoon Suk Yeol"), so "LI Qiang" or "YOON Suk Yeol" only lose
their capitals (person_names.in_usual_case). A Japanese name is told by its romanisation: both
words are made of the syllables of Hepburn spelling, which "Qiang", "Jinping", "Suk" or "Jae-in"
are not, and the name is just two words, the family name in capitals and of three letters or
more ("HU", "MA", "UN" are not read as such), the given name in title case. An acronym is
neither a person's word in title case beside it nor, mostly, Hepburn ("UNESCO"); a heading
written all in capitals has no word in title case.
"""

from __future__ import annotations

import re

_SYLLABLE = (
    r"(?:(?:[kgsztdnhbpmrc](?=[kgsztdnhbpmrc][aiueoyh]))?"  # a doubled consonant: "Hattori"
    r"(?:(?:[kgnhbpmr]y?|sh|ch|ts|[sztdjf])?[aiueo]|y[auo]|w[ao]|n(?![aiueoy])))"
)
"""One syllable of a Japanese word in Hepburn spelling, long vowels written plain: "ka",
"shi", "tsu", "ryu", "n"; not "yi", "wu", "l", "q", "x" or "ng" at a word's end."""
_JAPANESE_WORD = re.compile(rf"{_SYLLABLE}+(?:'{_SYLLABLE}+)?")
"""A word of Japanese syllables, with the apostrophe that parts an "n" from a vowel
("Jun'ichi")."""
_LONG_VOWELS = str.maketrans("āīūēōâîûêô", "aiueoaiueo")


def japanese_word(word: str) -> bool:
    """Whether ``word`` is spelt as a Japanese word in Hepburn romanisation.

    >>> japanese_word("Yoshimasa"), japanese_word("Jinping"), japanese_word("Qiang")
    (True, False, False)
    """
    return _JAPANESE_WORD.fullmatch(word.casefold().translate(_LONG_VOWELS)) is not None


def in_given_name_order(name: str) -> str:
    """A Japanese name written family name first in capitals, given name first in title case;
    any other name as it is.

    >>> in_given_name_order("KISHIDA Fumio")
    'Fumio Kishida'
    >>> in_given_name_order("LI Qiang"), in_given_name_order("Kishida Fumio")
    ('LI Qiang', 'Kishida Fumio')
    """
    words = name.split()
    if len(words) != 2:
        return name
    family, given = words
    if not (len(family) > 2 and family.isalpha() and family.isupper()):
        return name
    if not (given[:1].isupper() and given[1:].islower()):
        return name
    if not (japanese_word(family) and japanese_word(given)):
        return name
    return f"{given} {family.capitalize()}"
