"""Companies the gazetteer knows, named anywhere, and names carrying a legal form.

The gazetteer's names and legal forms ("JSC", "GmbH", "plc") are turned once into an index; a
sentence is then scanned by its words, not by matching every name at every position, which
keeps the scan fast on long documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAMES, WEEKDAYS
from dkg.loaders.steps.company_directory import (
    BOUNDED_NAME,
    COUNTRY_OWNER,
    NAME,
    NOT_NAMES,
    CompanyDirectory,
    CompanyMention,
    not_a_company,
    opens_no_name,
)
from dkg.loaders.steps.company_group_units import dash_joined_start, group_unit, is_group
from dkg.loaders.steps.company_long_names import known_before_long_name
from dkg.loaders.steps.company_lookalikes import in_capitals, named_by_cause
from dkg.loaders.steps.company_name_joins import generic_only, joined_start
from dkg.loaders.steps.name_initials import open_a_name
from dkg.loaders.steps.sentence_tokens import TOKEN, SentenceTokens


def from_legal_forms(
    sentence: str, offset: int, gazetteer: CompanyDirectory, index: Index, tokens: SentenceTokens
) -> list[CompanyMention]:
    """Names carrying a legal form before or after them: "Acme LLC", "JSC «Acme»".

    ``tokens`` are the sentence's, read once for both gazetteer scans and the sectors.
    """
    if index.suffixes is None or not _holds_legal_form(tokens.words, index.legal_tokens):
        return []  # most sentences have none, and the pattern costs a scan of the sentence
    if in_capitals(sentence):
        return []  # "MINISTER IN OSLO AS TALKS OPEN": in capitals "AS" is no legal form
    mentions = []
    for match in index.suffixes.finditer(sentence):
        if match["after"] and open_a_name(sentence, match.end() - 8, match.end()):
            continue  # "Trade and Tobago Affairs, S.A. Dalton Pierre, is ...": his initials
        words = (match["after"] or match["before"] or "").split()
        while words and (opens_no_name(words[0]) or words[0].rstrip(".") in index.legal_forms):
            words.pop(0)
        while words and words[-1].rstrip(".") in index.legal_forms:
            words.pop()
        if not words:
            continue
        name = " ".join(words)
        start = match.start()
        if match["after"] and generic_only(name):
            # "Delta General Trading and Contracting Company": the name began before its "and"
            start = joined_start(sentence, match.start("after"), _NAME_ENDING)
            while sentence[start:].split(" ", 1)[0] in NOT_NAMES:
                start = sentence.index(" ", start) + 1
            name = sentence[start : match.start("after")] + " ".join(words)
        text = _without_full_stop(sentence[start : match.end()].strip(), gazetteer)
        owner = COUNTRY_OWNER.match(text)
        home = gazetteer.country(owner["owner"]) if owner is not None else None
        if owner is not None and home is not None:
            # "Germany's Siemens AG": Siemens, of Germany; the owner is no part of the name
            text, start = text[owner.end() :], start + owner.end()
            name = " ".join(name.split()[len(owner.group().split()) :])
        known = gazetteer.company(text) or gazetteer.company(name)
        # "the Rosatom State Atomic Energy Corporation": Rosatom, and what it is; the graph
        # shows the brand, not the description
        branded = None if known else known_before_long_name(text.strip(), gazetteer)
        known = known or branded
        if known is not None:
            mention = CompanyMention(
                known.name,
                offset + start,
                offset + start + len(text),
                known.country,
                known.wikidata,
                known.name if branded else text,
            )
        elif not_a_company(name, gazetteer) or not_a_company(text.strip(), gazetteer):
            continue
        elif named_by_cause(sentence, match.end()):
            continue  # "the Leadership Group for Industry Transition": a coalition, no firm
        else:
            # An unknown company keeps its name as written, legal form included, but not the
            # article that opens the sentence or the phrase ("The Kenya Pipeline Company Ltd").
            while " " in text and opens_no_name(text.split(" ", 1)[0]):
                cut = text.index(" ") + 1
                text, start = text[cut:], start + cut
            written = text[len(text) - len(text.lstrip()) :].strip('"\u00ab\u00bb\u201c\u201d ')
            written = re.sub(r"[\"\u00ab\u00bb\u201c\u201d]", "", written)
            mention = CompanyMention(
                written,
                offset + start,
                offset + start + len(text),
                home.iso2 if home else None,
                None,
                text,
            )
        mentions.append(mention)
    return mentions


def _without_full_stop(text: str, gazetteer: CompanyDirectory) -> str:
    """The name without the full stop of its sentence: "... Contracting Company." ends in
    "Company", a form never written with a dot, while "Acme Co." keeps its own."""
    forms = gazetteer.company_legal_suffixes
    last = text.rsplit(maxsplit=1)[-1]
    if last.endswith(".") and last[:-1] in forms and last not in forms:
        return text[:-1]
    return text


def from_gazetteer(
    sentence: str, offset: int, gazetteer: CompanyDirectory, index: Index, tokens: SentenceTokens
) -> list[CompanyMention]:
    """Known companies named anywhere by their name or an alias ("Volkswagen will build a
    plant"), with no cue needed.

    A name that is also an ordinary word, first name or place ("Total", "Amazon", "Mercedes")
    counts only inside a sentence and without "the" or a place preposition before it: "Total
    trade rose", "the Amazon basin" and "in Woodside" name no company, while "talks with Shell
    and Total" do.

    Names are looked up by their first word, then by their first two words, then by their
    whole run of words, which costs far less than matching an alternation of every name at
    every position. Most sentences hold no first word of any name, so they need no offsets of
    their tokens; a first word that starts only longer names ("The", "China", "National") is
    rarely followed by their second word.
    """
    firsts = index.firsts
    words = tokens.words
    if firsts.isdisjoint(words):
        return []
    starts = [i for i, word in enumerate(words) if word in firsts]
    mentions = []
    resume = 0
    for i in starts:
        if i < resume:
            continue  # inside a name already found
        for length in _lengths_at(words, i, index):
            if i + length > len(words):
                continue
            key = " ".join(words[i : i + length])
            if key not in index.names and not (
                # "SK hynix": a known name ("SK") and a word the gazetteer writes in title case
                length > 1 and words[i] in index.names and key.casefold() in index.folded
            ):
                continue
            start, end = tokens.tokens[i].start, tokens.tokens[i + length - 1].end
            if sentence[start - 1 : start] == "-" or sentence[end : end + 1] == "-":
                continue
            text = sentence[start:end]
            known = gazetteer.company(text)
            run = _capitalised_run(sentence, start, end)
            if (
                known is not None
                and _TRADE_INITIALS.fullmatch(run, len(text))
                and run[0] == text[0]
            ):
                # "Doosan E&C": the group's engineering and construction firm, as written
                mentions.append(
                    CompanyMention(
                        run, offset + start, offset + start + len(run), known.country, None, run
                    )
                )
                resume = i + length
                break
            if known is None:
                continue
            if run != text and gazetteer.company(run) is None:
                unit = (
                    None
                    if key in index.ordinary
                    else _trades_unit(sentence, start, text, run, gazetteer)
                )
                if (
                    unit is None
                    and is_group(known)
                    and sentence.startswith(run, start)
                    and group_unit(run[len(text) :], gazetteer)
                ):
                    unit = run  # "Samsung SDI", "SK On": the group's unit, as written
                if unit is None:
                    continue  # part of a longer name: "African Continental Free Trade Area"
                # "Samsung Engineering and Construction": the group's unit, as written
                at = offset + start
                mentions.append(CompanyMention(unit, at, at + len(unit), known.country, None, unit))
                resume = i + length
                break
            if _COUNTRY_ARTICLE.search(sentence, 0, start) and gazetteer.country(text):
                continue  # "a stop in the Emirates": the country, not the airline
            if key in index.ordinary and (
                not sentence[:start].strip() or _WORD_OR_PLACE_BEFORE.search(sentence, 0, start)
            ):
                continue  # "Total trade rose", "the Amazon", "in Woodside": no company
            # "A.P. Møller - Maersk" (an en dash): the words before a spaced dash are of the name
            start = dash_joined_start(sentence, start, end, known, gazetteer)
            text = sentence[start:end]
            mentions.append(
                CompanyMention(
                    known.name, offset + start, offset + end, known.country, known.wikidata, text
                )
            )
            resume = i + length
            break
    return mentions


def _lengths_at(words: list[str], i: int, index: Index) -> tuple[int, ...]:
    """The lengths in words, longest first, of the names that may start at ``words[i]``: the
    names whose first two words are the next two, compared case-folded (a firm may style a
    word in lower case: "SK hynix"), and the word alone if it is a name."""
    longer = (
        index.lengths.get((words[i].casefold(), words[i + 1].casefold()), ())
        if i + 1 < len(words)
        else ()
    )
    return (*longer, 1) if words[i] in index.names else longer


def _holds_legal_form(words: list[str], legal_tokens: dict[str, tuple[str, ...]]) -> bool:
    """Whether the tokens of some legal form follow each other in ``words``.

    Every match of ``Index.suffixes`` holds a legal form with no word character on either
    side, so its tokens appear in a row among the sentence's: a word-wise test, where a
    substring test would pass every sentence holding a capital "A" or the letters "Co".
    """
    firsts = legal_tokens.keys() & words
    if not firsts:
        return False
    joined = f" {' '.join(words)} "  # tokens hold no space: a row of them is a substring
    return any(form in joined for first in firsts for form in legal_tokens[first])


_COUNTRY_ARTICLE = re.compile(r"\b(?:in|to|from|of|across|visit(?:ed|ing|s)?)\s+the\s+$", re.I)
"""The article a country's short name takes ("in the Emirates"), where an airline or a firm of
the same name takes none."""


_WORD_OR_PLACE_BEFORE = re.compile(
    r"\b(?:[Tt]he|in|at|near|outside|around|(?:port|city|town|province|region)\s+of)\s+$"
)
"""What makes an ordinary word a word or a place: "the Amazon", "in Woodside, California",
"the port of Santos"."""


_CAPITALISED_BEFORE = SkipAheadPattern(r"(?:[A-Z][\w&'-]*(?<!'s)\s+)+")
"""Capitalised words right before a name, which may extend it; an owner's word ("Poland's
ZE PAK") ends the run, as the owner is never part of the name. The run is the first of these
that reaches the name (``_run_before``)."""
_CAPITALISED_AFTER = re.compile(r"(?:\s+[A-Z][\w&'-]*)+")
_TRADE_INITIALS = re.compile(r"\s+[A-Z]&[A-Z]")
"""The initials of a firm's trades joined by "&" after a group's name: "E&C" (engineering and
construction), "C&T" (construction and trading), "E&P" (exploration and production)."""
_JOINED_TRADES = re.compile(r"\s+and(?P<trades>(?:\s+[A-Z][\w&'-]*)+)")
"""Capitalised words joined to a name by "and": "... Engineering and Construction"."""


def _trades_unit(
    sentence: str, start: int, text: str, run: str, gazetteer: CompanyDirectory
) -> str | None:
    """The name of a known group's unit that its trades name: the group's name at ``start``
    followed only by words of a trade ("Samsung Engineering"), maybe joined by "and" to more
    of them ("... and Construction"), or by its trades and the country it works in ("Kia
    Manufacturing Slovakia"), or by one brand it bought and its trade ("Doosan Skoda
    Power"); None when any other word follows ("Samsung Electronics Chairman Lee", "Shell
    and Kenya", "Shell Nigeria"), which the run's own reading handles."""
    if not sentence.startswith(run, start) or not _unit_tail(run[len(text) :], gazetteer):
        return None
    joined = _JOINED_TRADES.match(sentence, start + len(run))
    if joined is not None and generic_only(joined["trades"]):
        return run + joined.group()
    return run


def _unit_tail(tail: str, gazetteer: CompanyDirectory) -> bool:
    """Whether the words after a known group's name name one of its units: words of a trade,
    maybe with the country the unit works in ("Manufacturing Czech"), or a brand and a trade
    word ("Skoda Power")."""
    if generic_only(tail):
        return True
    words = tail.split()
    if not any(generic_only(w) for w in words):
        return False
    if all(generic_only(w) or gazetteer.country(w) is not None for w in words):
        return True
    return len(words) == 2 and generic_only(words[1])


_FIRST_WORD = re.compile(r"\s*\S+\s+")
_NAME_ENDING = re.compile(rf"(?:{NAME})$")
"""A capitalised name ending where the search range ends (before a name's own "and")."""


def _capitalised_run(sentence: str, start: int, end: int) -> str:
    """The run of capitalised words around a match; the sentence's first word does not count."""
    first = _FIRST_WORD.match(sentence)
    floor = min(first.end() if first else 0, start)
    after = _CAPITALISED_AFTER.match(sentence, end)
    begin = _run_before(sentence, floor, start)
    while begin < start and (word := sentence[begin:start].split(None, 1))[0] in _CALENDAR:
        begin = start - len(word[1]) if len(word) > 1 else start  # "from June Korean Air"
    return sentence[begin : after.end() if after else end]


_CALENDAR = frozenset((*WEEKDAYS, *FULL_MONTH_NAMES))
"""Days and months, which open a capitalised run before a name ("From June Korean Air will
fly") but never a company's name."""


def _run_before(sentence: str, floor: int, start: int) -> int:
    """Where the run of capitalised words that ends right before ``start`` begins, from
    ``floor`` on (``start`` where there is none).

    A run that stops short of ``start`` ("Siemens, Alpha ... Alpha and Gazprom" before
    "Gazprom") is skipped whole: every word of it would stop at the same place, as each
    word's run is that of the word before it from there on. A search for a run ending at
    ``start`` (``$``) read the run again from each of its words: 0.11 s at 1,200 words.
    """
    while (run := _CAPITALISED_BEFORE.search(sentence, floor, start)) is not None:
        if run.end() == start:
            return run.start()
        floor = run.end()
    return start


@dataclass(frozen=True)
class Index:
    names: frozenset[str]
    """Every name and alias, as its words joined by single spaces."""
    folded: frozenset[str]
    """The names case-folded, for a word a firm styles in lower case ("SK hynix")."""
    ordinary: frozenset[str]
    """The names among them that are also ordinary words, first names or places."""
    firsts: frozenset[str]
    """The first word of every name."""
    lengths: dict[tuple[str, str], tuple[int, ...]]
    """For the first two words of names of two words or more, case-folded, the lengths (in
    words) of the names they start, longest first."""
    suffixes: re.Pattern[str] | None
    legal_forms: frozenset[str]
    legal_tokens: dict[str, tuple[str, ...]]
    """For each first token of a legal form, the forms it starts as their tokens joined by
    spaces and framed by a space on each side."""


_LAST: list[tuple[CompanyDirectory, Index]] = []


def index_for(gazetteer: CompanyDirectory) -> Index:
    """Patterns over the gazetteer's names and legal forms, built once per gazetteer object."""
    if _LAST and _LAST[0][0] is gazetteer:
        return _LAST[0][1]
    forms = {form for company in gazetteer.companies for form in (company.name, *company.aliases)}
    keys = {" ".join(TOKEN.findall(form)) for form in forms}
    # A country's short name ("Emirates") is told apart by its article (_COUNTRY_ARTICLE).
    ordinary = {
        " ".join(TOKEN.findall(f))
        for f in forms
        if gazetteer.needs_context(f) and not gazetteer.country(f)
    }
    lengths: dict[tuple[str, str], set[int]] = {}
    for key in keys:
        words = key.casefold().split(" ")
        if len(words) > 1:
            lengths.setdefault((words[0], words[1]), set()).add(len(words))
    legal = sorted({s.rstrip(".") for s in gazetteer.company_legal_suffixes}, key=len, reverse=True)
    alternation = "|".join(re.escape(s) + r"\.?" for s in legal)
    suffixes = (
        re.compile(
            # "LankaPay (Pvt) Ltd": a form in brackets before the last one belongs to it too; the
            # name is bounded, as a run of capitals with no form after it is tried from each word
            rf"(?<![\w-])(?:(?!(?:{alternation})\s)(?P<after>{BOUNDED_NAME})"
            # "Grupo Lusa, SGPS, S.A.": each form may follow the one before it after a comma
            rf"(?:\s+\((?:{alternation})\))?(?:\s*,?\s+(?:{alternation})(?![\w-]))+"
            rf"|(?:(?:{alternation})\s+)+(?:National\s+Company\s+)?[\"\u00ab\u201c]?"
            rf"(?P<before>{NAME})[\"\u00bb\u201d]?"
            # "PT Bank Mandiri (Persero) Tbk": the forms after the name belong to it too
            rf"(?:\s+\((?:{alternation})\)|\s+(?:{alternation})(?![\w-]))*)"
        )
        if legal
        else None
    )
    index = Index(
        frozenset(keys),
        frozenset(k.casefold() for k in keys),
        frozenset(ordinary),
        frozenset(key.split(" ")[0] for key in keys),
        {pair: tuple(sorted(n, reverse=True)) for pair, n in lengths.items()},
        suffixes,
        frozenset(legal),
        _legal_tokens(legal),
    )
    _LAST[:] = [(gazetteer, index)]
    return index


def _legal_tokens(forms: list[str]) -> dict[str, tuple[str, ...]]:
    tokens: dict[str, list[str]] = {}
    for form in forms:
        words = TOKEN.findall(form)
        if words:
            tokens.setdefault(words[0], []).append(f" {' '.join(words)} ")
    return {first: tuple(found) for first, found in tokens.items()}
