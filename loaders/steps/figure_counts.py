"""Read a count as a figure: how many firms, visas, students or nationals a relationship holds.

A bare number counts anything ("three officials said", "the fair drew 300 companies", "a
nation of 1.4 billion"); only the nouns relations are measured in, and a nationality's people
abroad, make it a figure. Kept apart from ``figures`` because these patterns are all about who
or what is counted, and none of them reads money, shares or growth.
"""

from __future__ import annotations

import re
from decimal import Decimal

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.amounts import Amount
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN
from dkg.loaders.steps.figure_back_references import counted_before
from dkg.loaders.steps.figure_capacities import is_capacity
from dkg.loaders.steps.figure_cues import FigureKind
from dkg.loaders.steps.figure_diasporas import diaspora_count
from dkg.loaders.steps.figure_headcounts import is_head_count
from dkg.loaders.steps.numerals import DIGITS, WORD_NUMBER

_I = re.I
_FIGURE_NOUNS = (
    r"companies|firms|enterprises|businesses|ventures|subsidiaries|investors|projects|"
    r"programmes|programs|visas|tourists|visitors|travell?ers|passengers|students|scholarships|"
    r"graduates|jobs|workers|employees|people|persons|personnel|specialists|branches|offices|"
    r"schools|universities|engineers|officials|trainees|refugees|returnees|arrivals|commuters|"
    r"transits|crossings(?!\s+(?:over|across|on|along|of)\b)"
)
"""What relations are counted in, movements across the border among them ("300 000 crossings",
"1.5 million arrivals", "some 8,000 transits"); crossings "over the river" are bridges, no
movements; "persons" are people as official texts count them ("14,000 persons cross each
day"), and returnees and commuters the people who move between the two ("300,000 Afghan
returnees from Pakistan").
Flights are not among them: "operates 42 weekly flights" is a timetable, a technical
quantity like the aircraft and trains the gold leaves out, while the people they carry count."""
_COUNTED = Prefiltered(
    r"^\s+(?:(?!(?:and|or|of|in|to|the|from|with|for|at|on|by|per|than|is|are|was|were|has|have|"
    rf"which|that)\b)[\w-]+\s+){{0,3}}?(?P<noun>{_FIGURE_NOUNS})\b",
    _I,
)
"""A count is a figure when it counts what relations are measured in: firms, visas, students."""
_SPEAKERS = re.compile(
    r",?\s+(?:(?:also|later|have|had|who)\s+)?(?:said|say|says|told|tell|tells|confirmed|"
    r"stated|added|explained|noted|insisted|warned|spoke|speaking|briefed|familiar\s+with|"
    r"quoted|cited|asked\s+not\s+to\s+be\s+named|declined|requested)\b",
    _I,
)
"""What follows people who tell the story, not people counted: "three officials said", "two
diplomats, speaking on condition of anonymity", "four people familiar with the talks"."""
_STAY = (
    r"(?:(?:liv|resid|work|stud|train|serv)(?:e|es|ed|ing|y|ying|ies|ied|s)?|"
    r"remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|employed)"
)
_ABOARD = (
    r"(?:on|aboard|on\s+board)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:vessels|ships|boats|fleets?|"
    r"trawlers|farms|plantations|rigs)"
)
"""Where seafarers and farm workers work in the other country's economy: "work on Korean fishing
vessels", "serve aboard Japanese ships", "work on Australian farms"."""
_LISTED = r"(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
"""What joins the items of a short list: "doctors, nurses and technicians"."""
_RESIDENTS = re.compile(
    rf"^\s+(?:[A-Z][\w-]*\s+(?:and\s+[A-Z][\w-]*\s+)?){{1,2}}"
    rf"(?:(?:[a-z]+\s+)?[a-z]+s(?:{_LISTED}[a-z]+s){{0,3}}\s+)?"
    rf"(?:(?:are|were|have|had|have\s+been|had\s+been)\s+)?(?:(?:now|currently|still|already)\s+)?"
    rf"(?:{_STAY}(?:{_LISTED}{_STAY}){{0,3}}\s+(?:in|abroad|{_ABOARD})"
    r"|graduat(?:e|es|ed|ing)\s+(?:from|in)"
    r"|(?:supported|assisted|helped|benefit(?:s|ed|ing|t?ed))\s+(?:under|by|through|from))\b"
)
"""A diaspora, workforce or student body named by its nationality: "some 40,000 Chileans live
in Peru", "over 5,000 Kenyan nationals work in Oman", "some 700 Cuban nurses work in Angola",
"2,000 Thais are studying or working in Israel", "more than 8,000 Nepalis have studied in
Korea", "some 1.5 million Sudanese remain in Egypt", "12,000 Ghanaians already live in Italy",
"71 Cuban health professionals are serving in", "some 150 Samoans are currently employed
in", "80 Tuvaluan seafarers work on Korean fishing vessels", "45 Cuban doctors and nurses serving in
Dominica", "38 Cuban doctors, nurses and technicians are serving in", "2,700 Barbadians
live, work and study in", "30 Trinidadian and Tobagonian students" (a country named "X and Y"
has a demonym of two); also the people one country's schools or programmes have served: "over
300 Fijians
have graduated from Indian universities", "some 1,500 Malawian farmers supported under the
scheme"."""
_PEOPLE_OF_A_COUNTRY = (
    rf"{_FIGURE_NOUNS}|nationals|citizens|residents|migrants|expatriates|pilgrims|doctors|"
    r"nurses|teachers|volunteers"
)
"""What a nationality counts, for the two ways of telling their number below: what relations
are counted in, and the people one country has in another ("Cuban doctors", "Kenyan nationals")."""
_NUMBERED = Prefiltered(
    rf"\b[A-Z][\w-]*\s+(?:[a-z]+\s+)?(?P<noun>{_PEOPLE_OF_A_COUNTRY})\s+"
    r"(?:number(?:s|ed)?|totall?ed|totals|reached|stood\s+at|came\s+to)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least)\s+)?$"
)
"""People of one country counted after the noun and a verb of number: "Chinese tourists
numbered about 150,000 in 2019", "Cuban doctors number about 700 in Angola"."""
_NUMBER_OF = Prefiltered(
    rf"\bnumber\s+of\s+(?-i:[A-Z])[\w-]*\s+(?:[a-z]+\s+)?(?P<noun>{_PEOPLE_OF_A_COUNTRY})\b"
    r"[^.;:]{0,50}?\s(?:passed|reached|exceeded|surpassed|topped|hit|crossed|stood\s+at|stands\s+at|"
    r"(?:rose|grew|climbed|increased|jumped)\s+to|totall?ed|came\s+to|is|was|has\s+reached)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least)\s+)?$",
    _I,
)
"""People of one country counted as "the number of" them before a verb of number: "the number
of Kenyan students in Japan passed 3,000", "the number of Chinese tourists visiting Serbia rose
to 150,000". Without their nationality they may be a fair's visitors, an event's head count."""
_POPULATION_BEFORE = re.compile(
    r"\b(?:country|nation|island|islands|archipelago|state|kingdom|republic|city|capital|"
    r"population)\s+of\s+(?:(?:about|some|around|nearly|almost|roughly|over|"
    r"more\s+than|just\s+over|just\s+under|fewer\s+than|less\s+than)\s+)?$",
    _I,
)
"""A population ("the island of some 110,000 people", "a nation of 1.4 billion"): how many live
in one country, no figure of a relationship ("home to a million people born in X" may be one)."""
_EMPLOYED = Prefiltered(
    r"\b(?:employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)|provid(?:e|es|ed|ing)\s+jobs\s+(?:to|for))\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least)\s+)?$",
    _I,
)
_PEOPLE_AFTER = re.compile(r"^\s+(?:local\s+)?[A-Z][\w-]*(?:s|ese)\b")
"""Jobs counted by the people who hold them: "firms employ about 150,000 Tanzanians"."""
_REFERENCE_BEFORE = re.compile(
    r"\b(?:the|both|these|those|all|its|their|his|her|our|No\.?|Article|Resolution|paragraph|page|"
    r"number|item|clause|chapter|point|section|gate|terminal|flight|route|platform|level)\s+$",
    _I,
)

_LISTED_AFTER_DOCUMENTS = SkipAheadPattern(
    rf"\b(?:{DIGITS}|{WORD_NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{DOCUMENT_NOUN})"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$",
    _I,
)
"""A count of documents right before a count listed with it ("five memoranda and ")."""


def count_figure(sentence: str, amount: Amount) -> tuple[FigureKind, Decimal, str, str] | None:
    """Kind, value, unit and description of a count, or None when it counts nothing relations
    are measured in.

    >>> from dkg.loaders.steps.amounts import find_amounts
    >>> text = "Some 4,000 students from Ghana study here."
    >>> count_figure(text, find_amounts(text)[0])[3]
    'Some 4,000 students'
    """
    surface = sentence[amount.start : amount.end]
    before = sentence[: amount.start]
    after = sentence[amount.end :]
    numbered = _NUMBERED.search(before[-60:]) or _NUMBER_OF.search(before[-110:])
    if numbered is not None and amount.value >= 2:
        return FigureKind.OTHER, amount.value, "count", f"{numbered['noun']}: {surface}"
    diaspora = diaspora_count(before, after)  # "the Chilean community, some 3,000 persons"
    if diaspora is not None and amount.value >= 2:
        return FigureKind.OTHER, amount.value, "count", f"diaspora ({diaspora}): {surface}"
    counted = _COUNTED.match(after) or _RESIDENTS.match(after)
    if counted is None and _EMPLOYED.search(before[-40:]):
        counted = _PEOPLE_AFTER.match(after)
    if counted is None:
        counted = counted_before(before, after, _FIGURE_NOUNS)
    if counted is None or amount.value < 2:
        return None
    if _REFERENCE_BEFORE.search(before[-12:]) or _POPULATION_BEFORE.search(before[-40:]):
        return None
    if _LISTED_AFTER_DOCUMENTS.search(before[-80:]):
        return None  # "five memoranda and two programmes": documents, which agreements count
    if is_capacity(before):
        return None  # "could handle up to 36,000 people a year": what a place can take
    phrase = sentence[amount.start : amount.end + counted.end()]
    if _SPEAKERS.match(after, counted.end()):
        return None  # "three officials said": the sources of the story, counting nothing
    if is_head_count(before, phrase, after[counted.end() :]):
        return None  # "the fair drew 300 companies", "killed 100 people": an event's
    return FigureKind.OTHER, amount.value, "count", phrase
