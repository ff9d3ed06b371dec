"""Tense around a date: whether a day the text names lies before or after the filing day.

A weekday or a day and month without a year is placed on one side of the day the story was
filed, and only the words around it tell which: "arrived on Monday" is the last Monday, "will
leave on Friday" the next one, "runs until Tuesday" a day still to come. Wire copy drops the
"on" ("arrived Sunday", "leaves Monday"); such a bare weekday is a date only where a verb
tells its tense, so that "Good Friday", "the Sunday edition" or "Sunday's talks" are not days.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.calendar_words import WEEKDAY_NAME

FUTURE = Prefiltered(
    r"\b(?:will|shall|would|is to|are to|is due|are due|is expected|are expected|plans? to|"
    r"upcoming|scheduled|next|forthcoming|ahead of|(?:flies|travels|heads|moves|goes)\s+on\s+to|"
    r"(?:is|are)\s+(?:travel+ing|flying|heading)\s+to|invitation\s+(?:from\s+[^,.;]{0,60}?\s+)?to)\b"
    r"|\b(?:flies|travels|heads|leaves|departs)\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+)?"
    r"(?:(?:for|to)\s+[A-Z][^.;]{0,40}?\s+(?:on\s+)?)?$"
    r"|\baccept(?:ed|s)\s+(?:(?:it|the\s+invitation)\s+)?for\s+(?:the\s+(?:month|week)\s+)?$",
    re.IGNORECASE,
)
"""Words that put a date after the filing day; news tells a schedule in the present ("flies
on Friday to Luanda", "leaves for Davos, Switzerland, on Tuesday", "leaves Lima for Quito on
Friday"), and an invitation accepted for a date names the trip's ("an invitation that she
accepted for the month of October")."""
PLANNED = SkipAheadPattern(
    r"\b(?:(?:was|were|been)\s+due|had\s+planned|(?:was|were)\s+to\s+[a-z]+"
    r"|been\s+(?:planned|scheduled|slated|set|fixed)\s+for)\b",
    re.IGNORECASE,
)
"""A plan seen from after it was called off: "had been due to fly on Thursday", "was to
begin on Sunday" or "which had been planned for Thursday, has been called off" is filed
before that day, so its weekday lies after the dateline (a full date keeps its year)."""

_PAST_PLAN = Prefiltered(
    r"\bhad\s+(?:(?:originally|initially|first)\s+)?been\s+(?:(?:originally|initially|first)\s+)?"
    r"(?:scheduled|planned|set|slated|due|expected|foreseen|fixed)\b[^,;.]{0,40}$",
    re.IGNORECASE,
)
"""A plan the text tells in the past perfect, right before its date: "which had been scheduled
for 14 March, was postponed". The plan was made, and its day has come or gone, before the
story was written."""


def planned_before(text: str, start: int) -> bool:
    """Whether the day and month at ``start`` is a plan told in the past perfect ("had been
    scheduled for 14 March"): it lies before the filing day, not in the next year, however
    future the word "scheduled" sounds; a plan that a later clause moves keeps its own tense
    ("had been planned for May, will now be held on 14 June")."""
    return _PAST_PLAN.search(text, max(0, start - 80), start) is not None


_OPENS_CLAUSE = re.compile(
    r"(?:^|[,;:]\s*+)(?:(?:and|but|then|while)\s++)?(?:[Oo]n|[Ll]ater|[Nn]ext|[Tt]his)?\s*$"
)
"""A date at the head of its clause: "On Tuesday the Premier ...", "..., and on Friday he ...".
Matched only after the last clause mark before the date (``_opens_clause``)."""
_CLAUSE_VERB = re.compile(r",?[^,.;:]{0,50}")
"""The clause a date opens, past the comma a date at its head often takes ("On Monday, he is
to fly")."""
_SCHEDULE = SkipAheadPattern(
    # not a noun after its owner or before a place: "held talks with his hosts in Hanoi"
    r"\b(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bour\s)"
    r"(?:continues|resumes|moves\s+on|meets|visits|opens|closes|ends|concludes|wraps\s+up|"
    r"attends|addresses|tours|arrives|lands|signs|begins|starts|hosts(?!\s+(?:in|at|on|and)\b)|"
    r"receives|holds)\b"
    r"|\b(?:travels|flies|heads|goes|leaves|departs|returns)\s+(?:on\s+)?(?:to|for|home|back)\b"
)
"""A clause a weekday opens, told in the present of a programme: "On Thursday the visit
continues in Shanghai", "On Tuesday the chancellor travels to Toronto", "On Friday he meets
students"; a past or a "today" story says "continued", "met". A trip verb needs its direction
("the office's travels budget" is no trip). Only in the clause the date
opens: "returns home Monday, after talks she held Sunday" keeps Sunday past. The same present
tells a plan when it leads up to the date in its clause ("The king arrives on Thursday", "she
signs the accord on Saturday")."""
_UNTIL = re.compile(r"\b(?:until|till|through|by)\s+$")
_NAMED_BEFORE = re.compile(r"\b(?:on|from|last|next|this)\s+$", re.IGNORECASE)
"""What the date pattern reads with the weekday after it: such a weekday is no bare one."""


def told_ahead(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is said of the future: a future word shortly
    before it ("arrived on Monday, and will leave on Friday"), or the future verb of a clause
    the date opens ("On Tuesday he is to fly"), unless a past verb comes first ("On Tuesday,
    he flew to Osaka and will stay")."""
    if FUTURE.search(text, max(0, start - 80), start) or _scheduled_before(text, start):
        return True
    if not _opens_clause(text, start):
        return False
    clause = _CLAUSE_VERB.match(text, end)
    told = clause.group() if clause else ""
    ahead = FUTURE.search(told) or _SCHEDULE.search(told)
    past = _PAST.search(told)
    return ahead is not None and (past is None or ahead.start() <= past.start())


def _opens_clause(text: str, start: int) -> bool:
    """Whether the date at ``start`` heads its clause (``_OPENS_CLAUSE``).

    A match starts at the text's start or at a clause mark, and what follows the mark holds no
    other, so only the last mark before the date can start one: matched there, the pattern
    is tried once, where a search tried it at every position of the text before the date.
    """
    mark = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start))
    return _OPENS_CLAUSE.match(text, max(mark, 0), start) is not None


def _scheduled_before(text: str, start: int) -> bool:
    """Whether the clause that leads up to the date at ``start`` tells a programme in the
    present ("The emir lands in Lima on Friday"), with no past verb after its present one
    ("The envoy holds the post he took up on Monday" keeps Monday past)."""
    told = _clause_before(text, max(0, start - 100), start)
    ahead = _SCHEDULE.search(told)
    return ahead is not None and not _PAST.search(told, ahead.end())


_JOINED = re.compile(r",?\s+and\s+(?:(?:in|to|at|for)\s+)?(?:[^,;:.()\u2013\u2014]{0,60}\s+)?\Z")
_OWN_CLAUSE = re.compile(r"\b(?:which|who|that|he|she|they|it|we|I)\b")


def joined_weekday(text: str, previous_end: int, start: int) -> bool:
    """Whether the weekday at ``start`` is joined by "and" to the weekday ending at
    ``previous_end`` with no verb of its own ("continues in Nairobi on Tuesday, and Dodoma on
    Thursday"), so that both lie on the same side of the filing day: read alone, the second
    lies too far from the verb to take its tense. A clause of its own ("and will fly to Quito
    on Friday", "and which ends on Friday") keeps its own tense."""
    between = text[previous_end:start]
    if _JOINED.match(between) is None or _OWN_CLAUSE.search(between):
        return False
    return not (FUTURE.search(between) or _SCHEDULE.search(between) or _PAST.search(between))


def next_step_ahead(text: str, previous_end: int, start: int) -> bool:
    """Whether the weekday at ``start``, told ahead after another ending at ``previous_end``,
    is a later step of the same plan ("to Kenya on Monday and to Tanzania on Thursday", "on
    Monday, then travel to Chile on Thursday"): no verb in the past stands between them, as in
    "who is due in Lima on Thursday, arrived in Quito on Tuesday"."""
    return _PAST.search(text, previous_end, start) is None


def still_to_come(text: str, at: int, end: int) -> bool:
    """Whether the weekday at ``text[at:end]`` is a day still to come ("runs until Tuesday",
    "will fly on Friday", "On Monday, he is due to speak", wire copy's "leaves Monday"), which
    is not the day the story is filed."""
    if _UNTIL.search(text, max(0, at - 10), at) or told_ahead(text, at, end):
        return True
    return not _NAMED_BEFORE.search(text, max(0, at - 10), at) and bool(
        wire_weekday_ahead(text, at, False)
    )


BARE_WEEKDAY = rf"(?P<bare>{WEEKDAY_NAME}(?!['\u2019]|\s+[A-Z]))"
"""A weekday without "on" before it, for the date pattern; not a possessive ("Sunday's
talks") and not the first word of a name ("Sunday Times")."""

_CLAUSE_BREAKS = ",;:()[]\u2013\u2014"
"""What ends a clause: the text after the last of these before a date is the date's clause."""
_UP_TO_LAST_BREAK = re.compile(rf".*[{re.escape(_CLAUSE_BREAKS)}]", re.DOTALL)
_NOT_A_DAY_AFTER = frozenset(
    ("the", "a", "an", "every", "each", "of", "that", "this", "last", "next", "same", "per")
)
"""Words after which a weekday is a noun ("the Sunday market", "every Monday"), not a day;
"last" and "next" weekdays are read by the date pattern itself."""
_STILL_TO_COME = frozenset(("until", "till", "through", "by"))
_NAMED_DAYS = frozenset(
    (
        "good", "holy", "maundy", "easter", "palm", "ash", "shrove", "whit", "pentecost",
        "trinity", "low", "mothering", "black", "cyber", "super", "bloody",
    )
)  # fmt: skip
"""First words of days named after a weekday ("Good Friday", "Super Tuesday", "Black Monday"):
after these the weekday is part of a name, not a day the story tells."""
_PAST = re.compile(
    r"\b(?:[a-z]{2,}(?<!e)(?<!hundr)ed|agreed|freed|was|were|had|did|met|held|left|said|told|"
    r"spoke|flew|came|went|began|took|gave|made|saw|sent|paid|wrote|led|brought|won|got|sat|"
    r"stood|ran|kept|found|became|drove|rode|sought|struck|laid|knew|lost|sold|spent|taught|"
    r"threw|chose|rose|fell|broke|forgot|understood|wore|woke|shook|swore|stole|hid)\b"
)
"""A verb in the past tense: a regular form in "-ed" ("arrived", "signed", not "speed" or
"hundred") or a common irregular one."""


def wire_weekday_ahead(text: str, start: int, future: bool) -> bool | None:
    """Whether the bare weekday at ``start`` lies after the filing day, or None when it is not
    a day at all.

    Its clause must hold a verb before it. A past verb places the day before the filing day
    ("Kishida arrived Sunday", "the two sides held talks Monday"); a future word (``future``,
    read by the caller) or "until" places it after ("runs until Tuesday"); a present verb
    does too, as news tells schedules in the present ("the minister leaves Friday").
    """
    told = _clause_before(text, 0, start)
    words = told.split()
    if not words and _PAST.fullmatch(_word_before_comma(text, start)):
        return False  # "received, Sunday at the palace, the envoy": the day set off by commas
    last = words[-1].casefold() if words else ""
    if last in _STILL_TO_COME:
        return True
    if last == "since":
        return False  # "who has been in Lima since Sunday": the stay began before
    if len(words) == 1 and _PAST.fullmatch(last):
        return False  # "Fumio Kishida, Japan's prime minister, arrived Sunday": the verb alone
    if len(words) < 2 or last in _NOT_A_DAY_AFTER or last in _NAMED_DAYS or last[0].isdigit():
        return None  # "Sunday, he ...", "the Sunday market", "Good Friday", "9 Sunday"
    if future:
        return True
    if _PAST.search(told):
        return False
    # "Elections Sunday" has no verb at all; "the minister leaves Friday" is a schedule.
    return True if any(word[:1].islower() for word in words) else None


def _word_before_comma(text: str, start: int) -> str:
    """The word right before a comma that right precedes ``start``, else ""; translated
    wires set a day off by commas just after its verb, as French does ("a re\u00e7u, dimanche")."""
    head = text[:start].rstrip()
    if not head.endswith(","):
        return ""
    words = head[:-1].split()
    return words[-1] if words else ""


def _clause_before(text: str, pos: int, end: int) -> str:
    """The clause of ``text[pos:end]`` that leads up to ``end``, after its last clause break.
    Looked up from the end at C speed: ``_UP_TO_LAST_BREAK`` runs to ``end`` and steps back to
    the last break, where a pattern ``[^,;...]*$`` would try every position of the clause and
    read on to its end from each, a cost that grows with its square, and a search for each
    break apart reads back to the last of each kind."""
    last = _UP_TO_LAST_BREAK.match(text, pos, end)
    return text[last.end() if last is not None else pos : end]
