"""Names that look like companies but are not: armed units, official bodies, descriptors and
capital headlines.

A legal form or a corporate word after a capitalised name ("... Group", "... AS") is good
evidence of a company, except where the name's head says it is an armed unit or an official
working body ("the Carrier Strike Group", "a Joint Task Force", "the Pacific Fleet", "the
Contact Group") or where the whole line is in capitals, so that an ordinary word ("AS" in
"MINISTER IN TOKYO AS TALKS RESUME") cannot be told from a legal form.
"""

from __future__ import annotations

import re

from dkg.loaders.steps.currencies import CODES
from dkg.loaders.steps.numerals import LONG_SCALE

_UNIT_HEADS = re.compile(
    r"(?:^|\s)(?:(?:Carrier\s+)?Strike|Battle|Carrier|Amphibious(?:\s+Ready)?|Expeditionary|"
    r"Task|Army|Combat|Working|Contact|Action|Advisory|Expert|"
    r"Steering|Study|Monitoring|Coordination|Liaison|Negotiating|Parliamentary|Friendship)\s+"
    r"(?:Group|Force|Groups|Forces)$"
    r"|(?:^|\s)(?:Fleet|Flotilla|Squadron|Regiment|Brigade|Battalion|Division|Corps|Army|Navy|"
    r"Air\s+Force|Guard|Coast\s+Guard|Marines|Command|Contingent|Garrison)$"
)
"""A name ending in the head noun of an armed unit or of a working body of officials."""
_DESCRIPTOR_ONLY = re.compile(
    r"^(?:[Tt]he\s+)?(?:State|National|Public|Federal|Government|Municipal|(?:Open\s+|Closed\s+)?"
    r"Joint[\s-]+Stock)(?:\s+(?:Owned|Joint[\s-]+Stock|Holding))?\s+"
    r"(?:Company|Corporation|Enterprise|Holding|Concern)$"
)
"""A name that is only what kind of firm the real name after it is: "the State Corporation
'Rosatom'", "National Company 'KazMunayGas'", "Joint Stock Company 'X'"."""
_PLACE_HEADS = re.compile(
    r"(?:^|\s)(?:(?:International\s+)?Airport|Airfield|Aerodrome|Seaport|Port|Harbou?r|"
    r"(?:Railway|Rail|Train|Bus|Metro)?\s*Station|Terminal)$"
)
"""A name ending in a place one travels through: "Jorge Chavez International Airport", "Mombasa
Port", "Central Railway Station". The place is no firm, though a firm may run it ("Lima Airport
Partners", "Abu Dhabi Ports", whose names end otherwise)."""
MEMBERS_HEAD = re.compile(
    r"(?:^|\s)(?:Association|Federation|Confederation|Society|(?:News|Press)\s+Agency|"
    r"Chamber(?:\s+of\s+Commerce(?:\s+and\s+Industry)?)?)$"
    r"|(?:^|\s)(?:Association|Federation|Confederation|Chamber)\s+of\s"
)
"""A name ending in the head of a body of members or of a news agency: "the German Near and
Middle East Association", "the Iraqi News Agency", "the Kenya Association of Manufacturers".
Firms are its members or its readers; the body is an organisation, no firm."""
_SCHOOL = re.compile(
    r"(?:^|\s)(?:University|College|Polytechnic)(?:\s+of\s|$)|(?:^|\s)(?:Academy|School)\s+of\s|"
    r"Institutes?\s+of\s+(?:Technology|Science|Sciences|Higher\s+Education)(?:\s|$)"
)
"""A school's name: "University of Nairobi", "Swiss Federal Institute of Technology", "Tsinghua
University". Universities sign with firms and are listed beside them, but are no firm; a
firm named an institute is known to the gazetteer ("Serum Institute of India"), and one with
such a word inside its name goes on after it ("Kestrel College Supplies")."""
NAMED_BY_CAUSE = r"\s+(?:for|on)\s+(?:the\s+)?[A-Z][\w-]*\s+(?:[A-Z]|\([A-Z])"
"""What follows "Group" when the name goes on to say what the group is for: "the Leadership
Group for Industry Transition (LeadIT)", "the Friends Group on Ocean Action". A coalition of
states or bodies named by its cause, no firm; "the Adani Group on Monday" or "the Salim Group
for its bid" goes on in lower case or with one word, and stays a firm."""
_CAUSE = re.compile(NAMED_BY_CAUSE)
_CURRENCY_CODES = frozenset(CODES.split("|"))
_NUMBER_AFTER = re.compile(r"\s?\d")
_NUMBER_BEFORE = re.compile(rf"\d(?:\s?(?:{LONG_SCALE}))?\s?$", re.IGNORECASE)
"""A number right after a code ("PLN 3 billion") or right before it ("12.5 billion PLN")."""
_LOWER_CASE = re.compile(r"[a-z]")
_WORDS = re.compile(r"[A-Za-z][\w'\u2019]*")


def names_no_firm(name: str) -> bool:
    """True when ``name`` ends in the head of an armed unit or an official working body or in a
    place of transit ("Mombasa Port"), names a school ("University of Nairobi") or a body of
    members ("Kenya Association of Manufacturers", "Iraqi News Agency"), or is only the kind
    of firm a name after it is ("State Corporation").

    >>> names_no_firm("The UK Carrier Strike Group"), names_no_firm("Adani Group")
    (True, False)
    >>> names_no_firm("State Corporation"), names_no_firm("China State Construction Corporation")
    (True, False)
    """
    bare = name.strip().rstrip(".,")
    return (
        _UNIT_HEADS.search(bare) is not None
        or _DESCRIPTOR_ONLY.match(bare) is not None
        or _PLACE_HEADS.search(bare) is not None
        or _SCHOOL.search(bare) is not None
        or MEMBERS_HEAD.search(bare) is not None
    )


def written_as_currency(sentence: str, start: int, end: int) -> bool:
    """True when ``sentence[start:end]`` is an ISO 4217 code written beside a number, as the
    currency of an amount: "a loan of PLN 3 billion" lends zlotys, not money to Indonesia's
    power utility of that name.

    >>> written_as_currency("a loan of PLN 3 billion", 10, 13)
    True
    >>> written_as_currency("a loan to PLN of $3 billion", 10, 13)
    False
    """
    return sentence[start:end] in _CURRENCY_CODES and bool(
        _NUMBER_AFTER.match(sentence, end) or _NUMBER_BEFORE.search(sentence, 0, start)
    )


def in_capitals(sentence: str) -> bool:
    """True for a line of several words written all in capitals, as some headlines are: its
    case cannot tell a legal form ("AS", "SA") from an ordinary word.

    >>> in_capitals("PRESIDENT IN PARIS AS TALKS OPEN"), in_capitals("Statoil AS said")
    (True, False)
    """
    return len(_WORDS.findall(sentence)) >= 3 and _LOWER_CASE.search(sentence) is None


def named_by_cause(sentence: str, end: int) -> bool:
    """True when the capitalised name ending at ``end`` goes on with what it is for
    (``NAMED_BY_CAUSE``), so the words before are only the start of a coalition's name.

    >>> named_by_cause("the Leadership Group for Industry Transition (LeadIT)", 20)
    True
    >>> named_by_cause("signed with the Adani Group on Monday", 27)
    False
    """
    return _CAUSE.match(sentence, end) is not None


_SPELT_OUT = re.compile(r"(?P<name>(?:[A-Z][\w'\u2019-]*\s+(?:(?:and|of|for|the|&)\s+)*)+)\(\s*$")
"""Capitalised words (with the small words names join) right before an opening bracket: the
name an acronym in the bracket stands for ("the Iraqi News Agency (INA)")."""


def stands_for_other(sentence: str, start: int, end: int, is_same: bool) -> bool:
    """Whether the acronym at ``start:end``, which the gazetteer gives to a company, is in
    brackets after a name its letters spell: "the Iraqi News Agency (INA)" is the agency's
    short form, not Croatia's INA. ``is_same`` tells that the name spelt out is that company
    (or a company the sentence names, whose short form it is)."""
    acronym = sentence[start:end]
    if is_same or not acronym.isupper() or sentence[end : end + 1] != ")":
        return False
    spelt = _SPELT_OUT.search(sentence, max(0, start - 120), start)
    if spelt is None:
        return False
    initials = "".join(w[0] for w in spelt["name"].split() if w[0].isupper())
    return initials.endswith(acronym)


_MARKET_AFTER = re.compile(
    r"(?:\s+[\w&-]+){0,2}?\s+(?:index|indices|indexes)\b|\s+(?:was|were|is|are|remained|will\s+be|"
    r"stayed)\s+closed\s+(?:for|on|over)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:holiday|weekend|festival)",
    re.IGNORECASE,
)


def names_market(sentence: str, end: int) -> bool:
    """True when the name ending at ``end`` names a market's index or its trading days, not the
    company: "the Borsa Istanbul 100 index added 1.5%", "the Tadawul index rose", "the X Stock
    Exchange was closed for a public holiday" are the moves of a market news prints beside its
    figures.

    >>> names_market("The Tadawul index rose 0.4%.", 11)
    True
    >>> names_market("Tadawul listed the shares of the miner.", 7)
    False
    """
    return _MARKET_AFTER.match(sentence, end) is not None
