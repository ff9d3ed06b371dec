"""The type of a visit (state, official, working, private) and whether it happened, was
announced, postponed or cancelled, as the clause of its cue tells."""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import PartialDate, Status, Visit, VisitType
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.calendar_words import WEEKDAY_NAME

_CANCELLED = Prefiltered(
    r"\b(?:cancel+(?:ed|s|ing|ation)?|called off|scrapped"
    r"|(?:call(?:s|ing)?\s+off|scrap(?:s|ping)?)\s+(?:(?:the|a|an|his|her|their|this|that)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:visits?|trips?|tour|journey))\b",
    re.IGNORECASE,
)
"""A trip called off: "was cancelled", "called off", "scrapped"; in another tense only with the
trip as its object ("had to call off a planned trip", "is scrapping his visit"), as "will travel
to Lima to call off the strike" calls off something else."""
LATER_DATE = (
    r"(?:to|until|for|at|on)\s+a\s+(?:later|future|new)\s+date"
    r"|(?:to|for|until|on|at)\s+a\s+date\s+(?:(?:yet\s+)?to\s+be\s+|still\s+to\s+be\s+)?"
    r"(?:agreed|announced|determined|fixed|set|decided|confirmed)"
)
"""A date not yet known that a trip is moved to: "to a later date", "until a date to be agreed"."""
PUT_OFF = (
    r"postponed|delayed|put\s+off|deferred"
    rf"|(?:pushed\s+back|put\s+back|moved|shifted|changed)\s+(?:{LATER_DATE}|indefinitely)"
)
"""The past participles that put a trip off without calling it off: "was deferred", "was pushed
back to a later date", "was moved to a date to be agreed"; not "pushed back against the
criticism", nor a trip "pushed back a day" that then took place, nor one "moved" to another
place or an earlier day."""
_POSTPONED = Prefiltered(rf"\b(?:postpone[ds]?|postponing|rescheduled|{PUT_OFF})\b", re.IGNORECASE)
_STILL = r"(?:(?:still|now|then|currently|originally|initially)\s+)?"
"""An adverb between the auxiliary and the plan, which keeps it a plan: "is still scheduled to
visit", "was then to fly on", "is now expected in"; not "also", which adds a step to the
programme of a visit under way ("is also scheduled to tour the port")."""
_ANNOUNCED = Prefiltered(
    # "readers will recall the visit X paid": the recalling's future, not the trip's
    r"\b(?:will(?!\s+(?:recall|remember)\b)|"
    rf"shall|(?:is|are) {_STILL}to(?!\s+(?:the\b|(?-i:[A-Z])))|is {_STILL}due (?:to|in)|"
    rf"are {_STILL}due in|is {_STILL}expected (?:to|in)|(?:is|are) {_STILL}set to|"
    rf"are {_STILL}expected (?:to|in)|plans? to|planned|"
    rf"planning to|(?:is|was|are|were|had been) {_STILL}scheduled|"
    rf"(?:was|were|had been) {_STILL}due (?:to|in)|"
    # "was to visit" is a plan; "his first trip abroad was to India" a destination
    rf"(?:was|were|had been) {_STILL}expected (?:to|in)|"
    rf"(?:was|were) {_STILL}to(?!\s+(?:the\b|(?-i:[A-Z])))|"
    # a trip foreseen for a time: "a visit of X to Y is envisaged for March"
    rf"(?:is|are|was|were|has been|had been) {_STILL}(?:envisaged|envisioned|foreseen)|"
    r"would have|had planned|"
    r"intends? to|would (?:[a-z]+\s+)?(?:visit|travel|go|meet|fly|return)|"
    r"invit(?:ed|ation) to|(?:flies|travels|heads|moves|goes)\s+on\s+to)\b"
    # A trip reported in the past progressive, the future of what someone said: "the
    # spokesperson said X was travelling for the summit".
    r"|\b(?:said|told\s+[\w-]+|added|stressed)\s+(?:that\s+)?(?:[\w.'\u2019-]+\s+){1,5}?"
    r"(?:was|were)\s+(?:travel+ing|flying|heading|going)\b"
    # The present of a trip or a departure with a day still to come: "is travelling to Poland
    # on Wednesday", "leaves for Davos on Tuesday", "leaves later this month", "flies to
    # Wellington tomorrow", "departs Apia this afternoon for Fiji".
    # Not the noun of "heads of state who landed on Friday".
    r"|\b(?:(?:is|are)\s+(?:travel+ing|flying|heading)\s+to|flies|travels|heads(?!\s+of\b)|"
    r"leaves|departs|returns|"
    rf"sets\s+off)\b(?=[^.;]{{0,60}}?\b(?:on\s+{WEEKDAY_NAME}|tomorrow|tonight|next\s+(?:week|month)"
    r"|this\s+(?:afternoon|evening)|later\s+(?:today|this\s+(?:week|month)))\b)"
    # A speaker's plan told in the present: "From here I go to Rio for the summit".
    r"|\b(?:I|we)\s+(?:go|fly|travel|head)\s+(?:on\s+)?to\b"
    # A host's or guest's wish for a trip already agreed: "I look forward to welcoming X to
    # Canberra later this year", "we look forward to visiting Chile".
    r"|(?:\blook(?:s|ing|ed)?\s+forward\s+to\s+(?:welcoming|receiving|hosting|visiting)\b"
    # A tour's further legs: "a tour that also takes him to Jordan".
    r"|\b(?:takes?|taking)\s+(?:him|her|them)\s+(?:on\s+|next\s+|then\s+|later\s+)?to\b)"
    # The present of a programme's next step: "He then travels to Brazzaville".
    r"|\b(?:then|next|afterwards|later)\s+(?:travels|flies|heads|goes|moves|continues)\b"
    # The invitee may be named with a title in apposition: "invited the Emir of Qatar, Sheikh
    # Tamim bin Hamad Al Thani, to visit".
    r"|(?:\binvited\s+(?:[\w'\u2019.-]+,?\s+){1,12}?to\s+(?:pay\s+|make\s+)?(?:an?\s+)?"
    r"(?:[\w-]+\s+)?visit"
    # Its passive, of the noun: "an invitation was conveyed to the President of X to visit".
    r"|\binvitations?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:[\w-]+\s+)?"
    r"(?:conveyed|extended|issued|sent|addressed|handed|delivered|renewed|reiterated)\s+to\b)"
    # A headline's infinitive is its future: "Xi Jinping to pay state visits to Vietnam".
    r"|^\s*(?:(?-i:[A-Z])[\w'.-]*\s+){1,5}to\s+(?:pay|visit|travel|make|tour|fly|attend)\b",
    re.IGNORECASE,
)
_CLAUSE = SkipAheadPattern(
    r"[;:]\s+|,\s+(?:and\s+)?(?=(?:after|but|while|whereas|although|though|because|when|which|"
    r"who|where|the(?!\s+\d)|a)\b)"
)
"""Where a clause with its own tense starts: "..., after an earlier date was postponed", "...
expected in June, and the results of X's visit to Seoul in 2019", "X will invest, Y said after
talks with Z, who is on a state visit"; not a day in apposition ("leaves tomorrow, the 7th, for
a visit to ...")."""
_CLAUSE_AFTER = re.compile(
    r"[;:]|,\s+(?=(?:the|a|an|which|that|who|where|when|after|before|but|while|as|and)\b)"
    r"|\s+(?:that|which|who)\s+"
    r"|\s+and\s+(?=(?:will|shall|(?:plans?|intends?|hopes?|expects?)\s+to|"
    r"(?:is|are)\s+(?:to|due|expected|set|scheduled))\b)"
)
"""Where the words about a visit end: "... a state visit, the second leg of a tour that ...";
also a next step joined with its own future ("arrived in Gaborone on Monday and will travel on
to Lusaka", "arrived on Friday and will leave this evening", "flew in on Monday and intends to
stay a week": the arrival happened, what follows is still to come)."""
TYPE_WORD = SkipAheadPattern(r"(?<![Oo]f )\b(state|official|working|private)\b", re.IGNORECASE)
"""A word that may give a visit its type; not the "state" of an office ("the first head of
state to visit", "Secretary of State to visit China"), which types no trip."""
_TYPED_VISIT = re.compile(r"[\s-]+(?:(?:and\s+)?[\w-]+\s+){0,2}?visit", re.IGNORECASE)
"""What follows a type word that names a visit's type: "state visit", "official and working
visit"."""


def visit_type(text: str, cue: re.Match[str]) -> VisitType:
    """The type word of the cue itself ("Y's state visit"), else the sentence's first type
    word before "visit" ("arrived ... on an official visit"): two visits told in one sentence
    keep their own types."""
    own = TYPE_WORD.search(cue.group())
    match = own if own is not None and _TYPED_VISIT.match(cue.group(), own.end()) else None
    if match is None and _UNTYPED_NOUN.fullmatch(cue.group().strip()) and _TYPED_CUES.search(text):
        # "the visit of B to Y" beside "the State Visit of A to X": that type is A's visit's.
        return "unspecified"
    if match is None:
        match = _sentence_type_word(text)
        if match is not None and _LATER_LEG.search(text, match.end(), cue.start()):
            return "unspecified"  # "a state visit to A on Monday, then travel to B": A's type
    if match is None:
        # "a visit of work and friendship", the French "visite de travail et d'amitié"
        return "working" if _VISIT_OF_WORK.search(text) else "unspecified"
    word = match.group(1).casefold()
    if word == "state":
        return "state"
    if word == "official":
        return "official"
    return "working" if word == "working" else "private"


_LATER_LEG = re.compile(
    r"\b(?:then|before|afterwards|after\s+that|(?:on|onward|onwards)\s+to)\b", re.IGNORECASE
)
"""What leads from a typed visit to a later leg of the tour told after it ("a state visit to
Ghana, then travel to Togo", "before flying on to Benin"): the type word is the first visit's,
and a leg the text gives no type of its own has none."""
_VISIT_OF_WORK = Prefiltered(
    r"\bvisits?\s+of\s+(?:friendship\s+and\s+)?work\b(?!\s+(?:of|on|to|by|for)\b)"
    r"|\bwork\s+(?:and\s+friendship\s+)?visits?\b",
    re.IGNORECASE,
)
"""A working visit told as French and Spanish word it, with its type after the noun ("a visit
of work and friendship", "a visit of friendship and work") or as a bare noun ("a work and
friendship visit"); not the work a visit is about ("a visit of work on the new port")."""
_UNTYPED_NOUN = re.compile(r"visits?", re.IGNORECASE)
"""A cue that is the bare noun "visit", which no type word opens."""
_TYPED_CUES = Prefiltered(
    r"\b(?:state|official|working|private)(?:\s+(?:and\s+)?\w+)?\s+visits?\s+(?:of|by)\b",
    re.IGNORECASE,
)
"""Another visit the sentence names with its own type and its own visitor ("the state visit of
A", "an official visit by A"): its type word is that visit's, not the sentence's."""


def _sentence_type_word(text: str) -> re.Match[str] | None:
    """The first type word right before "visit", else the last one a few words before it."""
    match = None
    for candidate in TYPE_WORD.finditer(text):
        following = text[candidate.end() : candidate.end() + 30]
        if _TYPED_VISIT.match(following):
            match = candidate
            if re.match(r"\s+visit", following, re.IGNORECASE):
                break
    return match


_RELATIVE_END = re.compile(r",")
"""The comma that closes a relative clause about the visitor."""
_FATE_AFTER = re.compile(
    rf",\s+(?:[a-z]+\s+){{0,2}}?(?:cancel+ed|called\s+off|scrapped|{PUT_OFF})\b"
)
"""A main clause that calls off the trip its subject's relative clause told: "X, who was
expected in Nairobi on Thursday, cancelled his trip"."""
_AFTER_RELATIVE = re.compile(
    r",\s+(?:which|that)\b[^;.]{0,160}?,\s+(?P<predicate>(?:has|had|was|were|is|have)\s[^,;.]{0,60})"
)
"""The predicate of a visit named as a subject, after a relative clause about it, which may
hold a comma of its own ("X's visit, which was to begin on Sunday, 26 March, was postponed") or
tell the trip's purpose at length ("X's visit to Amman, which had been scheduled for 24 January
to co-chair the meetings of the Joint Committee, has been postponed")."""
_AFTER_VISITOR = re.compile(
    r",\s+(?:who|where)\b[^;.]{0,120}?,\s+(?P<predicate>(?:has|had|was|is)\s+(?:been\s+)?"
    r"(?:[a-z]+\s+)?"
    rf"(?:cancel+ed|called\s+off|scrapped|{PUT_OFF}))\b"
)
"""The fate of a visit named as a subject with its visitor after it, about whom a clause is
told ("the working visit of the Prime Minister of X, Y, who was due in Z on 14 and 15 May, has
been postponed"), or its destination, where a plan is told ("a planned visit to X, where Y was
to meet officials, was cancelled"); only a fate, as "the visit of X, who arrived on Monday,
was praised" tells nothing of the trip's status."""
_NOUN_CUE = re.compile(r"(?:visit|trip|journey|tour)s?\s*$", re.IGNORECASE)
"""A cue that is the trip's noun, which may be a sentence's subject."""
_AFTER_RESTRICTIVE = re.compile(
    r"\s+(?:that|which)\s+[^,;.]{1,120}?\s(?P<predicate>(?:was|were|has\s+been|had\s+been)\s+"
    rf"(?:[a-z]+\s+)?(?:cancel+ed|called\s+off|scrapped|{PUT_OFF}))\b"
)
"""The fate of a visit named as a subject with a relative clause of its maker and no commas:
"the state visit that President X planned to make to Y on 20 and 21 March was postponed" (a
translation's "foresaw to realize"); not "the visit that X made was praised"."""


_COMING = SkipAheadPattern(
    r"\b(?:upcoming|forthcoming|coming)(?:\s+[\w-]+){0,3}\s*$"
    r"|\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for|on\s+the\s+eve\s+of)"
    r"(?:\s+[\w'\u2019.-]+){0,6}\s*$",
    re.IGNORECASE,
)
"""An adjective that makes its own noun a future visit ("the upcoming state visit of X"), not
another visit further on in the sentence ("... and Y's visit to Berlin in 2023"), or a phrase
that tells what is done before it ("Ahead of Prime Minister X's official visit to Japan")."""


_CALLED_OFF_AFTER = re.compile(
    r",?\s*(?:but|and)\s+(?:the|that|this|his|her|their|it)\s*(?:[\w-]+\s+)?(?:(?:visit|trip|journey|tour)\s+)?"
    r"(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:[a-z]+\s+)?"
    rf"(?:(?P<cancelled>cancel+ed|called\s+off|scrapped)|{PUT_OFF}|(?:pushed|put)\s+back(?=\s*(?:[,.;]|$)))\b",
    re.IGNORECASE,
)
"""The clause after a planned trip that says what became of it: "X had been due to travel to
India in April, but the visit was called off", "had been due in Canberra in June, and that trip
was pushed back" (put back with nothing after it: not "pushed back a day", nor "pushed back
against the plan")."""


_DEPARTURE = re.compile(r"\bfor$", re.IGNORECASE)
"""A cue that is a departure for a place ("leaving for", "left Rabat tonight for")."""
_DESTINATION_CLAUSE = re.compile(r",\s+where\b[^;.]*")
"""The clause after a departure's destination that tells what the traveller does there
("before leaving for Peru, where he will make a state visit"): its tense is the trip's, while
the departure itself may be told in the past of the story's narrative."""


def status_of(text: str, cue: re.Match[str]) -> Status:
    """The status the clause of the cue gives ("..., after an earlier date was postponed"), or
    the clause after it for a trip that had been planned ("..., but the visit was called
    off")."""
    whole = text
    coming = _COMING.search(text, max(0, cue.start() - 80), cue.start())
    starts = [m.end() for m in _CLAUSE.finditer(text, 0, cue.start())]
    end = _CLAUSE_AFTER.search(text, cue.end())
    if starts and text.startswith("who ", starts[-1]):
        # "X, who began his trip with a stop in France, will leave ...": the relative clause
        # ends at its comma, and the main clause's future is not the stop's
        closing = _RELATIVE_END.search(text, cue.end())
        if (
            closing is not None
            and (end is None or closing.start() < end.start())
            and not _FATE_AFTER.match(text, closing.start())  # "..., cancelled his trip"
        ):
            end = closing
    main = _AFTER_RELATIVE.match(text, end.start()) if end else None
    main = main or (_AFTER_RESTRICTIVE.match(text, end.start()) if end else None)
    if main is None and end is not None and _NOUN_CUE.search(cue.group()):
        # "the working visit of X, who was due in Y on 14 May, has been postponed"
        main = _AFTER_VISITOR.match(text, end.start())
    fate = _CALLED_OFF_AFTER.match(text, end.start()) if end else None
    text = text[starts[-1] if starts else 0 : end.start() if end else len(text)]
    if fate is not None and _ANNOUNCED.search(text):
        return "cancelled" if fate["cancelled"] else "postponed"
    if main is not None:
        text += " " + main["predicate"]  # "X's visit, which had been planned, was postponed"
    purpose = _DESTINATION_CLAUSE.match(whole, end.start()) if end else None
    if purpose is not None and _DEPARTURE.search(cue.group()):
        text += " " + purpose.group()  # "before leaving for Peru, where he will make a visit"
    if _CANCELLED.search(text):
        return "cancelled"
    if _POSTPONED.search(text):
        return "postponed"
    if _INVITED_TO_CUE.search(whole, max(0, cue.start() - _INVITED_REACH), cue.end()):
        return "announced"  # "accepted the invitation of His Highness the Emir to visit"
    if _HAD.search(whole, max(0, cue.start() - _HAD_REACH), cue.start()):
        return "happened"  # "X, who had visited Y in 2022 to attend a summit, will return"
    return "announced" if coming or _ANNOUNCED.search(text) else "happened"


_INVITED_TO_CUE = re.compile(
    r"\binvitation\s+(?:of|from|(?:extended|made|issued|conveyed)\s+by)\s+[^,;.]{1,60}?\s+to\s+"
    r"(?:(?:pay|make)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2})?visit$",
    re.IGNORECASE,
)
"""A trip that is the object of an invitation whose inviter stands between ("the invitation of
His Highness the Emir to visit", "an invitation from X to pay a state visit", "an invitation
extended by X to visit"): still to come, though the clause around it is in the past ("recalled
his visit in 2019 and accepted ...")."""
_INVITED_REACH = 110
_HAD = re.compile(r"\bhad\s+(?:(?:already|previously|earlier|also|just|last|once)\s+)?$")
"""A cue verb in the past perfect ("had visited", "had already travelled"): the trip was made,
whatever future the rest of the sentence tells; "had planned a visit" or "had been due to
visit" put other words between "had" and the cue."""
_HAD_REACH = 24


_TENSED = re.compile(
    r"[.!?][\"'\u201d\u2019)]*\s*$|\b(?:am|is|are|was|were|has|have|had|will|[a-z]+ed)\b"
)
"""A sentence with a tense of its own: one ended like a sentence, or with an auxiliary or a
past verb; a heading ("State visit of X to Y, 3-6 May 2024") has neither."""


_ITINERARY = re.compile(r"\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}visit\b")
"""A stop of a programme told as what it "is": "the last leg is a state visit to Brasilia"."""


def as_of_filing(visit: Visit, told: str, filed: PartialDate | None) -> Visit:
    """The visit announced when ``told``, its sentence, is a heading with no tense of its own
    and its first day comes after the day the text was filed: a dated heading ("State visit of X
    to Y, 3-6 May 2024") cannot report as made a trip that had not begun when it was written.
    A sentence with a tense keeps its own reading ("X, who is paying a visit"), whatever day
    the text is dated, but for an itinerary's present ("The final leg of the trip is a state
    visit to Brasilia on August 24"), which is no more tensed than a heading."""
    start = visit.start
    if (
        visit.status != "happened"
        or (_TENSED.search(told) and not _ITINERARY.search(told))
        or start is None
        or filed is None
        or None in (start.year, start.month, start.day, filed.year, filed.month, filed.day)
    ):
        return visit
    if (start.year, start.month, start.day) <= (filed.year, filed.month, filed.day):
        return visit
    return replace(visit, status="announced")
