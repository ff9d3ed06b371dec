"""Where a sentence tells a trip: the visit cues, and the cues that tell no one's visit.

A cue is the verb or noun of a trip ("paid a state visit to", "arrived in", "flew to", "is
expected in"); every other part of a visit (who, where, when) is read around it. A cue that is
denied, only wished for, a site within a trip or the travel of an unnamed group is dismissed
before any of that is read.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAME, WEEKDAY_NAME
from dkg.loaders.steps.called_visits import visit_named_in_a_call
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.unasserted import only_discussed, unasserted
from dkg.loaders.steps.visit_status import LATER_DATE

CUE = Prefiltered(
    r"\b(?P<type>state|official|working|private|unofficial)?(?:[\s-]+(?:and\s+)?"
    r"(?:official|working|friendly|two-day|three-day|four-day|one-day|historic|first|"
    r"bilateral))*\s*visits?\b(?!\s+(?:card|visa))"
    # "is due in Lima", "had been due in Canberra"; "is in Gaborone today" (a trip under way:
    # only with the day it is told); "who was expected in Lima on Friday" (a plan, whatever
    # became of it)
    r"|\b(?:is|are|was|were|been|be)\s+(?:(?:due|expected)\s+)?in\b(?:(?<=due\sin)|(?<=expected\sin)|"
    r"(?<!was\sin)(?<!were\sin)(?<!been\sin)"
    r"(?=\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}?\s+(?:today|tonight|this\s+(?:week|weekend|"
    r"morning|afternoon|evening))\b)"
    # "is in Chile from 3 to 5 May", "will be in Australia from 14 to 17 March": a stay with
    # its days, at a place named with a capital
    # (not "is in talks from Monday", "is in charge from 1 May")
    rf"|(?=\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){{0,2}}\s+"
    rf"(?:from|between)\s+(?:\d|{WEEKDAY_NAME}|{FULL_MONTH_NAME})))"
    r"|\b(?:spen(?:t|ds?|ding)\s+(?:the\s+|an?\s+|(?:two|three|four|five|six|several|\d)\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+and\s+[A-Z][a-z]+day)?|days?|nights?|"
    r"weekend|week|hours)\s+in"
    # (with the spent days, so the long list of verbs below keeps its prefilter's strings)
    # "held talks with his host in Lima": a guest's talks there, though no arrival is told;
    # not talks held by video or phone with a host elsewhere
    r"|(?<!video\s)(?<!phone\s)(?<!virtual\s)(?<!online\s)talks\s+with\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+)?hosts?\s+in"
    # "recalled his previous stay in Lima on 3 March": an earlier trip there, told as a stay
    r"|(?:previous|earlier|last|prior)\s+stays?\s+in)\b"
    # One alternative for both arrivals that need a capital, as the prefilter splits at most
    # eight (prefilter._MAX_BRANCHES) and a ninth made it scan the whole cue at once, the
    # lower-case cues too, with no lower-case twin: 3.2 M instructions more per document.
    r"|\b(?:reach(?:ed|es|ing)\s+(?=(?-i:[A-Z]))"  # "reached Dubai", not "reached an agreement"
    # nor a sum in a currency whose sign or code opens with a country's ("reached US$ 300")
    r"(?!(?-i:[A-Z]{1,3})\s?[$\u20ac\u00a3\u00a5]|(?-i:[A-Z]{3})\s?\d)"
    # "came to Chile", "comes to the Philippines"; not "came to power", "comes to terms"; and
    # "will proceed to Yokohama", not "proceeded to sign" ("before proceeding to" is an onward
    # leg, visit_onward_legs.py)
    r"|(?:came|comes|proceed(?:s|ed)?)\s+to\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    # a speaker's own next trip: "From here I go to Rio"; not "we go to the polls"
    r"|(?:(?<=\bI\s)|(?<=\bwe\s))go\s+(?:on\s+)?to\b(?=\s+(?-i:[A-Z]))"
    # "will continue his tour on Tuesday toward Managua", as translations write the way on;
    # not "a journey towards peace"
    rf"|(?:trip|tour|journey)(?:\s+on\s+{WEEKDAY_NAME})?\s+towards?(?=\s+(?-i:[A-Z]))"
    # "will leave Lima on Tuesday and continue on Wednesday 12 June to Hungary": a tour's next
    # leg; not "continue to support", "continued to grow"
    rf"|continu(?:e|es|ed|ing)(?:\s+on)?(?:\s+on\s+{WEEKDAY_NAME}(?:,?\s+\d{{1,2}}\s+"
    rf"{FULL_MONTH_NAME}|,?\s+{FULL_MONTH_NAME}\s+\d{{1,2}})?)?\s+to(?=\s+(?:the\s+)?(?-i:[A-Z])))"
    r"|\b(?:visited|visiting|arrived|arrives|arriving|landed|(?:to|will)\s+land\s+in|"
    # "began an African tour in Abidjan": the tour's first stop
    # "concludes his tour in Havana": its last stop
    r"(?:beg[ai]n|begins|beginning|start(?:s|ed|ing)?|open(?:s|ed|ing)?|kick(?:s|ed|ing)\s+off|"
    r"conclud(?:e|es|ed|ing)|end(?:s|ed|ing)?|wrap(?:s|ped|ping)\s+up)"
    # "began his trip with a stop in France": that stop too
    r"\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:tour|trip|swing|journey)\s+"
    r"(?:with\s+an?\s+(?:stop(?:over)?\s+in|visit\s+to)|in)|"
    r"touch(?:ed|es)\s+down|step(?:ped|s)\s+off\s+(?:the|his|her|their)\s+(?:plane|aircraft)|"
    r"travel+(?:ed|ing|s)?|cross(?:ed|es|ing)\s+(?:the\s+border\s+)?into|"
    r"will visit|to visit|is visiting|(?:went|flew|flown|headed|heads) to|"
    r"(?:flew|flies|flown) in\b|"
    # "returned to power last December": back in office, not back in a country
    r"(?:return(?:ed|s)?|was\s+back|were\s+back|(?:last|first|previously)\s+came(?:\s+here)?)"
    r"\s+(?:to|in)(?!\s+(?:power|office)\b)|set(?:s|ting)?\s+foot\s+in|"
    r"(?:stopp(?:ed|ing)|(?:made|makes|making)\s+an?\s+(?:[\w-]+\s+)?stop)\s+(?:over\s+)?in|"
    r"fl(?:y|ies|ying)(?:\s+on)?\s+to|fl(?:y|ies|ying|ew)\s+into|fl(?:y|ies|ying|ew)\s+(?:on\s+)?"
    rf"{WEEKDAY_NAME}\s+to|"
    rf"(?:trip|tour|journey)(?:\s+on\s+{WEEKDAY_NAME})?\s+to|"
    r"(?:trip|journey)(?=\s+(?:of|by)\s)|"
    r"tak(?:e|es|ing)\s+(?:him|her|them)\s+(?:on\s+|next\s+|then\s+|later\s+)?to|"
    r"tour of|(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:the|an?|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?delegation\s+(?:to|in|at)|(?:first|maiden)\s+(?:(?:(?:foreign|overseas|"
    r"international|official|bilateral)\s+){1,2}(?:trip|destination|stop|tour|journey)|"
    r"(?:trip|visit|tour|journey)\s+abroad))\b"
    # The cues that need a capital are alternatives of their own, so that the cues above are
    # scanned through their lower-case twin (case_blind.py): no other cue starts with their
    # words, so where they stand in the list changes no match.
    # "attended the summit in Skopje": leaders at a summit abroad made the trip there; not an
    # infinitive ("invited X to attend the summit in Y"), an invitation's to read.
    # So is "took part in the meeting of the Council of Heads of State in Bishkek", "attending
    # the UN General Assembly in New York", and a plan "is due to take part in the summit in
    # the Kenyan capital".
    r"|\b(?:(?<!to\s)|(?<=due\sto\s)|(?<=set\sto\s)|(?<=expected\sto\s))"
    r"(?:attend(?:ed|s|ing)?|t(?:ook|akes?|aking)\s+part\s+in|participat(?:ed|es?|ing)\s+in)"
    r"(?=\s+(?:the|an?)\s+(?:(?!(?:virtual|online|video)\b)[\w'\u2019-]+\s+){0,6}?"
    r"(?:summit|assembly|heads\s+of\s+(?:state|government))\s+(?:in|at)\s+(?:the\s+)?"
    r"(?-i:[A-Z]))"
    r"|\b(?:(?:leaves|left|leaving|departs|departed|departing|sets?\s+off|"
    r"(?:flew|flies|flying|(?:to|will)\s+fly)\s+out|(?:to|will)\s+(?:leave|depart|set\s+off))"
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?:on\s+)?(?:[\w-]+)){0,2}?"
    # the time of the departure: "left in the evening for Japan", "left on Monday for Peru",
    # "departs later on Monday for Canada", "flew out early Monday morning for Tonga"
    r"|\s+(?:in\s+the\s+(?:morning|afternoon|evening)|(?:this|that)\s+(?:morning|afternoon|"
    rf"evening)|today|tonight|later(?:\s+(?:today|on\s+{WEEKDAY_NAME}))?|"
    rf"(?:(?:early|late)\s+)?(?:on\s+)?{WEEKDAY_NAME}(?:\s+(?:morning|afternoon|evening))?))?"
    r"\s+for)\b"
    r"|\bwelcom(?:ed|es|ing)\s+(?:[\w'.\u2019-]+\s+){1,6}?to(?=\s+(?:the\s+)?(?-i:[A-Z]))\b",
    re.IGNORECASE,
)
LEG = re.compile(r"tak(?:e|es|ing)\s|continu", re.IGNORECASE)
"""A cue that names a further leg of a tour: "a tour that also takes him to Jordan", "will
visit Grenada on Sunday before continuing to Saint Kitts and Nevis"."""


def dismissed(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether the cue tells no visit of anyone the sentence names: "will not travel",
    "visited the Holocaust memorial", "tourists visiting", "growth is expected in Poland", "a
    phone call in preparation for the visit"."""
    return bool(
        _NEGATED.search(view.text, max(0, cue.start() - 30), cue.start())
        or _SITE.match(view.text, cue.end())
        or (
            _GROUP_SUBJECT.search(view.text, max(0, cue.start() - 60), cue.start())
            and not member_of_group(view, cue)
        )
        or _awaited_without_person(view, cue)
        or unasserted(view.text, cue.start())
        or only_discussed(view.text, cue)
        or _put_off(view, cue)
        or _AT_DESTINATION.search(view.text, 0, cue.start()) is not None
        or visit_named_in_a_call(view, cue)  # "held a phone call ... ahead of the visit"
    )


_NOT_COMING = Prefiltered(
    r"\b(?:will|(?:is|are)\s+now)\s+(?:not|no\s+longer)\s+(?:now\s+)?$|\bwon['\u2019]t\s+$",
    re.IGNORECASE,
)


def called_off(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether a denied trip is one called off: a future "will not travel" to a day or an event
    still named ("will not travel to Caracas for the summit on May 3") is a cancelled visit,
    while "will not visit Russia while the war lasts" or "will not travel to Washington this
    year" names no trip that was planned. The day must stand in the trip's own clause: in "will
    not travel to Lima, his office said on 3 May" it is the day of the saying."""
    return _NOT_COMING.search(view.text, max(0, cue.start() - 30), cue.start()) is not None and any(
        view.local(d.span)[0] > cue.end()
        and d.start.day is not None
        and not _CLAUSE_BREAK.search(view.text, cue.end(), view.local(d.span)[0])
        for d in view.dates
    )


_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?!(?:on|for)\b)[a-z]")
"""Where the trip's clause ends before a day: a semicolon, or a comma before a lower-case word
(", his office said on 3 May"); the commas around a place's country ("to Granada, Spain, on 5
October") and before its occasion or day (", for the summit", ", on Thursday") do not."""


_AT_DESTINATION = Prefiltered(
    r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+(?:[^,;.]{0,40}?\s)?for\s+(?:the\s+)?"
    r"(?-i:[A-Z])[^,;.]{0,40},\s+where\b[^,;.]*$",
    re.IGNORECASE,
)
"""A visit told in the clause about a departure's destination ("before leaving for Peru, where
he will make a state visit"): the departure already is that trip, to that place, while the
clause alone would put it where the sentence's story is."""


_SOMEDAY = Prefiltered(
    r"[^;.]*?\b(?:when\s+the\s+time\s+is\s+right|(?:when|as\s+soon\s+as)\s+(?:the\s+)?"
    r"(?:conditions|circumstances|calendars|schedules)\s+(?:allow|permit)|some\s?day|"
    r"at\s+some\s+point|before\s+(?:his|her|their)\s+"
    r"(?:term|mandate|tenure)\s+(?:ends|expires|runs\s+out|is\s+over)|before\s+the\s+end\s+of\s+"
    r"(?:his|her|their)\s+(?:term|mandate|tenure)"
    # only thought of, for a day nobody has set: "is envisaged at a later date"
    rf"|(?:envisaged|envisioned|contemplated|considered|foreseen)\s+(?:{LATER_DATE}))\b",
    re.IGNORECASE,
)
"""A trip put off to no time at all: "invited Biden to visit Russia 'when the time is right'",
"hopes to go there someday", "would visit Chile before his term ends", "is envisaged when the
conditions allow", "should take place as soon as the calendars allow", "is contemplated at a
date to be agreed": a vague intention that is no visit ("has been postponed to a later date" is
a planned trip put off, which visit_status reads)."""
_SOMEDAY_REACH = 120
"""How far after the cue the vague time may end: past a visitor named with a title and a
country ("A visit of the Prime Minister of X, Y, to Z is envisaged when ...")."""


def _put_off(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether the trip is put off to no time at all; a day told before the vague words
    still dates it: "will visit Chile in March, before his term ends"."""
    someday = _SOMEDAY.match(view.text, cue.end(), cue.end() + _SOMEDAY_REACH)
    return someday is not None and not any(
        cue.end() <= view.local(d.span)[0] < someday.end() for d in view.dates
    )


_NEGATED = Prefiltered(
    r"\b(?:not|never|no longer|won't|wouldn't|didn't|doesn't|isn't)\s+(?:[a-z]+\s+)?$"
    r"|\bno(?:\s+such)?\s*$"
    # "has no plans to travel to", "had no intention of visiting", "ruled out a trip to"
    r"|\bno\s+(?:plans?|intention|intentions|desire)\s+(?:to|of)\s+$"
    r"|\brul(?:e|es|ed|ing)\s+out\s+(?:(?:a|an|any)\b\s*(?:[a-z-]+\s+)?)?$"
    r"|\b(?:hope[sd]?|hoping|wish(?:es|ed)?|would\s+(?:like|love)|(?:is|are|was|were)\s+"
    r"(?:keen|eager))\s+$",
    re.IGNORECASE,
)
"""A visit denied ("will not travel", "has never visited", "is not visiting", "no such visit
is planned", "has no plans to travel", "ruled out a trip") or only wished for ("hoped to visit
France later in the year"), a vague intention that is no visit."""
_MEMBER_OF_GROUP = re.compile(
    r"\b(?:among|one\s+of)\s+the\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+\s+who\s+"
    r"(?:have\s+|had\s+|has\s+|also\s+){0,2}$",
    re.IGNORECASE,
)


def member_of_group(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether the cue is the verb of a group the sentence's subject is one of: "X was among
    the heads of state who flew in on Friday" is X's trip, though the group's is a count."""
    return bool(_MEMBER_OF_GROUP.search(view.text, max(0, cue.start() - 60), cue.start()))


_GROUP_SUBJECT = SkipAheadPattern(
    r"(?:\b[A-Z][a-z]+|\d[\d,.]*|\b(?:many|more|some|of|the))\s+"
    r"(?!(?:days|weeks|months|hours|years|leaders|presidents|ministers|premiers|heads|"
    r"counterparts|delegations|sides|parties|this|[a-z]+ous)\b)[a-z]{3,}s\s+"
    r"(?:who\s+(?:have\s+|had\s+)?)?$"
    r"|(?:(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*|\b(?:many|more|most|some|few|"
    r"(?:hundreds|thousands|millions)\s+of))\s+"
    r"(?!(?:Leaders|Presidents|Ministers|Premiers|Heads|Kings)\b)[A-Z][a-z]{2,}s\s+"
    r"(?:who\s+(?:have\s+|had\s+)?)?$"
)
"""A group of people as the subject of the cue: "Korean tourists visiting the country",
"40,000 students visiting India", "pilgrims who visited", or people counted by their
nationality ("some 30,000 Germans travel to Spain each summer", "thousands of Nigerians who
visited"): their travel is a count, not the visit of anyone the sentence names (an adjective
in -ous is no group: "the previous state visit"; "spent two
days visiting", "the two leaders travelled to", "the two Presidents visited" are still
visits; so are "in May 2024 Reyes travelled", a year before a name, and "the President of
Seychelles travelled", a country whose name ends in s)."""
_SITE = re.compile(
    r"\s+(?:the|a|an|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:memorial|museum|monument|"
    r"mausoleum|cemetery|grave|tomb|exhibition|factory|plant|school|university|hospital|mosque|"
    r"church|cathedral|temple|site|shrine|port|farm|campus)\b",
    re.IGNORECASE,
)
"""A place visited within a trip, which is not the trip: "visited the Holocaust memorial"."""


_AWAITED = re.compile(r"(?:is|are|was|were)\s+(?:(?:due|expected)\s+)?in|cross", re.IGNORECASE)
_SHARED_SUBJECT = re.compile(r"\band\s+$")


def _awaited_without_person(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether the cue is someone awaited or present somewhere ("is expected in Warsaw", "is in
    Lima today"), or crossing into a country, whose subject is no person: "growth is expected
    in Poland" is no visit of the minister who said so, nor "the embassy is in Lima this week"
    anyone's, nor "the convoy crossed into Chad"."""
    if not _AWAITED.match(cue.group()):
        return False
    if _SHARED_SUBJECT.search(view.text, max(0, cue.start() - 8), cue.start()):
        return False  # "X left Kyiv and is expected in Warsaw"
    return not any(
        0 <= cue.start() - view.local(p.span)[1] <= 8
        or _OF_COUNTRY.fullmatch(view.text, view.local(p.span)[1], cue.start()) is not None
        for p in view.people
    )


_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}\s*")
"""The country after a name that is still its subject: "President X of Hungary is in Lima"."""


_APPOSED = re.compile(
    r",\s+(?:(?:his|her|their)(?:\s+[\w-]+){0,3}|the\s+(?:first|second|third|last|latest|only)"
    r"(?:\s+[\w-]+){0,2})\s*$",
    re.IGNORECASE,
)
"""A trip noun set off by a comma as a description: ", his first trip to", ", the first visit
by"; ", the state visit of X to Y" is the next item of a list of visits."""
_ORDINAL_CUE = re.compile(r"\s*(?:first|maiden)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r",\s+the\s*$", re.IGNORECASE)


def restates_the_visit_before(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether the cue is an apposition to a trip the sentence has just told ("paid a visit to
    Paris in 2018, his first trip to Europe", "visited Manila in January, the first visit by a
    minister in a decade"): the same trip described again, whose "his" is that trip's visitor,
    not the sentence's first person; called only once a visit has been read before it. "...,
    and his trip to Rome followed" is a clause of its own."""
    if _APPOSED.search(view.text, max(0, cue.start() - 40), cue.start()) is not None:
        return True
    # ", the first visit by ...": the cue itself begins with the ordinal
    return (
        _ORDINAL_CUE.match(cue.group()) is not None
        and _THE_BEFORE.search(view.text, max(0, cue.start() - 10), cue.start()) is not None
    )


_HOME_BOUND_FORM = re.compile(
    r"(?:leaving|departing)\s+for|\s(?-i:[A-Z])[\w'\u2019-]+.*\sfor$", re.IGNORECASE
)


def may_be_home_bound(cue: re.Match[str]) -> bool:
    """Whether the cue is a departure told the way a trip home is told: with the participle
    ("called on X before leaving for Rome", "before departing for Anchorage") or away from the
    place of the visit ("left Mombasa for London"). When the story never says the traveller's
    country, such a departure cannot be told from a further leg, and a trip home is no visit."""
    return _HOME_BOUND_FORM.search(cue.group()) is not None
