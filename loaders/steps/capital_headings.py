"""Headings set in capitals, read for their people and dates as if in title case.

Court circulars, communiqués and agencies print headings in capitals ("STATE VISIT TO KENYA BY
THEIR MAJESTIES KING CHARLES III AND QUEEN CAMILLA", "PRESIDENT RUTO RECEIVES PRIME MINISTER
X"). The people recognizer tells names by their capital initial, so in capitals every word looks
like a name and none is read; a court circular then never names "The King" it goes on about.
Reading the heading in title case, with the same length so that every offset stays true, lets
the usual title-and-name rules find the people it names, and the date readers the dates
("31st OCTOBER TO 3rd NOVEMBER 2023") whose month names they know in title case only.

Title case also capitalises verbs ("THE PRESIDENT ARRIVED IN ISRAEL" reads "The President
Arrived"), so a name read from such a heading is kept only when the text writes the whole name
again in its own case, or when it is a sovereign's short name (a king, an emir, a crown
prince), whom the story below then calls only "The King" or "His Highness".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from dkg.loaders.document import Document, Sentence, TextSpan
from dkg.loaders.gazetteer import fold, load_gazetteer
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.kingdom_references import ROYAL_POSTS
from dkg.loaders.steps.person_clusters import Candidate
from dkg.loaders.steps.person_names import PARTICLE_WORD
from dkg.loaders.steps.read import SENTENCE_END
from dkg.loaders.steps.title_case_headings import is_title_case_headline

_WORD = re.compile(r"(?<![\w])[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_LOWER_PAIR = re.compile(r"(?<!\w)[^\W\d_]*?[a-z]{2}")
"""A word holding two lower-case letters in a row, which a sentence set in capitals never holds
(the "th" of "12th" is no word): found at C speed, it spares listing the words of nearly every
sentence."""
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)\Z")
"""A regnal number after a name ("Charles III", "Felipe VI"), kept in capitals."""
_SMALL = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"}
)
"""Words that title case leaves in lower case: a name never starts with them."""
_MIN_WORDS = 3
"""A line of fewer capitalised words is an acronym or a label ("UN", "Q"), not a heading."""
_ROYAL_WORDS = 3
"""A sovereign's name in a heading is short ("Charles III", "Hassanal Bolkiah"); a longer one has
run on into the words after it ("Charles III Receives President Ruto")."""
_MIN_STEM = 3
"""A shorter word ("al", "el") of a headline name says nothing when the story writes it."""


def in_title_case(sentence: Sentence) -> Sentence:
    """The sentence with its text in title case when every word of it is in capitals (a copy of
    it when it is a headline in title case already)."""
    if _LOWER_PAIR.search(sentence.text):
        # Two lower-case letters belong to a word not in capitals: most text. A headline already
        # in title case comes back as a copy, so that its names are checked like a heading's.
        return replace(sentence) if is_title_case_headline(sentence) else sentence
    words = [w for w in _WORD.finditer(sentence.text) if len(w.group()) > 1]
    if len(words) < _MIN_WORDS or not all(w.group().isupper() for w in words):
        return sentence
    cased = _WORD.sub(_cased_word, sentence.text)
    if len(cased) != len(sentence.text):
        return sentence  # a letter whose case changes its length: offsets would no longer hold
    return replace(sentence, text=cased)


def _cased_word(match: re.Match[str]) -> str:
    word = match.group()
    if _ROMAN.match(word) and match.start() > 0:
        return word
    if word.casefold() in _SMALL and match.start() > 0:
        return word.lower()
    return word[0] + word[1:].lower()


def heading_names(
    candidates: Iterable[Candidate], sentence: Sentence, document: Document
) -> Iterator[Candidate]:
    """The people read from a heading that are people: a sovereign, or someone whose name the
    text writes again outside the heading (in its own case under a heading in capitals; in any
    case under a headline in title case, whose names may come again in capitals below, as in
    "Remarks by President Biden ..." over "PRESIDENT BIDEN:")."""
    story = document.text[: sentence.span.start] + document.text[sentence.span.end :]
    rest = story
    title_case = sentence.text == document.text[sentence.span.start : sentence.span.end]
    if title_case:
        if _story_before(sentence, document):
            yield from candidates  # "Yoweri Museveni, President of Uganda" signs the story
            return
        rest = rest.casefold()
    for candidate in candidates:
        name = candidate.name.casefold() if title_case else candidate.name
        if name in rest or (title_case and _speaker_label(candidate, story)):
            yield candidate
            continue
        if candidate.post is None or fold(candidate.post.title) not in ROYAL_POSTS:
            continue
        short = _before_story_words(candidate, story) if title_case else candidate
        short = _regnal_end(short) if short is not None else None
        # "Crown Prince Receives Emir", "King Receives Mauritanian President": a name holding
        # a royal title or another head's title has run on past the name.
        if (
            short is not None
            and _head_title_words().isdisjoint(fold(short.name).split())
            and len(short.name.split()) <= _ROYAL_WORDS
        ):
            yield short


_HEADLINE_WORD = re.compile(r"\S+")
_LABEL = r"(?im)^[^\S\n]*[*_]{{0,2}}(?:(?:mr|ms|mrs|dr)\.?\s+)?{name}[*_]{{0,2}}\s*:"
"""A transcript's speaker label at the start of a line: "**Chen:**", "MR CHEN:"."""


def _speaker_label(candidate: Candidate, story: str) -> bool:
    """Whether a transcript under a headline ("Press Briefing by Spokesperson Chen Hua") gives
    the person's turns by family name, written first or last ("**Chen:**", "Hale:"): the
    headline's name is then the speaker's, whom the story never writes in full. A name that
    has run on into a headline's verb ("Ruto Receives Envoy" over "received") is none."""
    words = candidate.name.split()
    if len(words) < 2 or _before_story_words(candidate, story) != candidate:
        return False
    family = "|".join(re.escape(w) for w in {words[0], words[-1]})
    return re.search(_LABEL.format(name=f"(?:{family})"), story) is not None


def _before_story_words(candidate: Candidate, story: str) -> Candidate | None:
    """A sovereign's name from a title-case headline, cut before its first word that the story
    writes in lower case: title case capitalises the headline's verb too, so "Sultan Haitham
    Receives Envoys" over a story that says "received" names Haitham, and "Emir Tamim Arrives
    in Ankara" over "arrived" Tamim; a particle ("bin") is part of the name however the story
    writes it. None when nothing of the name is left."""
    for word in _HEADLINE_WORD.finditer(candidate.name):
        stem = word.group().casefold().removesuffix("s")
        if len(stem) < _MIN_STEM or PARTICLE_WORD.fullmatch(word.group()):
            continue
        if re.search(rf"\b{re.escape(stem)}", story) is None:
            continue
        name = candidate.name[: word.start()].rstrip()
        if not name:
            return None
        span = TextSpan(candidate.name_span.start, candidate.name_span.start + len(name))
        return replace(candidate, name=name, name_span=span)
    return candidate


def _regnal_end(candidate: Candidate) -> Candidate:
    """A sovereign's name cut after its regnal number, where it ends: in capitals "KING TUPOU
    VI WELCOMED TO SAMOA" reads "Tupou VI Welcomed", and no word after "VI" is of the name."""
    words = list(_HEADLINE_WORD.finditer(candidate.name))
    for word in words[1:-1]:
        if _ROMAN.match(word.group()):
            span = TextSpan(candidate.name_span.start, candidate.name_span.start + word.end())
            return replace(candidate, name=candidate.name[: word.end()], name_span=span)
    return candidate


@functools.cache
def _head_title_words() -> frozenset[str]:
    """The words of the titles of heads of state and government ("president", "emir"), which
    a sovereign's short name ("Mohammed VI", "Hassanal Bolkiah") never holds; an honorific
    ("Sheikh") may stay in the name a heading gives."""
    titles = load_gazetteer().titles
    words = {word for title in titles.head_titles for word in fold(title).split()}
    honorifics = {word for title in titles.honorifics for word in fold(title).split()}
    return frozenset((words - honorifics - _SMALL) | ROYAL_POSTS)


def _story_before(sentence: Sentence, document: Document) -> bool:
    """Whether a line in title case comes after a sentence of the story: a signature, not a
    headline."""
    return any(
        s.span.end <= sentence.span.start and SENTENCE_END.search(s.text)
        for s in document.sentences
        if s.paragraph < sentence.paragraph
    )


_CAPITALS_BEFORE_WORD = SkipAheadPattern(r"(?<![\w.'\u2019-])([A-Z]{2,})(?= [A-Z][a-z])")
"""A word in capitals before a capitalised word: "PRIME Minister", "PRESIDENT Amara Diallo"."""


def capital_title_words(sentence: Sentence, title: re.Pattern[str]) -> Sentence:
    """The sentence with each word in capitals that opens a title written in title case: a lede
    that sets its first word in capitals ("PRIME Minister Ana Ruiz has ...", "PRESIDENT Amara
    Diallo held talks") would else be read as "Minister", or as no title at all. An acronym
    before a title ("UN Secretary-General", "US President") opens none and stays as written;
    the length is kept, so every offset stays true."""
    text = sentence.text
    if _CAPITALS_BEFORE_WORD.search(text) is None:
        return sentence
    cased = text
    for word in _CAPITALS_BEFORE_WORD.finditer(text):
        start, end = word.span()
        recased = cased[:start] + word.group()[0] + word.group()[1:].lower() + cased[end:]
        found = title.match(recased, start)
        if found is not None and found.end() >= end and title.match(text, start) is None:
            cased = recased
    return sentence if cased == text else replace(sentence, text=cased)
