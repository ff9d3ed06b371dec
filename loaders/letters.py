"""The capital letters a name may start with, as a regex character-class body.

English news writes names from every language that uses the Latin script with their own
letters: "Zuzana Čaputová", "Maroš Šefčovič", "Łódź", "İstanbul", "Đà Nẵng". A class of ASCII
and Latin-1 capitals ("A-Z\\u00c0-\\u00de") stops such a name at its first Central European,
Turkish or Vietnamese capital, and the person or place is lost or cut in half. ``re`` has no
``\\p{Lu}``, so the class is built once from Unicode's own case data over the Latin blocks.
"""

from __future__ import annotations

from collections.abc import Iterable

_LATIN_BLOCKS = (range(0x00C0, 0x0250), range(0x1E00, 0x1F00))
"""Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional (Vietnamese)."""


def _class_body(letters: Iterable[str]) -> str:
    """Runs of consecutive code points written as ranges, so the class stays short to read."""
    points = sorted(ord(letter) for letter in letters)
    parts: list[str] = []
    start = previous = points[0]
    for point in [*points[1:], -1]:
        if point == previous + 1:
            previous = point
            continue
        parts.append(chr(start) if start == previous else f"{chr(start)}-{chr(previous)}")
        start = previous = point
    return "".join(parts)


UPPER = "A-Z" + _class_body(chr(p) for block in _LATIN_BLOCKS for p in block if chr(p).isupper())
"""Every Latin capital letter, for ``[...]`` in a pattern: ``rf"[{UPPER}]\\w*"``."""

LOWER = "a-z" + _class_body(chr(p) for block in _LATIN_BLOCKS for p in block if chr(p).islower())
"""Every Latin small letter: the rest of a capitalised word that must not run into another
capital ("Čaputová", not "McCain")."""
