"""A line that gives a place and then a date: "Brasília, 15 April 2023", "Nicosia / June 16,
2025", "New Delhi \u2013 22 June 2024" (a dash), or the date and then the place, as the
Kremlin's and some ministries' sites head an item ("June 20, 2024, Hanoi").

Ministries sign a release off this way, on one line, and some print the same line above the
release. It is the story's own date as much as a date on a line of its own, so the stamp reader
looks at what follows the place. Only the place is removed here: the rest of the line must still
be nothing but a date, so a sentence that merely ends on a date ("Talks resumed in Geneva,
15 April 2023") dates nothing.
"""

from __future__ import annotations

import re

_NAME_WORD = r"[A-Z][\w'\u2019.-]*"
"""One capitalised word of a place name ("Brasília", "NEW", "St.")."""

_PARTICLE = r"(?:de|da|do|dos|das|del|la|le|es|el|al|of|on|upon|am|an)"
"""The lower-case words between the capitalised ones of place names: "Dar es Salaam", "Rio de
Janeiro", "Frankfurt am Main", "Port of Spain"."""

_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,3}}"
"""A name of one to four capitalised words."""

_PLACE = re.compile(
    rf"\s*{_NAME}(?:\s*[,.]\s*(?:the\s+)?{_NAME})?"
    r"\s*(?:,|\.|/|\||\s[\u2013\u2014-])\s*"
)
"""A place, maybe a venue and its city ("State House, Nairobi") or a city and its country
("Eindhoven, the Netherlands"), and the comma, full stop, slash, bar or dash after it:
presidencies head a release "State House, Nairobi. Monday, 21st August 2023."."""


def after_place(line: str) -> str | None:
    """What follows a leading place name and its separator, or None when the line does not
    open with one."""
    match = _PLACE.match(line)
    return line[match.end() :] if match is not None else None


_TRAILING_PLACE = re.compile(
    rf"\s*(?:,|/|\||\s[\u2013\u2014-])\s*{_NAME}(?:\s*,\s*(?:the\s+)?{_NAME})?\s*$"
)
"""A place after the date that closes the line, with its separator: ", Hanoi", " \u2013 Novo-
Ogaryovo, Moscow Region"."""


def before_place(line: str) -> str | None:
    """What precedes a closing place name and its separator, or None when the line does not
    end on one."""
    match = _TRAILING_PLACE.search(line)
    return line[: match.start()] if match is not None and match.start() > 0 else None
