"""Who sat on which side: the people a "side" or "delegation" phrase gives a country.

Reports of talks list each party's officials under their country rather than with it: "On the
Russian side, the talks were attended by A, B and C", "A and B took part on the Uzbek side, and
C on the French side", "The Dutch delegation includes the Minister of Foreign Affairs, X",
"the Ghanaian side was represented by Y", "Ghana was represented by Trade Minister Z", "the
accords were signed for Ghana by the Minister of Trade, W". Each title there has no country of
its own ("Foreign Minister A"), so without this reading their posts have none, and nothing can
tell the Russian foreign minister from the Iranian one.

A phrase covers the names written after it when it opens the list ("on the X side, ... by",
"the X delegation includes", "X was represented by", or "On the X side," opening the
sentence), and the names written before it when it closes a clause of attendance ("attended
the talks on the X side", "took part on the X side", and the elliptic ", and C on the Y side"
after such a clause). Anywhere else ("progress made on the Turkish side") it covers no one.
The one at whose invitation a guest visits a country is on that country's side (``_inviters``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dkg.loaders.document import Document, Sentence, TextSpan
from dkg.loaders.letters import UPPER
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern

_SIDE_BEFORE = re.compile(r"\b(?:[Oo]n|[Ff]rom|[Ff]or)\s+the\s+$")
"""What opens a side phrase before its country: "on the ", "from the "."""
_SIDE_AFTER = re.compile(r"\s+side\b(?!\s+of\b)")
"""The word "side" that names a party, not a place ("on the Kenyan side of the border")."""
_OPENS_LIST = re.compile(r",?\s+(?:[a-z]+\s+){0,5}?by\b")
"""After a side phrase, what makes it open a list: "on the X side, by", "..., they were
attended by"."""
_COPULA = re.compile(r"\s+(?:were|was|are|is|will\s+be)\b")
"""After a side phrase that opens its sentence, a plain verb before its list: "On the X side
were the Minister of Y, A, and ..."."""
_HEADS_LIST_BEFORE = re.compile(r"\b[Tt]he\s+$")
_HEADS_LIST_AFTER = re.compile(
    r"\s+(?:side|delegation)\s+(?:(?:was|were|is|are|will\s+be)\s+"
    r"(?:represented|led|headed|made\s+up|composed|formed)\s+(?:by|of)|includes|included|"
    r"comprises|comprised|consists\s+of|consisted\s+of)\b"
)
""""the X side was represented by", "the X delegation includes"."""
_SIGNED_FOR = re.compile(
    r"\b(?:signed|initial(?:l)?ed|countersigned)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
    r"(?:$|.*,?\s+and\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$)"
)
_SIGNED_BY = re.compile(r"\s+by\b")
"""A country a document was signed for, and the signatory after it: "signed for Chile by",
"signed on behalf of Chile by", and the elliptic "..., and for Peru by" after one."""
_VISIT_TO = SkipAheadPattern(r"\b(?:[Vv]isits?|trip|tour)\s+to\s+(?:the\s+)?$")
"""The words that make the country after them a visit's destination: "a state visit to the "."""
_INVITED_BY = re.compile(r"\bat\s+the\s+(?:kind\s+|personal\s+)?invitation\s+of\s+")
"""Where the one who invited the guest is named, after the visit's destination."""
_SUBJECT_BEFORE = re.compile(r"(?:^|[;:]\s*|,\s+and\s+|,\s+while\s+)$")
"""Where a clause starts, so the country after it is its subject."""
_SUBJECT_AFTER = re.compile(r"\s+(?:was|were|will\s+be)\s+represented\s+by\b")
"""A country that is the subject of "was represented by": "Ghana was represented by X"."""
_ATTENDED = re.compile(
    r"\b(?:attended|took\s+part|participated|were\s+present|was\s+present|sat|were\s+seated)"
    r"(?:\s+(?:in|at)\b)?(?:\s+the)?(?:\s+[a-z-]+){0,3}?\s+$"
)
"""An attendance verb closing right before a side phrase: "attended the expanded meeting ",
"took part "; a few lower-case words at most, so no other clause comes between."""
_ELLIPSIS = re.compile(r"^,?\s+and\s+")
"""The elliptic second half of "A took part on the X side, and B on the Y side"."""
_LIST = (
    rf"(?:[{UPPER}][\w'.\u2019-]*|(?:of|for|the|and|bin|bint|al|el|da|de|di|do|dos|du|van|von|"
    r"der|den|la|le|y)\b|[,\s])+"
)
"""Titled names in a list, and nothing else: capitalised words, the small words of titles and
names, commas. A side covers such a list only, so the clause around it covers no one: in "After
Ruto welcomed Xi, Trade Minister A and Finance Minister B attended the talks on the Kenyan
side" only A and B sat on it, and in "the Kenyan delegation includes A, who met President X"
X did not."""
_LIST_BEFORE = re.compile(_LIST + "$")
_LIST_AFTER = re.compile(_LIST)
_MAY_FOLLOW = re.compile(r"^\s+(?:side|delegation|was|were|will|by)\b")
"""What may follow a country in a side phrase: tested before the sentence is looked up."""


@dataclass(frozen=True)
class Side:
    """Where in the text the people of one country's side are named."""

    scope: TextSpan
    iso2: str


def sides(document: Document) -> Iterator[Side]:
    """Each stretch of text that lists one country's side, with that country."""
    by_sentence: dict[Sentence, list[tuple[int, int, str, bool]]] = {}
    for mention in document.countries:
        following = document.text[mention.span.end : mention.span.end + 30]
        if not _MAY_FOLLOW.search(following):
            continue  # most countries are followed by no side phrase: no sentence to look up
        sentence = document.sentence_at(mention.span.start)
        if sentence is None or sentence.boilerplate:
            continue
        phrase = _side_phrase(document.text, sentence, mention.span, mention.iso2)
        if phrase is not None:
            by_sentence.setdefault(sentence, []).append(phrase)
    for sentence, phrases in by_sentence.items():
        yield from _scopes(document.text, sentence, sorted(phrases))
    yield from _inviters(document)


def _inviters(document: Document) -> Iterator[Side]:
    """The host's side of a visit made at someone's invitation: "X will pay a state visit to
    Chile at the invitation of the President, Y" makes Y Chile's president, as protocol has
    it (the host invites). An inviter named with a body ("the Chairperson of the African
    Union Commission, Z") may serve no country, and is left alone."""
    text = document.text
    for country in document.countries:
        if not _VISIT_TO.search(text, max(0, country.span.start - 40), country.span.start):
            continue  # most countries are no visit's destination: no sentence to look up
        sentence = document.sentence_at(country.span.start)
        if sentence is None or sentence.boilerplate:
            continue
        invitation = _INVITED_BY.search(text, country.span.end, sentence.span.end)
        listed = (
            _LIST_AFTER.match(text, invitation.end(), sentence.span.end) if invitation else None
        )
        if listed is None or listed.end() == listed.start():
            continue
        scope = TextSpan(listed.start(), listed.end())
        if not any(scope.contains(o.span) for o in document.organizations):
            yield Side(scope, country.iso2)


def _side_phrase(
    text: str, sentence: Sentence, country: TextSpan, iso2: str
) -> tuple[int, int, str, bool] | None:
    """The side phrase around a country mention: its start, end, country and whether it opens
    a list (True) or closes one (False); None when the mention is in no side phrase."""
    lead = text[sentence.span.start : country.start]
    side = _SIDE_BEFORE.search(lead)
    after = _SIDE_AFTER.match(text, country.end, sentence.span.end)
    if side is not None and after is not None:
        start, end = sentence.span.start + side.start(), after.end()
        opens = _OPENS_LIST.match(text, end, sentence.span.end) is not None
        opens = opens or not text[sentence.span.start : start].strip()
        return start, end, iso2, opens
    heads = _HEADS_LIST_AFTER.match(text, country.end, sentence.span.end)
    if heads is not None and _HEADS_LIST_BEFORE.search(lead):
        return country.start, heads.end(), iso2, True
    signatory = _SIGNED_BY.match(text, country.end, sentence.span.end)
    if signatory is not None and _SIGNED_FOR.search(lead):
        return country.start, signatory.end(), iso2, True
    subject = _SUBJECT_AFTER.match(text, country.end, sentence.span.end)
    if subject is not None and _SUBJECT_BEFORE.search(lead):
        return country.start, subject.end(), iso2, True
    return None


def _scopes(
    text: str, sentence: Sentence, phrases: list[tuple[int, int, str, bool]]
) -> Iterator[Side]:
    """The stretch each side phrase of one sentence covers."""
    boundary = sentence.span.start
    closing_clause = False
    for n, (start, end, iso2, opens) in enumerate(phrases):
        if opens:
            stop = phrases[n + 1][0] if n + 1 < len(phrases) else sentence.span.end
            opener = _OPENS_LIST.match(text, end, stop) or _COPULA.match(text, end, stop)
            start = opener.end() if opener is not None else end
            listed = _LIST_AFTER.match(text, start, stop)
            if listed is not None:
                yield Side(TextSpan(start, listed.end()), iso2)
            closing_clause = False
        else:
            before = text[boundary:start]
            attended = _ATTENDED.search(before)
            if attended is not None or (closing_clause and _ELLIPSIS.match(before)):
                until = boundary + attended.start() if attended is not None else start
                run = _LIST_BEFORE.search(text, boundary, until)
                if run is not None:
                    yield Side(TextSpan(run.start(), until), iso2)
                closing_clause = True
            else:
                closing_clause = False
        boundary = end
