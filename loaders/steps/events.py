"""Find events that are not visits: forums, summits, conferences, exhibitions and ceremonies.

Named events end in a head noun ("Astana International Forum", "St. Petersburg International
Economic Forum", "G20 summit", "Expo 2030"), or carry a quoted name after one ("the forum
“Business Day”"). Ceremonies are found by their kind ("a welcoming ceremony", "the
wreath-laying ceremony at the Eternal Flame"). Holidays and commemorations ("Victory Day",
"Independence Day") and things named after people (a monument) are not events; boilerplate
sentences (author biographies, disclaimers, captions) are the segmenter's to drop.

Dates and cities are not parsed here: the pipeline passes its own normalised dates and city
mentions as spans (:class:`TextValue`), and each event takes the first one that follows it in
its sentence before the next event starts (else the one just before it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from dkg.loaders.case_blind import folded
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAME
from dkg.loaders.trie import trie_pattern


class EventType(StrEnum):
    """The ``dipv:event-type`` code."""

    FORUM = "forum"
    SUMMIT = "summit"
    CEREMONY = "ceremony"
    EXHIBITION = "exhibition"
    CONFERENCE = "conference"
    OTHER = "other"


class EventStatus(StrEnum):
    """Whether the text reports the event as held or as still to come."""

    HAPPENED = "happened"
    ANNOUNCED = "announced"


class TextValue(NamedTuple):
    """A span of the document (offsets) with the value the pipeline read from it."""

    start: int
    end: int
    value: str


@dataclass(frozen=True)
class EventContext:
    """The document's normalised dates ("2025-05-28", "--11-01") and city names, as spans."""

    dates: Sequence[TextValue] = ()
    cities: Sequence[TextValue] = ()


@dataclass(frozen=True)
class EventMention:
    """An event named in a sentence; ``start``/``end`` are document offsets of its name."""

    name: str
    event_type: EventType
    status: EventStatus
    start: int
    end: int
    date: TextValue | None = None
    city: str | None = None


_TYPES = {
    "forum": EventType.FORUM,
    "summit": EventType.SUMMIT,
    "conference": EventType.CONFERENCE,
    "congress": EventType.CONFERENCE,
    "symposium": EventType.CONFERENCE,
    "roundtable": EventType.CONFERENCE,
    "round table": EventType.CONFERENCE,
    "convention": EventType.CONFERENCE,
    "expo": EventType.EXHIBITION,
    "exhibition": EventType.EXHIBITION,
    "fair": EventType.EXHIBITION,
    "biennale": EventType.EXHIBITION,
    "show": EventType.EXHIBITION,
    "festival": EventType.OTHER,
    "games": EventType.OTHER,
    "olympiad": EventType.OTHER,
    "week": EventType.OTHER,
    "ceremony": EventType.CEREMONY,
    "event": EventType.OTHER,
    "seminar": EventType.CONFERENCE,
}
_CAP = r"(?:[A-Z][a-z]{0,2}\.|[A-Z0-9](?:[\w'\u2019.&+-]*[\w'\u2019&+])?)"
_CONNECTOR = r"(?:and|of|in|the|for|on|de|la)"
_HEAD = (
    r"Forum|Summit|Conference|Congress|Symposium|Round\s?[Tt]able|Expo|Exhibition|Fair|Biennale|"
    r"Festival|Games|Olympiad|Week|Dinner|Banquet|Reception|Luncheon"
)
_LOWER_HEAD = r"summit|forum|conference|congress|expo|exhibition|fair|festival|games"
_NAMED = re.compile(
    # Both forms start with a capital or a digit (a name word or a capitalised head): testing
    # that first spares trying them at every other position of the sentence.
    r"(?=[A-Z0-9])"
    rf"(?:(?P<name>(?:{_CAP}\s+){{0,7}}?(?P<head>{_HEAD})\b"
    rf"(?:\s+20\d\d\b(?:\s+(?!{FULL_MONTH_NAME}\b){_CAP})?"
    rf"|\s+(?:on|of|for)(?:\s+(?:{_CONNECTOR}\s+)*(?!{FULL_MONTH_NAME}\b)(?=[A-Z]){_CAP})+)?)"
    rf"|(?P<short>(?:{_CAP}\s+){{0,3}}{_CAP})\s+(?P<lhead>{_LOWER_HEAD})\b)",
)
_QUOTED = re.compile(
    r"\b(?P<noun>forum|festival|exhibition|conference|event|summit|fair|week|days?)\s+"
    r"(?:(?:titled|called|named|entitled)\s+)?"
    r"[\"\u201c\u00ab\u2018](?P<name>[^\"\u201d\u00bb\u2019]{2,60})[\"\u201d\u00bb\u2019]",
    re.I,
)
_PLACE = (
    r"(?:the\s+)?[A-Z](?:[\w'\u2019.-]*[\w'\u2019])?(?:\s+(?:(?:of|to|the|for|de|and|in\s+front\s+of)"
    r"\s+)*[A-Z0-9](?:[\w'\u2019.-]*[\w'\u2019])?)*"
)
"""A capitalised place name, connectors allowed: "the Monument to the Warsaw Uprising"."""
_CEREMONY = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:upcoming|forthcoming|grand|brief|short|traditional|special|joint|"
    r"official|public)\s+)*(?P<mods>(?:(?:official|solemn|welcoming|welcome|wreath[-\s]laying|"
    r"signing|opening|closing|awards?|inauguration|inaugural|groundbreaking|ground-breaking|"
    r"flag[-\s]raising|commemorative|memorial|farewell|formal|state|launch|handover|"
    r"graduation|unveiling|guard[-\s]of[-\s]honou?r)\s+)*)(?P<head>ceremon(?:y|ies))\b"
    r"(?:(?:\s+on\s+[A-Z]\w+\s+\d{1,2}(?:,\s+\d{4})?)?\s+(?P<place>(?:at|near|by|on|in\s+front\s+of|"
    r"in\s+honou?r\s+of)\s+(?:the\s+)?[^,;.]{2,60}?)(?=\s+in\s+[A-Z]|[,;.]|\s+(?:and|which|where|who|"
    r"to)\s|$)|\s+(?P<marking>marking\s+[^,;.]{3,90}?)(?=[,;.]|\s+(?:and|which|where|who)\s|$))?",
    re.I,
)
"""A ceremony of a named kind ("a wreath-laying ceremony"), or any ceremony at a place or marking
something ("a ceremony on Sükhbaatar Square", "a ceremony marking the 85th anniversary")."""
_GATHERING = SkipAheadPattern(
    r"\b(?:a|an|the|his|her|their)\s+(?:(?:next|first|last|daily|morning|annual|upcoming)\s+)*"
    r"(?P<name>(?:(?:joint|official|bilateral|business|investment|economic|trade|state|intergovernmental|government|"
    r"[A-Z][\w-]*)\s+){1,3}(?P<head>forum|seminar|press\s+conference|conference|dinner|banquet|"
    r"luncheon|reception|consultations|round\s?table))\b"
)
"""Unnamed gatherings with a describing word: "a business forum", "a joint press conference"."""
_LAYING = re.compile(
    r"\b(?:laid|lay|lays|laying|placed|place[sd]?)\s+(?:a\s+)?(?P<what>wreaths?|flowers)\s+"
    r"(?P<at>(?:at|to|on)\s+(?:the\s+)?[^,;.]{3,70}?)(?=\s+in\s+[A-Z]|[,;.]|\s+(?:and|which|where|"
    r"whose|who)\s|$)"
)
"""Wreath- and flower-laying told with a verb: "laid a wreath at the Monument to ..."."""
_INVESTITURE = re.compile(
    rf"\b(?P<name>(?:swearing-in|inauguration|investiture|coronation|funeral|commemoration)"
    rf"\s+(?:ceremony\s+)?(?:of|for)\s+(?:(?:former|new|late)\s+)?(?:(?:President|Prime\s+Minister|"
    rf"King|Queen|Emperor|Pope)\s+)?{_PLACE})"
)
"""Ceremonies named by what they do to someone: "the swearing-in of John Dramani Mahama"."""
_SPEECH = re.compile(
    rf"\b(?:an?|his|her|their|the)\s+(?P<name>(?:address|speech|lecture)\s+(?:to|at|before|in)\s+"
    rf"(?:a\s+joint\s+session\s+of\s+)?(?:both\s+)?{_PLACE})"
)
"""Addresses and lectures to a named body or at a named place."""
# fmt: off
_EVENT_WORD = re.compile(
    trie_pattern(
        (
            "forum", "summit", "conference", "congress", "symposium", "roundtable", "round table",
            "expo", "exhibition", "fair", "biennale", "festival", "games", "olympiad", "week",
            "event", "day", "ceremon", "seminar", "dinner", "banquet", "luncheon", "reception",
            "consultations", "wreath", "flowers", "swearing", "inauguration", "investiture",
            "coronation", "funeral", "commemoration", "address", "speech", "lecture",
        )
    )
)
# fmt: on
"""Words without which a sentence names no event; checked first because most sentences have none.
A trie ("co(?:n(?:ference|gress|sultations)|ronation|mmemoration)"): ``re`` stops at most
letters of a sentence, and there follows one path instead of trying the words one by one."""
_LEADING = re.compile(
    r"^(?:(?:The|A|An|At|During|Ahead|On|In|After|Before|This|That|Next|Last|Upcoming|Annual|"
    r"Both|Within|Following|Under|Since|Yesterday|Today|Tomorrow)\s+)+"
)
_ANNOUNCED = Prefiltered(
    r"\b(?:will|shall|upcoming|forthcoming|to\s+be\s+held|(?:is|are)\s+(?:scheduled|planned|due|"
    r"expected|set)|ahead\s+of|next\s+(?:week|month|year)|plan(?:s|ned)?\s+to|invit(?:ed|es|ation)|"
    r"to\s+attend|to\s+take\s+part|to\s+participate|preparations?\s+for|organi[sz]ation\s+of|"
    r"would|is\s+to|are\s+to)\b",
    re.I,
)

# Each pattern above matches only where one of its literal words is written; these cheap
# searches of the lower-cased sentence skip the patterns whose words it lacks (most sentences
# pass ``_EVENT_WORD`` for a "day" or "week" and hold no event at all).
_QUOTE_MARK = Prefiltered(r"[\"\u201c\u00ab\u2018]")
_NAMED_HEAD = Prefiltered(_HEAD.lower() + "|" + _LOWER_HEAD)
_LAID = Prefiltered(r"wreath|flowers")
_HEADS = {
    _INVESTITURE: Prefiltered(
        r"swearing-in|inauguration|investiture|coronation|funeral|commemoration"
    ),
    _SPEECH: Prefiltered(r"address|speech|lecture"),
}
_GATHERING_HEAD = Prefiltered(
    r"forum|seminar|conference|dinner|banquet|luncheon|reception|consultations|round\s?table"
)


def find_events(
    sentence: str, offset: int, context: EventContext | None = None
) -> list[EventMention]:
    """The events one sentence names, with status and, from ``context``, date and city.

    >>> [(e.name, e.event_type.value, e.status.value) for e in find_events(
    ...     "Leaders will meet at the SCO summit in Bishkek.", 0)]
    [('SCO summit', 'summit', 'announced')]
    """
    lowered = folded(sentence)  # same length: its offsets are the sentence's
    if _EVENT_WORD.search(lowered) is None:
        return []
    context = context or EventContext()
    spans: list[tuple[int, int, str, EventType]] = []
    quotes = list(_QUOTED.finditer(sentence)) if _QUOTE_MARK.search(sentence) else []
    for quoted in quotes:
        kind = _TYPES.get(quoted["noun"].lower(), EventType.OTHER)
        spans.append((quoted.start("name"), quoted.end("name"), quoted["name"].strip(), kind))
    quoted_nouns = {q.start("noun") for q in quotes}
    named_events = _NAMED.finditer(sentence) if _NAMED_HEAD.search(lowered) else ()
    for named in named_events:
        group = "name" if named["name"] else "short"
        if group == "short" and named.start("lhead") in quoted_nouns:
            continue  # "the forum “Business Day”": the quoted name is the event
        head = (named["head"] or named["lhead"]).lower()
        start, end = named.start(group), named.end()
        lead = _LEADING.match(sentence[start:end])
        if lead:
            start += lead.end()
        text = sentence[start:end]
        if start >= end or text.lower() == head or _inside(spans, start):
            continue
        key = re.sub(r"\s+", " ", head)
        spans.append(
            (start, end, text, _TYPES.get(key, _TYPES.get(key.replace(" ", ""), EventType.OTHER)))
        )
    for ceremony in _CEREMONY.finditer(sentence) if "ceremon" in lowered else ():
        if not (ceremony["mods"] or ceremony["place"] or ceremony["marking"]):
            continue  # "the ceremony": a reference back, not an event of its own
        start = ceremony.start("mods")
        name = sentence[start : ceremony.end("head")]
        if ceremony["place"] or ceremony["marking"]:
            name += " " + (ceremony["place"] or ceremony["marking"])
        spans.append((start, ceremony.end(), re.sub(r"\s+", " ", name), EventType.CEREMONY))
    for laying in _LAYING.finditer(sentence) if _LAID.search(lowered) else ():
        what = "wreath" if laying["what"].startswith("wreath") else "flower"
        name = f"{what}-laying {laying['at']}"
        spans.append((laying.start(), laying.end(), name, EventType.CEREMONY))
    for pattern, kind in ((_INVESTITURE, EventType.CEREMONY), (_SPEECH, EventType.OTHER)):
        for found in pattern.finditer(sentence) if _HEADS[pattern].search(lowered) else ():
            spans.append((found.start("name"), found.end("name"), found["name"], kind))
    for gathering in _GATHERING.finditer(sentence) if _GATHERING_HEAD.search(lowered) else ():
        start, end = gathering.span("name")
        if _inside(spans, start) or gathering.start("head") in quoted_nouns:
            continue
        head = re.sub(r"\s+", " ", gathering["head"])
        kind = _TYPES.get(head.split()[-1], EventType.OTHER)
        spans.append((start, end, gathering["name"], kind))
    if not spans:
        return []
    status = EventStatus.ANNOUNCED if _ANNOUNCED.search(sentence) else EventStatus.HAPPENED
    spans.sort()
    events = []
    for i, (start, end, name, kind) in enumerate(spans):
        next_start = spans[i + 1][0] if i + 1 < len(spans) else len(sentence)
        previous_end = spans[i - 1][1] if i > 0 else 0
        events.append(
            EventMention(
                name=name,
                event_type=kind,
                status=status,
                start=offset + start,
                end=offset + end,
                date=_near(context.dates, offset, start, end, previous_end, next_start),
                city=_city(context.cities, offset, start, end, next_start),
            )
        )
    return events


def _inside(spans: list[tuple[int, int, str, EventType]], start: int) -> bool:
    """True when a position falls in an event already found (a quoted name)."""
    return any(s <= start < e for s, e, _, _ in spans)


def _near(
    values: Sequence[TextValue],
    offset: int,
    start: int,
    end: int,
    previous_end: int,
    next_start: int,
) -> TextValue | None:
    """The value that follows the event before the next one begins, else the one before it."""
    after = [v for v in values if offset + end <= v.start < offset + next_start]
    if after:
        return min(after, key=lambda v: v.start)
    before = [v for v in values if offset + previous_end <= v.start and v.end <= offset + start]
    return max(before, key=lambda v: v.start) if before else None


def _city(
    cities: Sequence[TextValue], offset: int, start: int, end: int, next_start: int
) -> str | None:
    """A city named in the event's name ("Astana International Forum") or right after it."""
    inside = [c for c in cities if offset + start <= c.start and c.end <= offset + end]
    if inside:
        return inside[0].value
    after = [c for c in cities if offset + end <= c.start < offset + min(next_start, end + 40)]
    return min(after, key=lambda c: c.start).value if after else None
