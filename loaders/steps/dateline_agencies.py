"""The agency a dateline names after its city is no place: "Damascus, SANA -" is not Sanaa.

Agencies sign their wires in the dateline, after the city they file from: "CITY, AGENCY -",
"CITY (AGENCY) -", "CITY, March 21 /AGENCY/ -". Their names are in capitals, and the gazetteer
matches names whatever their case, so an agency whose name is also a place's ("SANA" and the
Yemeni capital "Sana") would send the story's visitors there. In that slot a word in capitals
that is a place's name only when case is ignored is read as the agency. A country that is the
city's own ("TBILISI, GEORGIA -") qualifies the city and stays a place, and so does a code
written in capitals in the gazetteer too ("Abu Dhabi, UAE -").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SLOT = re.compile(
    r"(?:\((?P<bracketed>[^()\n]{2,40})\)|/(?P<slashed>[^/\n]{2,40})/|,\s*(?P<signed>[A-Z][A-Z'.&-]+))"
    r"[\s.:\u2013\u2014-]*\Z"
)
"""What closes a dateline: an agency in brackets, between slashes, or after a comma in
capitals."""


def agency_slot(dateline: str) -> tuple[int, int] | None:
    """The offsets, in ``dateline``, of the agency's name that closes it, or None.

    >>> agency_slot("Damascus, SANA")
    (10, 14)
    >>> agency_slot("Tokyo, March 7 /Wire/"), agency_slot("Nairobi, Kenya, Oct. 4")
    ((16, 20), None)
    """
    match = _SLOT.search(dateline)
    if match is None:
        return None
    name = next(group for group in ("bracketed", "slashed", "signed") if match[group])
    return match.start(name), match.end(name)


def names_agency(written: str, forms: Iterable[str], own_country: bool) -> bool:
    """Whether a place's name ``written`` in the agency's slot names the agency instead: it is
    in capitals, none of the place's ``forms`` is written that way, and it is not the country
    of the dateline's city."""
    return written.isupper() and not own_country and written not in forms
