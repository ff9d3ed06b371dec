"""Who makes a visit: the person a visit cue is about, ranked by an ordered list of rules.

"the visit of X", "X's visit", the person "received"/"welcomed" as "who is in Y on a visit",
the invitee of "invited X to visit", or else the sentence's subject. Each rule is a function
of its own, so a new phrasing is one more named rule in ``visitors`` and a test of its own,
not another branch inside a long function.
"""

from __future__ import annotations

import functools
import re

from dkg.loaders.document import PersonMention
from dkg.loaders.gazetteer import fold, load_gazetteer
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.context import SentenceView
from dkg.loaders.steps.fronted_arrivals import subjects_after_fronted_arrival
from dkg.loaders.steps.kin_clauses import KIN_CLAUSE
from dkg.loaders.steps.object_positions import after_preposition, governed
from dkg.loaders.steps.passive_makers import passive_makers
from dkg.loaders.steps.reporting_subjects import recalls_another, reports_another
from dkg.loaders.steps.spouse_companions import spouses_beside
from dkg.loaders.steps.visit_cues import member_of_group
from dkg.loaders.steps.visit_inviters import acceptors, inviters
from dkg.loaders.steps.visit_verbs import VISIT_MADE

_LED_BY = Prefiltered(
    r"\b(?:delegation|team|mission)\b[^.;]{0,40}?\b(?:led|headed) by\s+(?:[\w.-]+\s+){0,4}$",
    re.IGNORECASE,
)
_VISIT_OBJECT = re.compile(
    r"^\s*(?:(?!(?:was|were|is|are|be|been|being|has|had|have|will|would|hosted|organi[sz]ed|"
    r"arranged|received|welcomed|offered)\b)[\w-]+\s+){0,2}?(?:of|by)\s+"
    r"(?!(?:less|more|about|around|some|under|over|nearly|almost|several|a\s+few|one|two|three|"
    r"four|five|six|seven|\d+)\b)"
    r"|^\s*(?i:to)\s+(?:(?i:the)\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:(?i:of)\s+(?:(?i:the)\s+)?)?"
    r"[A-Z][\w'\u2019-]*){0,5}\s+(?:(?:paid|made|undertaken|conducted|carried\s+out)\s+)?"
    r"(?i:by)\s+",
)
""""visit of X", "trip abroad by X", "visit to the Republic of Kenya by X" (a host's official
name of several words); not a passive verb's agent ("the visit was clouded by X's remarks"),
nor the host of "a one-day visit hosted by President X", nor a length ("a visit of less than
24 hours"). The passive of the verb of making may stand before "by": "the state visit to
Vietnam paid by President X in June" is X's, whoever reports it."""
_POSSESSIVE = re.compile(
    r"^(?:'s|\u2019s)(?!(?:\s+[\w-]+){0,2}\s+invitation\b)(?:\s+[\w-]+){0,3}\s*$"
)
""""X's visit", "X's long-awaited state visit": the cue may begin with the space before its
type word (" official visit"), so the space after "'s" is optional. Not "X's invitation to
visit": X invites, and the one who accepts or is invited makes the trip."""
_INVITED = re.compile(
    r"\b(?:invit(?:ed|es|ing)|invitation\s+(?:(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:[\w-]+\s+)?)?to)\s+(?:(?:[A-Z][\w.-]*|the)\s+){0,4}$"
    r"|\b(?:invit(?:ed|es|ing)|invitation\s+to)\s+the\s+(?:[A-Z][\w.-]*\s+){1,3}of\s+"
    r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,4},?\s*$"
)
""""invited X to visit", the noun's "reaffirmed his invitation to President X to pay a visit"
and its passive "an invitation was conveyed to President X": X is the invitee, also behind a
post that names its country ("renewed his invitation to the President of the Republic of
Kenya, X, to visit")."""
_HOSTED = Prefiltered(
    r"\b(?:invitation of|(?:received|welcomed|hosted|met|greeted)\s+"
    r"(?:(?!(?:led|headed|accompanied|sent|signed|chaired)\b)[\w-]+\s+){0,4}?by)\s+"
    r"(?:(?:the|(?-i:his|her|their))\s+(?:[\w-]+\s+){0,8}?[\w-]+,\s+"
    r"(?:(?:[\w-]+\s+){1,3}?of\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+){0,3}(?:[\w.-]+\s+){0,2}"
    r"|(?:the\s+)?(?:[\w-]+\s+){0,9})$",
    re.IGNORECASE,
)
"""The host named after "invitation of" or "received by", also behind a post in apposition:
"At the invitation of the Prime Minister of India, Shri X, ..." is X's invitation, and so is
"At the invitation of his counterpart, President X, ..." (a lower-case "his": "His Majesty King
X, President Y" is the style of the inviter, and Y the guest), also after a chain of posts,
each "... of ...," ("At the invitation of the President of the Republic, Head of State, Head
of Government, Mr. X, ..."; a name in apposition ends the chain: in "of Kenya, Mr X,
President Y" the inviter is X). A host's
title may spell out the state's full name ("Prime Minister of the Kingdom of Thailand X"), so
up to nine words stand between "of" and the name. A time or place may stand between the verb
and "by" ("was received the same day by the Deputy Minister, X"); not the leader of a group
the verb's object is ("welcomed the delegation headed by X")."""
_RECEIVED = Prefiltered(
    r"\b(?:received|receives|welcomed|welcomes|greeted|greets|hosted|hosts)\s+"
    r"(?:(?!by\b)[\w.-]+\s+){0,4}$"
)
"""The guest a host received: "welcomed X"; not the host of "received at the airport by X"."""
_WHO = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][^,;()]{0,60}?(?=,))?"
    r"(?:,\s+(?:the\s+)?[A-Z][^,;()]{0,90}?){0,3}"
    r"(?:,?\s+and\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:delegation|entourage|wife|husband|spouse|team)\b)?,?\s+who\s+"
    r"(?:is|are|was|were|has|have|had|arrived|came|comes|went|goes|arrives|will|is\s+on|"
    r"finds|found|" + VISIT_MADE + r")\b"
)
"""The visitor a relative clause is about, also after a post in apposition: "received X,
President of the Government of Spain, who is paying an official visit" (or several: "X, Crown
Prince, Deputy Prime Minister and Minister of Defence, who arrived"), or after the country of
their title: "received President X of the Republic of Y, who is on a state visit", and with
those who came along: "received X and his accompanying delegation, who arrived in"."""
_WHO_CUE = re.compile(
    r"\bwho\s+(?:had\s+|has\s+|also\s+|first\s+|last\s+){0,2}\S?$"
    r"|\bwho\s+(?:is|are|was|were|finds\s+\w+self|found\s+\w+self)\s+(?:currently\s+|now\s+)?"
    r"(?:in\s+(?:the\s+country|our\s+country|[A-Z][\w'\u2019-]*)\s+)?(?:on|for|in)\s+"
    r"(?:an?|his|her|their)(?:\s+[\w-]+){0,2}?\s*$"
    r"|\bwho\s+(?:also\s+)?" + VISIT_MADE + r"\s+(?:an?|his|her|their)(?:\s+[\w-]+){0,2}?\s*$"
)
"""A cue that is the verb of a relative clause: "..., who came to", "..., who had visited", or
its noun: "his Ghanaian counterpart, X, who is in the country on a two-day working visit" is
X's trip, not that of the host who held talks with X; so is the noun after a verb of making
("who is carrying out a working visit") and in translated English "who finds himself in
Peru in an official visit"."""
_WELCOMED_TO = re.compile(r"welcom", re.IGNORECASE)
"""A cue that welcomes a guest to a place (visit_cues.py): the guest it names is the visitor."""
_NAMESAKE_CLAUSE = Prefiltered(
    r"\b(?:after|to|of|for|by|with|from)\s+(?:[\w'.\u2019-]+\s+){0,4}?[\w'.\u2019-]+"
    r"(?P<who>,?\s+who)\s+(?:had\s+|has\s+|also\s+|first\s+|last\s+){0,2}\S?$"
)
"""A relative clause at the cue whose antecedent, an object no person of the text stands for,
is its subject: "a school named after Maria Reiche, who came to", "a monument to a nurse who
had come to". The trip is that one's, not the visit's own visitor's."""
_JUDGED = re.compile(
    r"\s+(?:(?:has|had|also|warmly)\s+)?"
    r"(?:welcom|hail|prais|laud|commend|appreciat|applaud)\w*\s+(?:the|this|that)\s*$",
    re.IGNORECASE,
)
"""A subject who speaks well of "the visit" is its host or a bystander, not who made it: "the
President welcomed the visit as the first by a Japanese leader since ..."."""
_ADJACENT = re.compile(r"\s*(?:(?:also|then|later|first|once|last|had|has)\s+)?")
"""Nothing but an adverb or an auxiliary between a name and the verb of its trip."""
_APPOSED = re.compile(
    r",\s+(?:(?:also|then|later|soon)\s+)?"
    r"(?:(?:will|would|shall|is\s+(?:(?:due|set|scheduled|expected)\s+)?to|plans\s+to)\s+)?"
)
"""Between a name set off by commas and the verb of its trip, the name's own: "the Speaker of
the National Assembly, X, will travel to Chile" (not "A, B and C arrived", a list)."""
_JOINED = re.compile(r"(?:\band|&|,)\s+(?:[A-Z][\w.]*\s+){0,2}$")
"""A name that closes a list of subjects, who share the verb with the first of them."""
_HIS_VISIT = re.compile(r"\b(?:his|her|their)(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
_OWN_VISIT = re.compile(r"\s+(?:on|during|for)\s+(?:his|her|their)(?:\s+[\w-]+){0,3}\s*")
"""Between a guest and the cue of the guest's own trip: "welcomed him on his first visit"."""
_THANKED = re.compile(r"\bthank(?:ed|s|ing)?\s+(?:[\w.'\u2019-]+\s+){0,5}$", re.IGNORECASE)
_FOR_OWN_VISIT = re.compile(r"\s+for\s+(?:his|her|their|the)(?:\s+[\w-]+){0,3}\s*", re.IGNORECASE)
"""A guest thanked for the trip: "thanked the Speaker for her visit" is the Speaker's visit,
not that of the one who thanks."""
_INVITE_WORD = "invit"
"""The word every invitation holds, tested before the inviters are looked for."""
_TRIP_NOUN = re.compile(r"\b(?:visit|trip|journey)", re.IGNORECASE)


def _before(pattern: Prefiltered, text: str, at: int) -> bool:
    """Whether a pattern anchored with ``$`` ends right at ``at``, within a clause's reach."""
    return pattern.search(text, max(0, at - 120), at) is not None


def _people_after(pattern: Prefiltered, view: SentenceView) -> list[PersonMention]:
    """The people of the sentence right after a match of ``pattern`` (``_before``). The
    sentence is tested once first: where it cannot hold the pattern, no window before a
    name of it can, and each name then needs no test of its own."""
    if not pattern.may_match(view.text):
        return []
    return [m for m in view.people if _before(pattern, view.text, view.local(m.span)[0])]


_CLAUSE_JOIN = re.compile(
    r"(?:,|;)\s+(?:(?:and|but|while|whereas|as)\s+)?"
    r"|\s+(?:while|whereas|since|when|after|before|until|because)\s+"
)
"""Where a new clause with a subject of its own may start: ", and", "; ", " while ", " since "
("the first visit by a prime minister since Ana Berg attended the summit": Berg's trip)."""
_NAMED_SUBJECT = re.compile(
    r"(?P<name>(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*)(?:,[^,;]{1,60},)?"
    r"(?:\s+(?:will|would|has|had|have|is|was|were|be|been|also|then|later|already|first|due|"
    r"to|pay|pays|paid|paying|make|makes|made|making|on|a|an|his|her|their)){0,4}\s*$"
)
"""A clause led by a name, then an apposition and the auxiliaries up to the cue: "Hunter
Biden, his son, went to", "Anna Berg will pay a"; not "Y said the visit", which reports it."""


def _other_subject_between(view: SentenceView, after: int, cue_start: int) -> bool:
    """Whether the cue's clause has a named subject of its own after ``after``.

    "X visited Hanoi, and Y Z, his son, went to Kyiv": the trip is Y Z's even when Y Z is no
    recognised official, so the sentence's first person must not be credited with it. A
    country or city leading the clause ("and Kenya's ...") is no such subject."""
    for join in _CLAUSE_JOIN.finditer(view.text, after, cue_start):
        named = _NAMED_SUBJECT.fullmatch(view.text, join.end(), cue_start)
        if named is None:
            continue
        name_start = view.start + named.start("name")
        spans = [m.span for m in view.countries] + [m.span for m in view.places]
        if not any(span.start <= name_start < span.end for span in spans):
            return True
    return False


def _subjects_first(view: SentenceView, mentions: list[PersonMention]) -> list[PersonMention]:
    """The mentions with those a preposition governs last: "After his visit to Buenos Aires,
    where he held talks with President X, Y flew to Montevideo" is Y's trip."""
    governed = [m for m in mentions if after_preposition(view.text, view.local(m.span)[0])]
    return [m for m in mentions if m not in governed] + governed


_GUEST_VISITING = re.compile(
    r"\b(?:the|received|receives|welcomed|welcomes|hosted|hosts|greeted|greets|met|meets|with)\s+$",
    re.IGNORECASE,
)
"""What makes "visiting" describe a guest rather than be a verb: "received the visiting",
"hosted visiting"; not "while visiting President X", whose object is the one visited."""
_GUEST_TITLE = re.compile(
    r"\s+(?:(?:[A-Z][\w.'\u2019-]*(?:\s+[a-z][\w-]*){0,2}|of|the|and)\s+){0,6}"
)
"""The guest's title between "visiting" and the name: "Cuban Foreign Minister", "Indian
foreign minister"; a lower-case word only after a capitalised one, so "the visiting team met
President X" names no guest."""


def _describes_guest(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether the cue is "visiting" as a guest's epithet ("received the visiting minister"):
    the guest came to the host's country, which the sentence may leave to the dateline."""
    return cue.group().lower() == "visiting" and (
        _GUEST_VISITING.search(view.text, max(0, cue.start() - 12), cue.start()) is not None
    )


def visiting_guests(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """The guest the cue describes: "received the visiting Cuban Foreign Minister X" is X's
    visit, whoever received X, to the host's country or else the dateline's."""
    if not _describes_guest(view, cue):
        return []
    return [
        m
        for m in view.people
        if _GUEST_TITLE.fullmatch(view.text, cue.end(), view.local(m.span)[0]) is not None
        and _title_words_only(view.text[cue.end() : view.local(m.span)[0]])
    ][:1]


@functools.cache
def _post_words() -> frozenset[str]:
    """The words posts are written with ("foreign", "minister", "leader", "chief"), in lower
    case: a guest's title holds no other word in lower case."""
    titles = load_gazetteer().titles
    phrases = [
        *titles.head_titles,
        *titles.rank_prefixes,
        *titles.role_nouns,
        *titles.portfolio_forms,
    ]
    return frozenset(word for phrase in phrases for word in fold(phrase).split())


def _title_words_only(between: str) -> bool:
    """Whether the words in lower case between "visiting" and a name are all words of a post
    ("the visiting Chilean foreign minister X"), not a verb that ends the guest's phrase:
    "the visiting Sudanese leader thanked President X" names X as the one thanked, the host."""
    words = _post_words()
    return all(fold(word) in words for word in between.split() if word[:1].islower())


def visit_object(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """The person right after a trip noun's "of" or "by": "the visit of X"."""
    of = _VISIT_OBJECT.match(view.text[cue.end() :])  # its "^" anchors at the slice's start
    if of is None or not _TRIP_NOUN.search(cue.group()):
        return []
    at = view.start + cue.end() + of.end()
    near = [m for m in view.people if at <= m.span.start <= at + 60]
    # "planned by the president's predecessor, X": the owner of a title is not the visitor.
    owned = [m for m in near if view.text.startswith(("'s", "\u2019s"), view.local(m.span)[1])]
    if near:
        return [m for m in near if m not in owned] or near
    # Only where no one is named near "of": the first name past a long post, no later one.
    return [
        m
        for m in view.people
        if at <= m.span.start <= at + 160
        and _LONG_TITLE.fullmatch(view.text, at - view.start, view.local(m.span)[0]) is not None
    ][:1]


_LONG_TITLE = re.compile(r"(?:the\s+)?(?:(?:(?:[A-Z][\w.'\u2019-]*|of|the|and|for)(?!\w)|,)\s*)+")
"""A post whose portfolios a comma list spells out before the name of the one who holds it:
"the visit of the Minister of Foreign Affairs, Regional Integration and International Trade,
Mr X, to Y" is X's visit, however far the name lies from "of"."""


_BEFORE_MAKER = re.compile(r"\s+(?:(?:that|which)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3})?")
"""Between the trip noun and its maker: "that", and the maker's title ("the visit that
President X made")."""
_MADE_AFTER = re.compile(
    r"\s+(?:had\s+|has\s+|first\s+|last\s+)?(?:(?:planned|intended|foresaw|was\s+to|were\s+to|"
    r"had\s+planned|had\s+foreseen)\s+(?:to\s+)?(?:make|pay|realize|realise|undertake|carry\s+out)|"
    + VISIT_MADE
    + r")\b"
)
"""The maker's verb, also of a plan ("the state visit that X planned to make to Y", as a
translation says "foresaw to realize"), whose fate the sentence then tells."""


def makers_named_after(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """The person between a trip noun and the verb by which they made it: "the state visit
    Modi paid to France in 2023", "the visit that Lula made to Angola"; the noun comes first,
    so no rule that looks before the cue or after its "of" finds them."""
    if not _TRIP_NOUN.search(cue.group()):
        return []
    for mention in view.people:
        start, end = view.local(mention.span)
        if start <= cue.end() or not _BEFORE_MAKER.fullmatch(view.text, cue.end(), start):
            continue
        return [mention] if _MADE_AFTER.match(view.text, end) else []
    return []


def delegation_leaders(view: SentenceView) -> list[PersonMention]:
    """The one who leads "a delegation led by X", who makes its visit."""
    return _people_after(_LED_BY, view)


def named_before(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """The people named before the cue who may be its subject: not one a speaker reports
    about, nor one who speaks well of "the visit"."""
    return [
        m
        for m in view.people
        if view.local(m.span)[1] <= cue.start()
        and not reports_another(view, m, cue)
        and not recalls_another(view, m, cue)
        and not _JUDGED.fullmatch(view.text, view.local(m.span)[1], cue.start())
    ]


def adjacent_subjects(
    view: SentenceView, cue: re.Match[str], before_cue: list[PersonMention]
) -> list[PersonMention]:
    """The name right before the verb of a trip: "... since Shinzo Abe came to Cairo" is its
    subject, whoever opened the sentence. Not before "to visit", whose subject may be the one
    who invites ("the invitation of King X to visit"), nor the last of joined subjects ("The
    King and Queen X arrived")."""
    if cue.group().startswith("to "):
        return []
    text = view.text
    return [
        m
        for m in before_cue
        if (
            _ADJACENT.fullmatch(text, view.local(m.span)[1], cue.start())
            and not _JOINED.search(text, max(0, view.local(m.span)[0] - 40), view.local(m.span)[0])
        )
        or (
            text.endswith(", ", 0, view.local(m.span)[0])
            and _APPOSED.fullmatch(text, view.local(m.span)[1], cue.start())
        )
    ]


def possessive_owners(
    view: SentenceView, cue: re.Match[str], before_cue: list[PersonMention]
) -> list[PersonMention]:
    """The owner of "X's visit", "X's long-awaited state visit"; not of "X's predecessor Y
    visited", where another person stands between the owner and the cue."""
    owners = []
    for mention in before_cue:
        end = view.local(mention.span)[1]
        between = [m for m in view.people if end <= view.local(m.span)[0] < cue.start()]
        if not between and _POSSESSIVE.match(view.text[end : cue.start()]):
            owners.append(mention)
    return owners


def invitees(
    view: SentenceView, cue: re.Match[str], before_cue: list[PersonMention]
) -> list[PersonMention]:
    """The invitee of "invited X to visit"."""
    return [
        m
        for m in before_cue
        if _INVITED.search(view.text, max(0, view.local(m.span)[0] - 80), view.local(m.span)[0])
    ]


def thanked_guests(
    view: SentenceView, cue: re.Match[str], before_cue: list[PersonMention]
) -> list[PersonMention]:
    """The guest thanked for the trip: "Yoon thanked the Speaker for her visit" is the
    Speaker's."""
    text = view.text
    return [
        m
        for m in before_cue
        if _THANKED.search(text, max(0, view.local(m.span)[0] - 40), view.local(m.span)[0])
        and _FOR_OWN_VISIT.fullmatch(text, view.local(m.span)[1], cue.start())
    ]


def relative_clause_subjects(
    view: SentenceView, before_cue: list[PersonMention]
) -> list[PersonMention]:
    """The people a "who ..." clause is about, the nearest to the cue first."""
    return [m for m in reversed(before_cue) if _WHO.match(view.text, view.local(m.span)[1])]


def cue_in_relative_clause(view: SentenceView, cue: re.Match[str]) -> bool:
    """Whether the cue is the verb of a "who" clause ("hosted by Kishida, who came to the White
    House"), so only the one the clause is about can have made that trip."""
    return _WHO_CUE.search(view.text, max(0, cue.start() - 60), cue.start() + 1) is not None


def received_guests(view: SentenceView) -> list[PersonMention]:
    """The guests a host received or welcomed: "A received X"."""
    return _people_after(_RECEIVED, view)


def guests_on_own_visit(
    view: SentenceView, cue: re.Match[str], received: list[PersonMention]
) -> list[PersonMention]:
    """The guests whose own trip the cue is: "welcomed him on his first visit abroad", not a
    visit of the host's."""
    return [
        m for m in received if _OWN_VISIT.fullmatch(view.text, view.local(m.span)[1], cue.start())
    ]


def clause_subjects(
    view: SentenceView,
    cue: re.Match[str],
    before_cue: list[PersonMention],
    received: list[PersonMention],
) -> list[PersonMention]:
    """The subjects of the cue's clause, those a preposition governs last. Not the host named
    after "received by", nor a subject of an earlier clause, nor one who received a guest
    before the cue ("A welcomed X to State House, ... a State Visit": A is the host of that
    visit, even when no country of A's is known)."""
    guests = {m.person for m in received}
    welcomed_at = min((view.local(m.span)[0] for m in received), default=-1)
    # A sentence that cannot hold "hosted by" has no name after one: no name tested then.
    may_be_hosted = bool(before_cue) and _HOSTED.may_match(view.text)
    return _subjects_first(
        view,
        [
            m
            for m in before_cue
            if not (may_be_hosted and _before(_HOSTED, view.text, view.local(m.span)[0]))
            and not _other_subject_between(view, view.local(m.span)[1], cue.start())
            and not (m.person not in guests and view.local(m.span)[1] <= welcomed_at)
        ],
    )


def subjects_after_own_visit(view: SentenceView) -> list[PersonMention]:
    """The subject that follows "During his visit to Baku, X ...": anyone not a host, nor one
    the trip's maker met ("It follows his visit to Ghana, when he met President X": X was met
    there, so the "his" is someone else's)."""
    return [
        m
        for m in view.people
        if not _before(_HOSTED, view.text, view.local(m.span)[0])
        and not governed(view.text, view.local(m.span)[0])
    ]


_FRONTED = re.compile(
    r"\s*(?:during|within\s+the\s+framework\s+of|in\s+the\s+framework\s+of|as\s+part\s+of|"
    r"in\s+the\s+course\s+of|in\s+the\s+context\s+of)\s+(?:the|this)(?:\s+[\w-]+){0,2}?\s*",
    re.IGNORECASE,
)
"""A trip named by the phrase that opens the sentence: "During the state visit to", "Within the
framework of the official visit to"."""
_DESTINATION = re.compile(r"(?<=\bto)\s|\s+to\s")
"""The "to" that names where the opening phrase's trip goes: the trip is this sentence's news."""
_TITLED_SUBJECT = re.compile(r",\s+(?:(?:[A-Z][\w'\u2019.-]*|of|the)\s+){0,8}")
"""The comma that closes an opening phrase, then the title words before its clause's subject."""
_NO_GUEST = re.compile(
    r"\s+(?:(?:also|then|later|warmly)\s+)?(?:received|receives|hosted|hosts|welcomed|welcomes|"
    r"greeted|greets|said|says|told|tells|stated|noted)\b",
)
"""What the subject of a host or a speaker does next: "X received Y", "X said"."""


def subjects_after_fronted_visit(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """The subject of the clause that a sentence-opening trip phrase leads into: "Within the
    framework of the official visit to Germany, President X held talks" is X's trip, as "During
    his visit" is. Not a host who receives or hosts someone, nor a speaker who reports it."""
    if not _FRONTED.fullmatch(view.text, 0, cue.start()) or not _DESTINATION.match(
        view.text, cue.end()
    ):
        return []  # "During the visit, X will meet him": the trip told before, maybe X's guest
    comma = view.text.find(",", cue.end())
    for mention in view.people:
        start, end = view.local(mention.span)
        if start > comma >= 0:
            if _TITLED_SUBJECT.fullmatch(view.text, comma, start) and not _NO_GUEST.match(
                view.text, end
            ):
                return [mention]
            return []
    return []


_PARTICIPLE_DEPARTURE = re.compile(
    r"\b(?:before|after|when|on)\s+(?:leaving|departing)\b", re.IGNORECASE
)
"""A departure told as a participle of the main clause ("called on X before leaving for
Rome"), whose traveller is the subject of that clause, not the person named last."""
_OPENING_WORDS = re.compile(
    r"(?:(?:On|In|At|By|Later|Earlier)\b[^,;.]{0,40},\s+)?(?:(?:[A-Z][\w.'\u2019-]*|of|the)\s+)*"
)
"""Only a title or name may stand before a sentence's subject ("Prime Minister X"), after the
time or place the sentence may open with ("On Friday 7th June, President X")."""


def opening_subject(view: SentenceView, before_cue: list[PersonMention]) -> list[PersonMention]:
    """The person who opens the sentence as its subject, if one does: "The visiting president
    also met General X, before leaving for Y" names no traveller, X is the one met."""
    return [
        m
        for m in before_cue[:1]
        if _OPENING_WORDS.fullmatch(view.text, 0, view.local(m.span)[0]) is not None
    ]


def visitors(view: SentenceView, cue: re.Match[str]) -> list[PersonMention]:
    """Who the visit may be about, most likely first, by the phrasing rules in order."""
    if KIN_CLAUSE.search(view.text, max(0, cue.start() - 80), cue.start()):
        return []  # "..., and his sister went ahead to Rome": a relative's trip
    if _WELCOMED_TO.match(cue.group()):
        # "Ruto welcomed him to Kenya": the one welcomed came, not the host.
        return [m for m in view.people if cue.start() < view.local(m.span)[0] < cue.end()][:1]
    before_cue = named_before(view, cue)
    if _PARTICIPLE_DEPARTURE.search(view.text, max(0, cue.start() - 12), cue.end()):
        return opening_subject(view, before_cue)
    thanked = thanked_guests(view, cue, before_cue)
    if thanked:
        return thanked[:1]
    relative = relative_clause_subjects(view, before_cue)
    if relative and cue_in_relative_clause(view, cue):
        return relative[:1]
    if member_of_group(view, cue):
        return opening_subject(view, before_cue)  # "X was among the envoys who flew in"
    namesake = _NAMESAKE_CLAUSE.search(view.text, max(0, cue.start() - 80), cue.start() + 1)
    if namesake and not any(view.local(m.span)[1] == namesake.start("who") for m in view.people):
        return []  # "a school named after Maria Reiche, who came to Peru": not the visitor's
    owners = possessive_owners(view, cue, before_cue)
    if owners:
        # "Chinh hailed Luxon's visit": the one whose visit it is made it, and where no host
        # can be found for them, the sentence's other people did not make it instead.
        return owners[:1]
    received = received_guests(view)
    his_visit = _HIS_VISIT.search(view.text[max(0, cue.start() - 30) : cue.start()]) is not None
    ranked = [
        *visiting_guests(view, cue),
        *visit_object(view, cue),
        *makers_named_after(view, cue),
        *(passive_makers(view, cue) if _TRIP_NOUN.search(cue.group()) else []),
        *delegation_leaders(view),
        *adjacent_subjects(view, cue, before_cue),
        *invitees(view, cue, before_cue),
        *relative,
        *(guests_on_own_visit(view, cue, received) if his_visit else received),
        *clause_subjects(view, cue, before_cue, received),
        *(subjects_after_own_visit(view) if his_visit else []),
        *subjects_after_fronted_visit(view, cue),
        *subjects_after_fronted_arrival(view, cue),  # "Arrived in Ankara, the minister ..."
    ]
    if _describes_guest(view, cue) and not visiting_guests(view, cue):
        # "X met the visiting Danish king in Lisbon": the guest is unnamed there, and X, who
        # met him, is the host; only a person told after the epithet may be the guest.
        ranked = [m for m in ranked if view.local(m.span)[0] >= cue.end()]
    hosts = inviters(view, cue) if _INVITE_WORD in view.text.lower() else set()
    if hosts:
        ranked = [*acceptors(view, cue), *ranked]
    # "The President and the First Lady X arrived": X accompanies, the trip is the President's.
    companions = {start for start, _ in spouses_beside(view.text)}
    first: dict[str, PersonMention] = {}
    for mention in ranked:
        if mention.person not in hosts and view.local(mention.span)[0] not in companions:
            first.setdefault(mention.person, mention)  # not "A invited B to visit Riga"
    return list(first.values())
