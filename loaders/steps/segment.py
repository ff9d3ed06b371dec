"""Segmenter: paragraphs and sentences with character offsets, boilerplate marked.

Sentences are the unit of provenance (each fact cites one) and of extraction (patterns never
cross a sentence end). Paragraphs (lines) that are not the article's own content (an author's
biography, a disclaimer, a photo caption, a "read more" line) are marked as boilerplate so
that no step reads facts from them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dkg.loaders.document import Document, Sentence, TextSpan
from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.gazetteer.titles import load_titles
from dkg.loaders.letters import UPPER
from dkg.loaders.steps.calendar_words import WEEKDAY_NAME
from dkg.loaders.steps.currencies import LETTER_SYMBOLS
from dkg.loaders.steps.foreign_datelines import foreign_dateline
from dkg.loaders.steps.link_lists import is_link_item, opens_link_list
from dkg.loaders.steps.numeric_datelines import numeric_dateline
from dkg.loaders.steps.person_names import GIVEN_ABBREVIATIONS, NOT_NAME_WORDS
from dkg.loaders.steps.read import SENTENCE_END, header_date
from dkg.loaders.steps.speaker_turns import speaker_labels
from dkg.loaders.trie import trie_pattern

_PARAGRAPH = re.compile(r"[^\n]+")
# fmt: off
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "capt", "sgt",
    "gov", "sen", "rep", "amb", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "h.e", "e.g",
    "i.e", "u.s", "u.k", "u.n", "approx", "est", "hon", "rt", "rev", "maj", "brig", "adm",
))
# fmt: on
# "President Smt. Droupadi Murmu", "Rt. Hon. X": a form of address written with a dot is an
# abbreviation, so the name after it stays in the sentence of its title.
_ABBREVIATIONS |= {
    h.rstrip(".").split()[-1].casefold() for h in load_titles().honorifics if h[-1] == "."
}
# "Md. Touhid Hossain": a given name written short is no sentence's end either.
_ABBREVIATIONS |= {given.casefold() for given in GIVEN_ABBREVIATIONS}
# Currency signs written with a dot before the sum: "Rs. 120 billion", "Tk. 12 billion", "kr. 500".
_CURRENCY_SIGNS = frozenset(sign.casefold() for sign in LETTER_SYMBOLS.split("|"))
# The first mark is written apart from the others so that re skips to marks at C speed.
_BOUNDARY = re.compile(
    r"[.!?][.!?]*[\"'\u201d\u2019\u00bb)]*\s+(?=[\"'\u201c\u2018\u00ab(\[]?[A-Z0-9])"
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")

_DISCLAIMER = re.compile(
    r"^\s*(?:disclaimer|note to editors|about the author|editor'?s note)\b"
    r"|\b(?:views|opinions)\b[^.]{0,80}\b(?:expressed|stated)\b[^.]{0,80}"
    r"\b(?:sole responsibility|do not necessarily|are (?:those|the author))"
    r"|\ball rights reserved\b|^\s*\u00a9|^\s*(?:read more|related|follow us|subscribe)\b",
    re.IGNORECASE,
)
_PICTURE_SOURCES = r"(?:archive|file|library|stock|handout|agency|official)"
"""Where a picture came from, as captions label it: "File photo:", "Photo (archive):"."""
_CAPTION = re.compile(
    # "Archive picture:", "File photo:", "Handout image:": a picture's caption under any name,
    # its source in brackets ("Photo (file):"), or a label naming the caption or credit
    # ("Photo caption:", "Image credit:"), or the craft ("Photography: Presidency / ...").
    rf"^\s*(?:{_PICTURE_SOURCES}\s+)?"
    r"(?:photo(?:s|graphs?|graphy)?|pictures?|images?|pictured|caption)\b"
    rf"(?:\s*\({_PICTURE_SOURCES}\))?"
    r"\s*(?:(?:caption|credit)s?)?\s*[:|\-\u2013]"
    r"|\((?:photo|image)s?\s*(?:credit)?\s*:[^)]*\)\s*$",
    re.IGNORECASE,
)
_BOILERPLATE_WORDS = (
    "disclaimer",
    "editor",
    "author",
    "views",
    "opinions",
    "rights reserved",
    "\u00a9",
    "read more",
    "related",
    "follow us",
    "subscribe",
    "photo",
    "picture",
    "image",
    "caption",
)
"""One of these is in every disclaimer or caption: a cheap test before the patterns run."""
_PROFESSIONS = (
    r"(?:an?\s+|the\s+)?(?:(?:associate|assistant|senior|visiting|adjunct|research|former|"
    r"founding|chief|managing|contributing)\s+)*"
    r"(?:professor|lecturer|fellow|researcher|journalist|writer|author|columnist|editor|"
    r"correspondent|analyst|economist|scholar|expert|consultant|student|phd|doctoral|"
    r"political scientist|historian|director of [a-z ]+ (?:at|of) )"
)
_BIO = re.compile(
    r"^\s*(?:the author|(?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+)\s+(?:is|was|has been)\s+"
    + _PROFESSIONS,
)


_MONTH_WORD = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*)\.?"
)
"""A month as datelines write it: "Oct.", "October", or in capitals, "OCT.", "OCTOBER"."""
_ORDINAL = r"(?:st|nd|rd|th)?"
"""The ordinal ending some datelines give the day: "ENTEBBE, 11th April -"."""
_FILED = (
    rf"(?:{_MONTH_WORD}(?:\s+\d{{1,2}}{_ORDINAL})?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}{_ORDINAL}\s+{_MONTH_WORD}(?:,?\s+\d{{4}})?)"
)
_PLACE = rf"(?:[{UPPER}][{UPPER}'. -]{{1,30}}|[{UPPER}][\w'.-]*(?: [{UPPER}][\w'.-]*){{0,2}})"
_COUNTRY = rf"[{UPPER}][\w'.-]*(?: (?:(?i:and|the|of) )*[{UPPER}][\w'.-]*){{0,4}}"
"""A country or state after the city: "Kenya", "SAINT LUCIA", "Saint Vincent and the
Grenadines"."""
_BRACKETED = rf"\s*\([{UPPER}][^)\n]{{1,30}}\)"
"""The country in brackets after the city: "Ouagadougou (Burkina Faso), March 9, 2025, GNA"."""
DATELINE = re.compile(
    # The place may name its country or state before the date ("NAIROBI, Kenya, OCT. 4 -"),
    # and the day its weekday ("CASTRIES, SAINT LUCIA, Monday, 4 March 2024 -"), end in a stop
    # ("MOSCOW. Sept 3 (Interfax) -"), or be left out when the outlet files from home
    # ("OCTOBER 4 (Agency) -").
    rf"\A(?:{_PLACE}(?:(?:,\s*{_COUNTRY}|{_BRACKETED})?(?:,\s*(?i:{WEEKDAY_NAME}),?\s+|,\s*|\.\s+){_FILED})?"
    rf"|{_MONTH_WORD}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
    r"\s*(?:(?:\([^)\n]{1,40}\)\s*)?(?:[\u2013\u2014]|--|-(?=\s|$))\s*"
    # or the agency in brackets and the story straight on: "Havana, Sep 21 (Prensa Latina) The",
    # maybe after a colon: "ISLAMABAD, Oct 3 (APP): Prime Minister ..."
    rf"|\([^)\n]{{1,40}}\):?\s+(?=[{UPPER}]))"
    # An office's bulletin gives the day after the dash, closed by a colon: "GIS - 6 February
    # 2025: The visit ...". The day is the story's, no date of its first fact.
    rf"(?P<day>(?:\d{{1,2}}\s+{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}},?)\s+\d{{4}}\s*:\s+)?"
    r"|\A[A-Z][A-Z '-]{2,30}[.,]\s+[A-Z]{3,}\b[\s\u2013\u2014-]*"
    # A city in title case and the agency in capitals, then a dash: "Damascus, SANA- ...".
    rf"|\A[{UPPER}][\w'.-]*(?: [{UPPER}][\w'.-]*){{0,2}},\s*[A-Z]{{3,}}\b\s*"
    r"(?:[\u2013\u2014]|--?)(?=\s)\s*"
    rf"|\A[{UPPER}][\w'.-]*(?: [{UPPER}][\w'.-]*){{0,2}}(?:,\s*{_COUNTRY}|{_BRACKETED})?"
    rf",\s*(?:{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})(?:,?\s+\d{{4}})?"
    r"(?:,\s*[A-Z]{2,}[\w-]*\s*(?:[.:]|[\u2013\u2014]|--|-(?=\s)|\Z)"
    # "BAKU, Azerbaijan, May 27. Kazakhstan and ...": the day closed by a stop
    rf"|\.?\s*/[A-Z][\w -]{{1,30}}/\.?|\.(?=\s+[{UPPER}]))\s*"
    # A line of nothing but a place and its day ("Warsaw, 13 July", "LUSAKA, 8 June 2023"),
    # over the story's text.
    rf"|\A{_PLACE},\s*(?:{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})"
    r"(?:,?\s+\d{4})?\s*\Z"
)
"""A dateline before the first sentence: "ASTANA, Nov 2 (Agency) -", "Astana, November -",
"Havana, Sep 21 (Agency) The ...", "MOSCOW, March 21. /TASS/.", "BAKU, Azerbaijan, May 27.",
"Lusaka, March 4, ZNBC." (place, day, agency; also on a line of its own: "Baku, May 3,
AZERTAC"), "Damascus, SANA-" (place and agency), maybe on a line of its own ("QUITO, Oct. 4 -",
"Warsaw, 13 July": a line with nothing after the day needs no dash)."""
_OUTLET_MARK = r"[\u00b7|\u2022\u2013\u2014]"
_OUTLET = re.compile(rf"\A[^\n\u00b7|\u2022\u2013\u2014]{{2,80}}?\s{_OUTLET_MARK}\s+(?=\S)")
"""An outlet's or office's name and the mark after it, before the dateline on the same line:
"ZNBC News \u00b7 LUSAKA, 8 June 2023", "Press Office of Guyana \u2014 Georgetown, 3 March 2022"."""
_DATELINE_PARAGRAPHS = 3
"""How many paragraphs from the top may hold the dateline: a headline and a byline come
before it."""


class Segmenter:
    """Splits the text after any date header into sentences, marking boilerplate paragraphs."""

    name = "segment"
    requires = frozenset({"text"})
    provides = frozenset({"sentences"})

    def __call__(self, document: Document) -> Document:
        """Return the document with its sentences."""
        return replace(document, sentences=tuple(split_sentences(document.text)))


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a text, with offsets into it; a date header is skipped.

    >>> [s.text for s in split_sentences("He came. Talks followed on Nov. 3 in Baku.")]
    ['He came.', 'Talks followed on Nov. 3 in Baku.']
    """
    _, body = header_date(text)
    sentences: list[Sentence] = []
    heading = True  # no paragraph of the story's own text yet: the dateline may still come
    labels = speaker_labels(text)
    links = False  # under a "Related links" heading: its items are other stories' titles
    for number, paragraph in enumerate(_PARAGRAPH.finditer(text, body)):
        links = (links and is_link_item(paragraph.group())) or opens_link_list(paragraph.group())
        boilerplate = links or is_boilerplate(paragraph.group())
        start = paragraph.start()
        words = paragraph.group()
        heading = heading and number < _DATELINE_PARAGRAPHS
        dateline = _dateline(words) if heading else None
        outlet = _OUTLET.match(words) if heading and dateline is None else None
        if outlet is not None and (dateline := _dateline(words[outlet.end() :])) is not None:
            # The outlet's name is no part of the dateline: the dateline's city opens a
            # sentence of its own, as the city the story is filed from.
            end = start + len(outlet.group().rstrip(" \u00b7|\u2022\u2013\u2014"))
            sentences.append(Sentence(TextSpan(start, end), text[start:end], number))
            start += outlet.end()
            words = words[outlet.end() :]
        heading = heading and not SENTENCE_END.search(words)
        if dateline is not None:
            # The dateline is its own sentence: its place and date are not the first fact's.
            end = start + len(dateline.rstrip(" -\u2013\u2014"))
            sentences.append(
                Sentence(TextSpan(start, end), text[start:end], number, False, dateline=True)
            )
            start += len(dateline)
            words = words[len(dateline) :]
        if start in labels:
            # A transcript's "Q:" or "PRESIDENT BIDEN:" is who speaks, not the turn's subject.
            end = start + labels[start]
            sentences.append(Sentence(TextSpan(start, end), text[start:end].rstrip(), number))
            start, words = end, words[labels[start] :]
        for piece_start, piece_end in _sentence_bounds(words):
            begin, end = start + piece_start, start + piece_end
            while begin < end and text[begin].isspace():
                begin += 1
            while end > begin and text[end - 1].isspace():
                end -= 1
            if begin < end:
                words = text[begin:end]
                skip = boilerplate or bool(_BIO.match(words)) or _caption_sentence(words)
                sentences.append(Sentence(TextSpan(begin, end), words, number, skip))
    return sentences


def _dateline(paragraph: str) -> str | None:
    match = DATELINE.match(paragraph)
    if match is None:
        # "Dakar, le 3 juin 2022 -", "Tripoli, 28.01.2023 (Agency) -"
        foreign = foreign_dateline(paragraph) or numeric_dateline(paragraph)
        return foreign[0] if foreign is not None else None
    head = match.group()
    if paragraph.isupper() and paragraph[len(head) :].strip():
        return None  # a headline in capitals ("PERU, CHILE TO BUILD RAIL LINK"), not a place
    # A plain capitalised phrase before a dash is a dateline only in capitals or with a date.
    place = head[: match.start("day")] if match.group("day") else head
    if place.split(",")[0].strip(" -\u2013\u2014").isupper() or "," in place or "(" in place:
        return head
    return None


def is_boilerplate(paragraph: str) -> bool:
    """True for paragraphs that are not the article's content: bios, disclaimers, captions."""
    lowered = paragraph.lower()
    if not any(word in lowered for word in _BOILERPLATE_WORDS):
        return False
    return bool(_DISCLAIMER.search(paragraph) or _CAPTION.search(paragraph))


_CAPTION_WORDS = ("photo", "pictur", "image", "caption")


def _caption_sentence(sentence: str) -> bool:
    """A caption told inside a paragraph ("... said the minister. Photo caption: the two leaders
    at an earlier meeting in Mostar, 15 July 2023."), as a feed's one-paragraph item writes it:
    its people, places and date are the picture's, no fact of the story."""
    head = sentence[:24].casefold()
    return any(word in head for word in _CAPTION_WORDS) and _CAPTION.match(sentence) is not None


def _sentence_bounds(paragraph: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        before = _WORD_BEFORE.search(paragraph[max(0, match.start() - 24) : match.start() + 1])
        word = before.group(1).rstrip(".").casefold() if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        if word in _CURRENCY_SIGNS and paragraph[match.end() : match.end() + 1].isdigit():
            continue
        if before is not None and _inside_name(before.group(1), paragraph, match.end()):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(paragraph)))
    return bounds


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
"""Dotted capital initials: "A.P.", "J.R."."""
_NAME_WORD = re.compile(r"[A-Z][^\W\d_A-Z]+\b")
"""A capitalised word, its other letters in lower case, accented ones too ("Møller")."""
_HEAD_TITLE = re.compile(rf"(?:{trie_pattern(load_titles().head_titles)})(?![\w-])")
"""A post before a name, which opens a sentence rather than continues a name: "... in
Washington, D.C. President X then hosted ..."."""


def _inside_name(word: str, paragraph: str, after: int) -> bool:
    """Whether dotted initials ("A.P. Moller - Maersk", "J.R. Smith") stand inside a name:
    initials then a capitalised word that is no sentence's first word ("The", "He"), no post
    ("President") and no country ("Kenya"); a country's initials ("the U.A.E. On Monday") may
    end a sentence, but only the initials it goes by, not any that spell its ISO code: "J.P.
    Morgan" and "M.K. Stalin" are names, not Japan and North Macedonia."""
    gazetteer = load_gazetteer()
    if _INITIALS.fullmatch(word) is None or gazetteer.country_named(word) is not None:
        return False
    following = _NAME_WORD.match(paragraph, after)
    return (
        following is not None
        and following.group().casefold() not in NOT_NAME_WORDS
        and _HEAD_TITLE.match(paragraph, after) is None
        and gazetteer.country(following.group()) is None
    )
