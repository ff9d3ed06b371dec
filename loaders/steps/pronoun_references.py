"""Pronouns that refer back to people: "He said", "received him", and the writer's "I".

A sentence that opens with "He"/"She" goes on about the person the text was about; an object
pronoun is someone other than the sentence's subject; in a signed statement, "I" and "my" are
the signer. ``ReferenceResolver`` (resolve.py) adds these after names, surnames and roles.
"""

from __future__ import annotations

import re

from dkg.loaders.document import Document, PersonMention, TextSpan
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.calendar_words import WEEKDAY_NAME
from dkg.loaders.steps.list_markers import BULLET
from dkg.loaders.steps.object_positions import in_object_position
from dkg.loaders.steps.release_authors import heading_author

_PRONOUN = re.compile(
    rf"^(?:{BULLET}\s+)?"  # a list item's marker
    r"(?:[A-Z][\w ,]{0,40},\s+|(?:After|Following|Before|During|Upon)"
    rf"(?:\s+(?:[a-z\d][\w'\u2019-]*|{WEEKDAY_NAME})){{1,14}},\s+"
    r"|[A-Z][\w ]{0,30}?\b(?:later|earlier|day|morning|afternoon|"
    rf"evening|night|noon|midday|midnight|dawn|dusk|week|{WEEKDAY_NAME})\s+"
    r"|(?:Later|Afterwards|Subsequently|Then)\s+"
    r"|(?:In|At|From)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+"
    r"|(?:On|In)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|\d{4})(?:,?\s+\d{4})?\s+)?"
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+"
    rf"|on\s+{WEEKDAY_NAME}\s+)?"
    r"(?P<pronoun>(?:[Hh]e|[Ss]he)\b|[Hh](?:is|er)(?=\s+(?:[\w-]+\s+)?(?:talks|meetings?|"
    r"discussions|conversation|t[eê]te-[aà]-t[eê]te)\s+with\b"
    r"|\s+(?:[a-z][\w-]*(?<!'s)\s+){0,2}(?:visit|trip)\s+(?:abroad\s+)?(?:was\s+)?to\b))"
)
"""A "He"/"She" that opens its clause, also after a time or place opener with or without its comma:
"On Monday, she", a longer scene before it that names no one ("After a ceremonial welcome at the
palace on Wednesday morning, he"), "Two days later he", "Later she", "The next morning she", "At
noon she" (any time of day), "In Manila he", "On Wednesday in Rome she", "In Lima on Friday he", "On
3 March she", "In 2019 he", and after the marker of a list item ("- He met ..." under a story's key
points). A possessive opening talks told as a noun ("His talks with President X focused on trade",
"Her first meeting with Y") is the same person: without it the talks have one named side and are
lost. One word at most before the noun: "His successor held talks with" is someone else's talks. So
is one opening a trip ("His previous visit to Japan was in 2005", "His first state visit
abroad was to India"), but not another's ("His wife's visit to")."""
_CLAUSE_PRONOUN = re.compile(r"[:;]\s+(?P<pronoun>[Hh]e|[Ss]he)\b")
"""A "he"/"she" opening the clause after a colon or semicolon."""
_VERB_ONLY = re.compile(r"\s+(?!(?:and|but|then|or|before|after)\b)(?:\w+\s+){0,1}\w+\s+")
"""What lies between a subject and its object pronoun: "X received him", "X warmly greeted her"."""
_APPOSED_VERB = re.compile(r",\s+(?:[a-z]+\s+)?[a-z]+\s+")
"""Between a name in apposition and the object pronoun of its verb: "..., X, welcomed him"."""
_OBJECT_PRONOUN = re.compile(
    r"h(?<!\w.)(?:im\b|er\b(?=\s*(?:[,.;]|(?:at|in|on|with|to|for|and)\b)))"
)
"""An object pronoun ("received him"); possessive "her" ("her visit") is left alone. The word
boundary is tested after the "h", so that re skips to the letter h at C speed."""
_OWN_CLAUSE = re.compile(r",\s+(?:where|when|while|as)\s+(?:[a-z][\w-]*\s+){1,8}$")
"""A clause after the subject's own, led by words that name no one up to the pronoun's verb:
", where traders selling fruit greeted "."""
_TRIP_TOOK = re.compile(
    r"\b(?:that|which)\s+(?:has\s+|had\s+|will\s+)?(?:also\s+)?"
    r"(?:took|taken|takes?|brought|brings?|led|leads?)\s+$"
)
"""A trip "that took him to": "him" is whoever makes the trip, the sentence's subject."""

_SEQUEL = re.compile(
    r"\s+(?:(?:was|is|will|would|had|has)\s+)?(?:then|later|next|afterwards)\s+"
    r"(?!(?:said|says|told|tells|added|adds|noted|stressed|explained)\b)"
)
"""After an opening pronoun, the next step of a story's events: "He was then to fly to Quito",
"She later visited a mosque"; not a speaker's next words ("He later told reporters")."""
_REPORTS = re.compile(
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:also\s+)?"
    r"(?:said|says|told|tells|added|adds|noted|notes|stressed|explained|briefed)\b"
)
"""What follows the subject of a sentence that reports words, not events: "Foreign Minister X
said the talks covered mining", "X, the spokesman, told reporters"."""


def pronoun_mentions(document: Document, mentions: list[PersonMention]) -> list[PersonMention]:
    """A sentence-initial "He"/"She" is the first person of the last sentence naming one (or
    the person of the last sentence the pronoun opened); "him"/"her" is that person too when
    someone else is the subject of the sentence."""
    found = []
    last: str | None = None
    named: list[str] = []  # the people of the last sentence that names any, in its order
    acting: str | None = None  # whom the last sentence that tells events, not words, was about
    counterpart: str | None = None  # the last one beside that sentence's subject
    position = 0
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        # An opening "He" means the person of an earlier sentence: before anyone is named,
        # nothing it says is read, so its patterns are not run.
        match = _PRONOUN.match(sentence.text) if last is not None else None
        inside = []
        while position < len(mentions) and mentions[position].span.start < sentence.span.end:
            if mentions[position].span.start >= sentence.span.start:
                inside.append(mentions[position])
            position += 1
        if match is None and last is not None and not inside:
            # "It is not his first time there: he had visited Accra in 2018": a clause after a
            # colon or semicolon opens as a sentence does, when no one is named before it
            match = _CLAUSE_PRONOUN.search(sentence.text)
        opened = match is not None and last is not None
        if match is not None and last is not None:
            start = sentence.span.start + match.start("pronoun")
            # "X met Y. Minister Z said ... . He was then to fly on": X, whose steps go on.
            sequel = acting is not None and _SEQUEL.match(sentence.text, match.end()) is not None
            meant = acting if sequel and acting is not None else last
            bound = _of_gender(document.text, mentions, match["pronoun"], [meant, *named])
            if bound is not None:
                last = bound
                found.append(
                    PersonMention(TextSpan(start, start + len(match["pronoun"])), bound, "pronoun")
                )
        elif inside:
            for obj in _OBJECT_PRONOUN.finditer(sentence.text):
                start = sentence.span.start + obj.start()
                if start <= inside[0].span.start:
                    continue
                # "B received him": the person the previous sentence was about; "A spoke with B
                # and invited him": the last person named after the subject.
                before = [m for m in inside if m.span.end <= start]
                if _TRIP_TOOK.search(sentence.text, 0, obj.start()):
                    span = TextSpan(start, start + len(obj.group()))
                    traveller = _relative_antecedent(
                        sentence.text[: obj.start()], sentence.span.start, before
                    )
                    found.append(PersonMention(span, traveller or inside[0].person, "pronoun"))
                    break
                closest = before[-1]
                gap = document.text[closest.span.end : start]
                if _VERB_ONLY.fullmatch(gap):
                    # "A flew to Lima, where B received him": A, named first; else the
                    # person the previous sentence was about.
                    first = inside[0].person
                    target = first if first != closest.person else last
                    subject = closest.person
                else:
                    # "after the Crown Prince, X, welcomed him": X is the subject, not "him".
                    subject_named = _APPOSED_VERB.fullmatch(gap) is not None
                    others = [
                        m.person
                        for m in before[1:]
                        if m.person != inside[0].person
                        and not (subject_named and m.person == closest.person)
                    ]
                    subject = inside[0].person
                    # "A toured the market, where traders greeted him": a clause of its own
                    # whose subject is no one named; "him" is A, who meets no one there.
                    within = not others and _OWN_CLAUSE.search(gap) is not None
                    target = others[-1] if others else (subject if within else last)
                if target == subject and _VERB_ONLY.fullmatch(gap):
                    # "A met B on Monday. A welcomed him": the one the sentence before
                    # named beside its subject.
                    target = counterpart
                if target is not None and target != subject:
                    span = TextSpan(start, start + len(obj.group()))
                    found.append(PersonMention(span, target, "pronoun"))
                    found += _clause_repeats(
                        sentence.text, sentence.span.start, obj, target, inside
                    )
                break
        if inside and not opened:
            # "She was received by X. She then held talks with Y.": a sentence opened by the
            # pronoun is still about its person, whoever else it names.
            last = _subject(document.text, inside)
            named = [m.person for m in inside]
            others = [m.person for m in inside if m.person != last]
            counterpart = others[-1] if others else None
            if not _reports(document.text, inside, last):
                acting = last
        elif opened:
            acting = last
    return found


_WHO = re.compile(r",\s+who\b")
"""The opening of a relative clause about the name before its comma."""


def _relative_antecedent(text: str, base: int, before: list[PersonMention]) -> str | None:
    """The person a "who" clause holding the trip is about: in "A received the Minister B, who
    arrived on a tour that took him to Peru", "him" is B, the guest, not A, the subject."""
    at = text.rfind("who")
    if at < 0:
        return None
    clause = _WHO.search(text, max(0, at - 8), at + 3)
    if clause is None:
        return None
    named = [m for m in before if m.span.end - base <= clause.start()]
    return named[-1].person if named and named[-1].span.end - base == clause.start() else None


_NEXT_CLAUSE = re.compile(r",\s+(?:and|while|then)\s+(?=[A-Z])")
"""A coordinated clause that opens with a subject of its own: ", and Prime Minister B"."""


def _clause_repeats(
    text: str, base: int, first: re.Match[str], target: str, inside: list[PersonMention]
) -> list[PersonMention]:
    """The same object pronoun again in later clauses that each name their own subject: in
    "King A received him on Tuesday, and Prime Minister B hosted talks with him on Wednesday"
    both are the guest; without this the second host and the guest share one meeting."""
    found = []
    at = first.end()
    while (clause := _NEXT_CLAUSE.search(text, at)) is not None:
        after = _NEXT_CLAUSE.search(text, clause.end())
        end = after.start() if after is not None else len(text)
        at = end
        subject = next(
            (m for m in inside if clause.end() <= m.span.start - base < clause.end() + 40), None
        )
        if subject is None or subject.person == target:
            continue
        for obj in _OBJECT_PRONOUN.finditer(text, subject.span.end - base, end):
            if obj.group() == first.group():
                span = TextSpan(base + obj.start(), base + obj.end())
                found.append(PersonMention(span, target, "pronoun"))
                break
    return found


_ADDRESSED = SkipAheadPattern(
    r"(?:(?P<male>\b(?:Mr|Monsieur|Herr|Señor|Sir|Lord|King|Prince|Sultan|Emir|Sheikh|Shaikh"
    r"|Crown Prince|Duke|Baron|Count)\.?)"
    r"|(?P<female>\b(?:Mrs|Ms|Miss|Madam|Madame|Mme|Frau|Señora|Dame|Lady|Queen|Princess"
    r"|Sheikha|Shaikha|Begum|Baroness|Duchess|Countess)\.?))\s+$"
)
"""A form of address or a royal title that tells a man ("Mr", "King") from a woman ("Ms",
"Queen") right before a name."""


def _of_gender(
    text: str, mentions: list[PersonMention], pronoun: str, people: list[str | None]
) -> str | None:
    """The first of ``people`` a "he"/"she" may stand for: one the text addresses as a man is
    no "she", nor one addressed as a woman a "he" ("Mr Ito met Ms Kato. She said"); a person
    whose sex the text does not tell may be either. None when each candidate is of the
    other sex."""
    female = pronoun.casefold() in ("she", "her")
    for person in people:
        if person is None:
            continue
        sexes = {
            found.lastgroup
            for mention in mentions
            if mention.person == person
            and (
                found := _ADDRESSED.search(
                    text, max(0, mention.span.start - 16), mention.span.start
                )
            )
        }
        if ("male" if female else "female") not in sexes or len(sexes) > 1:
            return person
    return None


def _reports(text: str, inside: list[PersonMention], subject: str) -> bool:
    """Whether the sentence's subject is named only to report what was said."""
    named = next(m for m in inside if m.person == subject)
    return _REPORTS.match(text, named.span.end) is not None


def _subject(text: str, inside: list[PersonMention]) -> str:
    """Whom a sentence is about: the first person it names who is no verb's or preposition's
    object ("After talks with President X in Lima, Y flew on to Quito" is about Y), else the
    first it names."""
    for mention in inside:
        if not in_object_position(text, mention.span.start):
            return mention.person
    return inside[0].person


FIRST_PERSON = SkipAheadPattern(
    r"\b(?:I|[Mm]e|[Mm]y)\b(?!['\u2019]|\.\s*[A-Z]\.)"
    r"|\b[Ww]e(?=\s+(?:(?:also|then|first|later|recently|just|both)\s+)?"
    r"(?:travell?ed|flew|went|came|visited|arrived|landed|were\s+(?:in|at))\b)"
)
"""The writer in the first person singular ("Today I am in Jakarta", "welcomed me", "my visit");
"I." of a list or an initial is not a pronoun. A "we" that travels ("We travelled to Lima in
March") takes the writer along, so the trip is the writer's too; any other "we" may be a
government or both sides ("we agreed", "we export beef") and names no one."""
_QUOTES = re.compile(r"[\"\u201c\u201d]")
_SIGN_OFF_LENGTH = 120
"""A closing line longer than this is a paragraph of the story, not a signature."""
_AUTHOR_NOTE = re.compile(r"[*_(\u2014\u2013-]*\s*(?:The\s+(?:author|writer)(?:\s+is|,)\s+)?")
"""What may stand before the signer's name on the last line: a dash or emphasis, and an
op-ed's note on its writer ("The author is X, Australia's Minister for Foreign Affairs")."""


def first_person_mentions(document: Document, named: list[PersonMention]) -> list[PersonMention]:
    """In a statement signed at its end ("Anthony Albanese, Prime Minister"), "I", "me" and
    "my" outside quotations are the signer: first-person media releases and op-eds."""
    signer = _signer(document, named) or heading_author(document, named)  # "The Hon X MP"
    if signer is None:
        return []
    found = []
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        for match in FIRST_PERSON.finditer(sentence.text):
            if len(_QUOTES.findall(sentence.text, 0, match.start())) % 2:
                continue  # inside someone's quoted words
            start = sentence.span.start + match.start()
            found.append(
                PersonMention(TextSpan(start, start + len(match.group())), signer, "pronoun")
            )
    return found


def _signer(document: Document, named: list[PersonMention]) -> str | None:
    """The person whose name opens the document's last line (after a dash or "The author
    is"), when that line is a short sign-off and not a sentence of the story."""
    text = document.text.rstrip()
    start = text.rfind("\n") + 1
    if start == 0 or len(text) - start > _SIGN_OFF_LENGTH:
        return None
    note = _AUTHOR_NOTE.match(text, start)
    offset = note.end() if note is not None else start
    return next((m.person for m in named if m.span.start == offset), None)
