"""Malay and Arabic royal styles: regnal epithets after the name, and the late father's lineage.

A Malay ruler's full style runs on past the name he is known by: "Sultan Haji Hassanal Bolkiah
Mu'izzaddin Waddaulah ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien Sa'adul Khairi Waddien".
Two parts of it are no name of the person who acts:

- the regnal epithet (laqab), an Arabic phrase of praise taken on the throne: a word "... of
  the religion" ("Mu'izzaddin", "Ri'ayatuddin") before "and the state" ("Waddaulah",
  "Wad-Daulah", "Waddien"), or an epithet before "by God" ("Al-Mustafa Billah"). News calls the
  ruler by the name before it ("Hassanal Bolkiah"), and the scorers compare the last word.
- the lineage after "ibni"/"bin"/"binti" + "Al-Marhum" ("son of the late ..."): the father's
  name and titles, which name a man who is dead, not a second person in the story.
"""

from __future__ import annotations

import re

_JOINER = re.compile(r"(?i)(?:w[ae]d[-'\u2019]?(?:daulah|dawlah|daula|dien|din|deen)|billah)\Z")
"""The word that closes a regnal epithet: "and the state", "and the religion", "by God"."""
_OF_THE_FAITH = re.compile(r"(?i)\S*(?:uddin|addin|iddin|uddien|eddin)\Z")
"""A word "... of the religion" ("Ri'ayatuddin"), which opens an epithet before the joiner."""
_LATE_BEFORE = re.compile(r"(?i)\b(?:al[-\s]?marhum(?:ah)?|allahyarham(?:ah)?)\b[^,.;:()\n]*\Z")
"""The mark of the late written earlier in the same clause of a style."""
_WINDOW = 120
"""How far back a lineage's mark may stand: a father's style is a few titles and names long."""


def may_hold_epithet(name: str) -> bool:
    """Whether ``name`` holds letters every epithet's closing word holds, tested at C speed
    before its words are read one by one."""
    folded = name.casefold()
    return "lah" in folded or "din" in folded or "dien" in folded or "deen" in folded


def mentions_the_late(text: str) -> bool:
    """Whether the text writes the mark of the late anywhere ("Al-Marhum", "Allahyarham"):
    most documents do not, and their names need no look back."""
    return any(mark in text for mark in ("arhum", "ARHUM", "yarham", "YARHAM"))


def epithet_start(words: list[str]) -> int | None:
    """The index of the first word of a regnal epithet in a name's ``words``, or None when the
    name holds none; the name keeps at least its first word.

    >>> epithet_start(["Hassanal", "Bolkiah", "Mu'izzaddin", "Waddaulah"])
    2
    >>> epithet_start(["Abdullah", "Ri'ayatuddin", "Al-Mustafa", "Billah", "Shah"])
    1
    >>> epithet_start(["Sharafuddin", "Idris", "Shah"]) is None
    True
    """
    for index, word in enumerate(words):
        if index >= 2 and _JOINER.match(word):
            start = index - 1  # the epithet's own word: "Mu'izzaddin", "Al-Mustafa"
            while start > 1 and _OF_THE_FAITH.match(words[start - 1]):
                start -= 1  # "Ri'ayatuddin Al-Mustafa Billah": one epithet
            return start
    return None


def of_the_late(start: int, text: str) -> bool:
    """Whether the name at ``start`` is written after "Al-Marhum" in the same clause: the late
    father of a ruler's style ("ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien").

    >>> text = "Sultan Hassanal Bolkiah ibni Al-Marhum Sultan Omar Ali Saifuddien, Sultan of Brunei"
    >>> of_the_late(text.index("Omar"), text), of_the_late(text.index("Hassanal"), text)
    (True, False)
    """
    return _LATE_BEFORE.search(text, max(0, start - _WINDOW), start) is not None
