"""Talks cues: the words that tell a sentence reports talks between the people it names.

A cue is what makes a sentence with two people a meeting: leaders who together witnessed the
signing or exchange of agreements, or signed one with each other, were in one room. It leaves
out what only looks like talks: a meal hosted ("hosted a state dinner") and a greeting at the
airport, which is protocol on arrival, not talks (the gold counts neither as a meeting).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.enumerated_talks import enumerated_item
from dkg.loaders.steps.participle_cues import with_participles
from dkg.loaders.steps.remote_talks import PHONE_TALKS, VIDEO_TALKS
from dkg.loaders.steps.visit_verbs import WELCOMED

_WITNESSED = r"\bwitness(?:ed|es)\s+(?:[\w-]+\s+){0,2}?(?:the\s+)?(?:signing|exchange)\b"
_WITNESSED_CUE = re.compile(_WITNESSED, re.IGNORECASE)
_AT_VENUE = re.compile(r"\s(?:at|in\s+the\s+presence)\b")

CUE = Prefiltered(
    # The cues that ignore case are one group, scanned through their lower-case twin; the last
    # cue, whose name must be capitalised, cannot be, and is scanned alone where "signed" is.
    r"(?:"
    # "held the eighth Annual Leaders' Meeting": a possessive among the words before the noun.
    r"\b(?:held|hold|holds|holding)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:talks|negotiations|discussions|"
    r"meeting|a meeting|consultations|conversation|summit|round[- ]?table|"
    r"t[eê]te-[aà]-t[eê]te)(?!\w)"
    r"|\bheld\s+with\b"
    # "held the sixth Australia-China Foreign and Strategic Dialogue with X": a named dialogue.
    r"|\b(?:held|hold|holds|holding)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:dialogue|consultations)\s+"
    r"with\b"
    # "held a bilateral with X", "had a brief bilateral on the margins": the noun left out.
    r"|\b(?:held|hold|holds|holding|had|has|have|having)\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+)?"
    r"bilateral(?=\s+(?:with|on|at|in|during|before|after|later|earlier)\b|\s*[.,;])"
    # "had a separate session with X", "A and B had a pull-aside": talks told with "have".
    # "had a conversation over tea with X", "had talks on Tuesday at the State House with X": a
    # few words of setting (a topic, a day, a place, "at the Presidential Palace of the
    # Plateau", a name of six words) before "with". "held a closed-door
    # session with X": a session held with someone, unlike a body's own "held a session".
    r"|\b(?:had|has|have|having|held|hold|holds|holding)\s+(?:an?\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|session|"
    r"talks|conversation|discussions|t[eê]te-[aà]-t[eê]te)\s+"
    r"(?:(?:over|on|in|at)\s+(?:[\w'\u2019-]+\s+){1,6}?){0,2}with\b"
    r"|\b(?:had|has|have|having|held)\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|pull-aside|t[eê]te-[aà]-t[eê]te)\b(?!\s+(?:planned|scheduled)\b)"
    # "had a meeting of the Council" is a body's; "a tete-a-tete of about one hour" is talks.
    r"(?!\s+of\b(?!\s+(?:about|around|some|nearly|almost|over|more\s+than|less\s+than|an?|"
    r"one|two|three|half\s+an|\d+)\s+(?:[\w-]+\s+)?(?:hours?|minutes?)\b))"
    # "the two foreign ministers, A and B, held a working dinner": a meal held for talks, told
    # by those at the table; a meal only hosted ("hosted a state luncheon") is no talks.
    r"|\b(?:had|held)\s+(?:an?\s+)?working\s+(?:dinner|lunch|luncheon|breakfast)\b"
    # "who held a brief exchange with him": talks, unlike an exchange of notes or prisoners.
    r"|\b(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+)?exchange\s+(?:of\s+views\s+)?with\b"
    r"|\bmet\b|\bmeets\b|\bmeetings? with\b|\b(?:talks|discussions|consultations|sessions?) with\b"
    # a sovereign's audience: "was granted a royal audience by the King", "an audience with"
    r"|\baudience\s+(?:with|by)\s+(?=[A-Z]|(?:the\s+|his\s+|her\s+)?[A-Z])"
    # the sovereign's side of it: "His Majesty granted an audience to Prime Minister X"
    r"|\b(?:granted|grants|gave|gives)\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+to\b"
    # the programme of a visit under way: "On Friday she is scheduled to meet the Premier"
    r"|\b(?:is|are)\s+(?:scheduled|set)\s+to\s+meet\b"
    r"|\b(?:talks|negotiations|meeting)\s+between\b"
    # "Our meeting builds on the one between X and Y in Bali last month": talks told by "one".
    r"|\b(?:meeting|talks|call|conversation|summit)\b[^.;]{0,40}?\bthe\s+one\s+between\b"
    # agency passive: "a meeting in an expanded format was held between X and Y"; "talks took
    # place in Rome on Friday between X and Y", not "took place between 2019 and 2021"
    r"|\b(?:talks|negotiations|meeting|consultations|session)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:(?:was|were)\s+held|took\s+place)\s+(?:[\w-]+\s+){0,5}?between\b(?!\s*\d)"
    # the participle, its day and place set off by commas: "the meeting held on 20 September,
    # in Geneva, between A and B"
    r"|\b(?:talks|negotiations|meeting|consultations)\s+held\s+(?:on|in|at|last|this)\s+"
    r"[^.;]{0,60}?\bbetween\b(?!\s*\d)"
    r"|\b(?:after|following|during|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting)\b"
    # "decided ..., at the end of official talks held at the palace": the talks' close.
    r"|\b(?:at|by)\s+the\s+(?:end|close|conclusion)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|negotiations|consultations)\b"
    # "a meeting of Foreign Minister A with Foreign Minister B at the forum": the noun's own
    # people, not a body's ("a meeting of the Council of Ministers with the unions").
    r"|\b(?:meeting|talks|conversation)\s+of\s+(?!the\b|its\b|their\b)"
    r"(?:[\w.'\u2019-]+\s+){1,6}?with\b"
    r"|\b(?:hours?|rounds?|days?)\s+of\s+(?:[\w-]+\s+)?talks\b"
    r"|\bspoke\s+(?:with|to)\b"
    # "sat down with X", "sat down for talks", "will sit down for a working lunch" (future)
    r"|\b(?:sat|sit|sits|sitting)\s+down\s+(?:together\s+)?(?:with\b|for\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|discussions|negotiations|(?:a\s+)?meetings?|(?:a\s+)?(?:working\s+)?lunch)\b)"
    r"|\btalked\s+(?:about|with|over|through)\b"  # "The Prime Minister and I talked about"
    # "hosted a banquet in his honour, where both conversed about trade": talks at the table
    r"|\bconversed\s+(?:about|with|on|over)\b"
    # "the two heads of state talked trade and energy": the topic right after the verb.
    r"|\btalked\s+(?!of\b|up\b|down\b|to\b|in\b|at\b|on\b|for\b|and\b)[a-z]"
    # A meal together: "drove out to have lunch with X", "dined with X".
    r"|\b(?:had|have|has|having)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:lunch|dinner|breakfast|luncheon)"
    r"\s+with\b|\b(?:lunched|dined|breakfasted)\s+with\b"
    # "had spoken to X by telephone" is a call; "had spoken with X" alone has no form or day.
    r"|\bspoken\s+(?:with|to)\b(?=[^.;]{0,80}?\b(?:by|on the|over the)\s+(?:tele)?phone\b)"
    r"|\b(?:co-?chair(?:ed|s)?|opened)\s+(?:the\s+)?(?:[\w.-]+\s+){0,5}?(?:dialogue|"
    r"consultations|commission|committee|council)\b"
    # "The session was co-presided by Minister A and by B": a joint commission's two chairs,
    # one per side, at one table
    r"|\bco-?(?:chaired|presided)\s+(?:over\s+)?by\b"
    # "A and B led their delegations in bilateral talks": both heads at one table; not "led
    # the delegation to the summit", one side's trip
    r"|\b(?:led|headed)\s+(?:their|the)\s+(?:respective\s+|two\s+)?delegations\s+"
    r"(?:in|at|into|for|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations|"
    r"discussions|consultations|meetings?|sessions?)\b"
    r"|\bcall(?:ed|s)?\s+on\s+(?=[A-Z]|the\s+[A-Z])"
    rf"|\b{WELCOMED}\b"
    # "were joined by President C for a three-way summit"; not companions on the trip: "He was
    # joined by Trade Minister X and a business delegation", "joined by X on the visit".
    r"|\b(?:was|were)\s+(?:later\s+|then\s+|also\s+)?joined\s+(?:[\w-]+\s+){0,5}?by\b"
    r"(?![^.;]{0,120}?\b(?:delegation|"
    r"entourage|on\s+(?:the|this|his|her|their)\s+(?:[\w-]+\s+)?(?:trip|visit|tour|journey))"
    r"\b(?!['\u2019]))"
    rf"|\b{PHONE_TALKS}\b"
    # "spoke this evening by telephone", "spoke late on Monday by phone": a time before the means
    r"|\b(?:spoke|spoken|speak|speaks)\s+(?:[\w-]+\s+){0,3}?(?:by|on the|over the)\s+"
    r"(?:phone|telephone)\b"
    # "had congratulated B by telephone", "thanked B over the phone": a call told by what was
    # said in it; not "thanked B for the phone call", nor a message ("by telephone message").
    r"|\b(?:congratulat(?:ed|es|e|ing)|invit(?:ed|es|e|ing)|(?:thank|brief)(?:ed|s|ing)?)\s+"
    r"(?:[\w.'\u2019-]+\s+){1,8}?(?:by|over\s+the)\s+(?:tele)?phone\b(?!\s+(?:message|text))"
    rf"|\b{VIDEO_TALKS}\b"
    rf"|{_WITNESSED})"
    # Two who signed a document with each other were in one room: "X signed the accord with
    # Y". Not "the texts were signed by X and Y": ministers who sign at their leaders' talks
    # are the ceremony's signatories, and the gold counts no meeting of theirs.
    r"|\bsigned\s+(?:[\w'\u2019-]+\s+){0,6}?with\s+(?=(?:then-\w+\s+|the\s+|his\s+|her\s+)?"
    r"(?-i:[A-Z]))"
    # "took part, with the Prime Minister, A, in the Portugal-Brazil Summit": the two at one
    # bilateral table; not "took part, with A, in the G-20 summit", many leaders' meeting.
    r"|\btook\s+part,?\s+(?:together\s+|along\s+)?with\s+[^;.]{1,80}?,?\s+in\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:talks|meeting|consultations|"
    r"(?-i:[A-Z][a-z]+-[A-Z][a-z]+\s+[Ss]ummit))\b"
    # "discussed the planned rail link with Prime Minister X": talks on a topic with someone
    # named; not "discussed it with reporters", "discussed ways with the aim of".
    r"|\bdiscussed\s+(?:[\w'\u2019-]+\s+){0,6}?with\s+(?=(?:the\s+|his\s+|her\s+)?"
    r"(?-i:[A-Z]))"
    # "where he was meeting Chancellor X": talks under way at the time the sentence tells; a
    # name must follow, for "the plan was meeting resistance" tells no talks.
    r"|\b(?:was|were)\s+meeting\s+(?=(?:with\s+)?(?:the\s+|his\s+|her\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
_SOCIAL_EVENT = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:dinner|banquet|lunch|luncheon|reception|gala)\b",
    re.IGNORECASE,
)
"""What follows "hosted" when it is a meal, not talks: "hosted a State Dinner in honour of"."""
_SOCIAL_EVENT_BEFORE = re.compile(
    r"\b(?:(?:state|official|gala|ceremonial)\s+(?:dinner|lunch|luncheon|breakfast)|banquet|"
    r"reception|gala)\s+(?:(?:that\s+|which\s+)?(?:was|were)\s+)?$",
    re.IGNORECASE,
)
"""A ceremonial meal named before "hosted": "attended a state luncheon hosted by the
Governor-General" or "an official reception was hosted in honour of the guest" tells a meal of
protocol given, not talks with the one who gave it; a
breakfast or lunch hosted by someone ("a breakfast hosted by the Vice President") is a table
of two sides, and stays talks."""
WELCOMES = frozenset({"received", "welcomed", "greeted"})
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|being|been)\s+$", re.I)
_PLANE_SIDE = (
    r"(?:foot|bottom|steps)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:aircraft|plane|airplane|aeroplane|gangway)|tarmac"
)
"""Where a guest is met as they step off the plane: "at the foot of the aircraft", "on the
tarmac"."""
_AIRFIELD = r"(?:airport|air\s*base|air\s+force\s+base|airfield|aerodrome)"
"""Where a state guest lands: a civil airport, or the air base or airfield a capital keeps for
such flights ("received at the Nur Khan airbase by")."""
_AIRPORT = Prefiltered(
    r"\s+(?:[\w'\u2019-]+\s+){0,8}?(?:(?:at|to)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
    + _AIRFIELD
    + r"|"
    r"(?:on|upon)\s+(?:his\s+|her\s+|their\s+)?arrival)\b",
    re.I,
)
_AT_PLANE = Prefiltered(
    rf"\s+(?:[\w'\u2019-]+\s+){{0,8}}?(?:at|on)\s+the\s+(?:{_PLANE_SIDE})\b",
    re.I,
)
_AIRPORT_BEFORE = re.compile(
    rf"\b(?:{_AIRFIELD}|(?:on|upon)\s+(?:his\s+|her\s+|their\s+)?arrival|{_PLANE_SIDE})\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.){0,60}$",
    re.I,
)
"""A welcome at the airport is a courtesy on arrival, not talks: "received at the airport by
X", "welcomed him on arrival", "welcomed at the foot of the aircraft by the Head of State
himself" or "on arrival in Hanoi he was greeted by X"; also when the
hour of landing stands between ("arrived at X Airport at around 9.30 a.m. and was received
by A"), whose dots end no sentence."""


_LANDED_ASIDE = re.compile(
    rf",\s+who\s+[^,;.]*\b(?:{_AIRFIELD}|arrival)\b[^;.]*?,\s+(?:was|were)\s+(?:[\w-]+\s+){{0,2}}$",
    re.I,
)
"""The landing told in a relative clause of the guest ("The minister, who touched down at X
Airport on Monday evening, was yesterday received by A"): an aside on the arrival, not where
the welcome of the main clause was."""


_DENIED = re.compile(
    r"\b(?:not|never|n['\u2019]t)\s+(?:(?:yet|formally|actually|even|also|personally)\s+)?$"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?(?:meetings?|talks|discussions|sessions?)\s+"
    r"(?:(?:was|were|has been|have been|had been|will be)\s+)?$",
    re.IGNORECASE,
)
"""Talks denied: "did not meet X", "no formal meetings were held with them", "has never met"."""


_REMOTE_ACT = re.compile(
    r"\b(?:inaugurat|open|launch|unveil|address|commission)\w*\s+(?:[\w-]+\s+){0,4}?"
    r"(?:by|via|through|over)\s+(?:a\s+)?$",
    re.IGNORECASE,
)
"""An act done by video that is no talks: "inaugurated by videoconference the port", "opened
the plant via video link"; joining talks by video is still talks."""


_CALL_ON = re.compile(r"call(?:ed|s)?\s+on\s+", re.IGNORECASE)
_URGED_TO = re.compile(r"[^.;]{0,80}?\bto\s+(?!discuss\b)[a-z]")
"""What follows "called on X" when it urges, not visits: "called on Israel to allow aid in".
Case-sensitive, and so outside ``CUE``, whose lower-case twin cannot see case: the lower-case
verb after "to" tells it from a name that is spelt "To" ("a courtesy call on To Lam")."""


@functools.lru_cache(maxsize=64)
def cue_matches(text: str) -> tuple[re.Match[str], ...]:
    """Every match of ``CUE`` in a sentence, in text order, scanned once: the meeting steps ask
    for the cues of one sentence several times (its talks, a welcome among them, the sides of
    talks held separately), and each scan of this long pattern costs tens of microseconds."""
    found = tuple(
        c
        for c in CUE.finditer(text)
        if not (_CALL_ON.fullmatch(c.group()) and _URGED_TO.match(text, c.end()))
    )
    # "held two bilateral meetings. The first was with X": an item of talks counted before,
    # anchored at the sentence's start, so tried apart from ``CUE`` at the cost of one match.
    item = enumerated_item(text)
    return (item, *found) if item is not None else found


def talks_cues(text: str) -> Iterator[re.Match[str]]:
    """The talks cues of a sentence, without a meal hosted, nor a welcome at the airport ("was
    welcomed at the airport by X"), nor talks the sentence denies ("but did not meet"): the
    gold counts talks as meetings, and a greeting on arrival is protocol, whoever gives it (the
    talks, if any, are told by their own cue)."""
    return iter(_kept_cues(text))


@functools.lru_cache(maxsize=64)
def _kept_cues(text: str) -> tuple[re.Match[str], ...]:
    """The cues ``talks_cues`` keeps, read once a sentence: a sentence with a cue has them
    asked for by its group welcome, its reading and each side of talks held separately, and
    each asking tested every cue for denial and welcomes again."""
    return tuple(
        c
        for c in with_participles(iter(cue_matches(text)), text)  # ", meeting Prime Minister X"
        if _kept(text, c)
    )


def _kept(text: str, c: re.Match[str]) -> bool:
    """Whether a cue tells talks: not denied, nor a meal hosted, nor a welcome on arrival,
    nor an act done by video."""
    if _DENIED.search(text, max(0, c.start() - 40), c.start()):
        return False
    word = c.group().casefold()
    if word == "hosted" and (
        _SOCIAL_EVENT.match(text, c.end())
        or _SOCIAL_EVENT_BEFORE.search(text, max(0, c.start() - 30), c.start())
    ):
        return False
    if _welcome_on_arrival(text, c):
        return False
    # "inaugurated by videoconference the port": an opening, no talks
    return not (
        word.startswith("video") and _REMOTE_ACT.search(text, max(0, c.start() - 40), c.start())
    )


def greets_on_arrival(text: str) -> bool:
    """Whether a sentence tells a welcome at the airport or on arrival ("was welcomed at the
    airport by the foreign minister"): the two people it names are a guest and whoever met
    the plane, not "the two leaders" whose talks the next sentence tells."""
    return bool(arrival_welcomes(text))


def arrival_welcomes(text: str) -> list[re.Match[str]]:
    """The cues of a sentence that tell a welcome at the airport or on arrival ("was welcomed
    at the airport by"), which ``talks_cues`` leaves out."""
    return [c for c in cue_matches(text) if _welcome_on_arrival(text, c)]


_LANDED = Prefiltered(
    r"\b(?:touched\s+down|landed|arrived)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:at|in)\s+(?:the\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,5}?(?:airport|air\s+base|airfield)\b",
    re.IGNORECASE,
)
_WELCOMED_THERE = re.compile(
    r"(?:[A-Z][\w'\u2019-]*\s+){0,3}?(?:was|were)\s+(?:warmly\s+|first\s+)?"
    r"(?:greeted|welcomed|received|met)\s+(?:there\s+)?by\b(?![^.;]*\b(?:at|in)\s+the\s+"
    r"(?!airport\b)[\w'\u2019-]*\s*(?:Palace|House|Hall|Centre|Center|Office|Ministry)\b)"
)
"""A sentence that opens with a passive welcome ("He was greeted by President X, ...") right
after one telling the landing at an airport: the welcome at the airport, told apart; a welcome
"at the Presidential Palace" is another scene."""


def welcomed_on_landing(previous: str, text: str) -> bool:
    """Whether ``text`` tells the welcome at the airport whose landing ``previous`` told:
    "touched down at X airport late on Tuesday. He was greeted by President A, Prime Minister
    B and ministers." is a courtesy on arrival, not talks with each of them."""
    return _WELCOMED_THERE.match(text) is not None and _LANDED.search(previous) is not None


def _welcome_on_arrival(text: str, cue: re.Match[str]) -> bool:
    word = cue.group().casefold()
    reach = cue.end() + 80  # the place of the welcome follows the verb closely
    at_airport = _AIRPORT.match(text, cue.end(), reach) is not None
    if word == "met":
        # "was met at the airport by X": agencies' passive for the same courtesy. Only a
        # welcome told at the airport itself: "landed at the airport and was met on the
        # tarmac by the Vice-President" is read as the leaders' first meeting (a
        # "received/welcomed at the foot of the aircraft" is not: see below).
        return at_airport and _PASSIVE_BEFORE.search(text, 0, cue.start()) is not None
    return word in WELCOMES and (
        at_airport
        or _AT_PLANE.match(text, cue.end(), reach) is not None
        or (
            _AIRPORT_BEFORE.search(text, max(0, cue.start() - 80), cue.start()) is not None
            and _LANDED_ASIDE.search(text, max(0, cue.start() - 160), cue.start()) is None
        )
    )


def signed_object(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """Where a witnessed signing names what was signed: "witnessed the signing of an agreement
    on a plant in Jizzakh" places the plant, not the talks, which only an "at" names ("at the
    palace"); None for any other cue."""
    if not _WITNESSED_CUE.fullmatch(cue.group()):
        return None
    venue = _AT_VENUE.search(text, cue.end())
    return cue.end(), venue.start() if venue else len(text)
