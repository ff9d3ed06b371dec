"""Organizations recognised by their shape: capitalised words around a head noun ("... University").

The gazetteer cannot list every ministry, council and university a story names; a capitalised
name built around a head noun is one, once the words that follow it are told apart: the country
its "of" part names, a title ("Ministry of Foreign Affairs Spokesperson") and the holder of the
office a long title introduces. Kept apart from ``recognize`` because these patterns read the
shape of a name, while the rest of recognition looks names up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dkg.loaders.document import OrganizationMention, Sentence, TextSpan
from dkg.loaders.gazetteer import Gazetteer, fold
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern

_ORG_HEADS = (
    "University|Academy|Institute|Agency|Center|Centre|Bank|Fund|Organi[sz]ation|Council"
    "|Commission|Ministry|Foundation|Association|Chamber|Union|Committee|Authority|School"
    "|College|Society|Secretariat|Parliament|Senate|Assembly|Museum|Library|Programme|Program"
    "|Mausoleum|Memorial|Monument"
)
ORGANIZATION_HEAD = re.compile(
    rf"\b(?:{_ORG_HEADS}|Department|Office|Party|Service|Bureau|Directorate|Cabinet|Government"
    r"|Congress|Legislature|Court|Tribunal|Judiciary|Forces?|Army|Navy|Marines|Police"
    r"|Gendarmerie|Guard|Corps|Command|Division|Unit|Section|Desk)\b"
)
"""A word that makes a capitalised name a body rather than a person: the heads of every kind of
institution a state has (offices, legislatures, courts, armed and police forces), so that
"their presidents, National Congress and Supreme Court" names no one."""
ORGANIZATION = SkipAheadPattern(
    r"(?<![\w'\u2019-])(?:[A-Z][\w'\u2019]*(?:-[A-Z][\w'\u2019]*)*\s+){0,5}"
    rf"(?:{_ORG_HEADS})\b"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?"
    r"(?P<tail>[A-Z][\w'\u2019]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019]*){0,3}))?"
    r"(?:\s+(?P<after>[A-Z][a-z]+)(?=[\s,.;]|$))?"
)
"""A capitalised name ending in (or built around) an organization head noun."""
_WORD_HEAD = re.compile(rf"\b(?:{_ORG_HEADS})\b")
"""An organization head noun as a word of its own."""
_HOLDER = re.compile(
    r"(?:[^\S\n]+(?:(?!(?:and|the|for|of|on|in|at|to|by)\b)[a-z]{1,3}[^\S\n]+){0,2}"
    r"[A-Z][\w'\u2019-]*){2,4}(?=[^\S\n]+[a-z]|\s*[,.;:]|\s*$)"
)
"""Two to four capitalised words that end before a lower-case word or a stop: a person's name
("Kim Yong Dae met"), not more of a body's; short lower-case particles may stand inside it
("Ursula von der Leyen", "Mohammed bin Salman"), a joining word ("and", "of") may not."""
_ANY_ORG_HEAD = re.compile(rf"(?:{_ORG_HEADS})\b")
"""What every ``ORGANIZATION`` match holds: most sentences have none and skip the slow scan."""
_LEADING_THE = re.compile(r"^(?:The|A|An)\s+")

_OWNER = re.compile(r"(?P<owner>[^'\u2019]{2,40}?)['\u2019]s\s+")
"""A possessive that opens a body's shaped name: "South Korea's National Assembly"."""


class ShapedOrganizationReader:
    """Finds organizations by their shape in one sentence, for the entity recognizer."""

    def __init__(self, gazetteer: Gazetteer, country_names: frozenset[str]) -> None:
        self.gazetteer = gazetteer
        self._country_names = country_names
        titles = self.gazetteer.titles
        # "Spokesperson", "Minister": a one-word title ends a body's name ("Ministry of Foreign
        # Affairs Spokesperson Lin Jian" is a body and a person).
        self._title_words = frozenset(fold(t) for t in titles.head_titles if " " not in t)
        self._portfolios = titles.portfolio_forms

    def __call__(self, sentence: Sentence) -> Iterator[OrganizationMention]:
        """The bodies the sentence names by their shape, known ones with the gazetteer's data."""
        if _ANY_ORG_HEAD.search(sentence.text) is None:
            return
        for match in ORGANIZATION.finditer(sentence.text):
            end = self._holder_start(match, self._place_end(match))
            name = match.group()[: end - match.start()]
            lead = _LEADING_THE.match(name)
            offset = lead.end() if lead else 0
            owner = _OWNER.match(name, offset)
            if owner is not None and fold(owner["owner"]) in self._country_names:
                # "South Korea's National Assembly": the country owns the body and stays a
                # mention of its own (the Speaker's country), the body starts after it.
                offset = owner.end()
            name = name[offset:].rstrip()
            if len(name.split()) < 2:
                continue
            known = self.gazetteer.organization(name)
            if known is None and self.gazetteer.venues_named(name):
                continue  # "the Union Buildings": a known venue, not a body its shape suggests
            if known is None and self.gazetteer.country(name) is not None:
                continue  # "the Soviet Union": a state's name, not a body its shape suggests
            span = TextSpan(
                sentence.span.start + match.start() + offset,
                sentence.span.start + match.start() + offset + len(name),
            )
            if known is not None:
                yield OrganizationMention(
                    span, known.name, known.kind, known.country, known.wikidata
                )
            else:
                yield OrganizationMention(span, name, _org_kind(name), None)

    def _place_end(self, match: re.Match[str]) -> int:
        """Where a shaped name ends: after the country or city its "of" part names, if any.

        "Central Bank of Egypt Hassan Abdalla said": the words after "Egypt" are the
        governor's name, not the bank's, so they stay free for the people reader."""
        end = self._title_end(match)
        if match["tail"] is None or end <= match.start("tail"):
            return end
        start = match.start("tail")
        tail = list(re.finditer(r"\S+", match["tail"]))
        for word in reversed(tail):
            words = match.string[start : start + word.end()]
            if start + word.end() > end:
                continue  # past a title word: "Ministry of Defence Spokesperson Ana Egypt"
            if fold(words) in self._country_names or self.gazetteer.city(words) is not None:
                return start + word.end()
        for word in reversed(tail[:-1]):  # the longest portfolio: "Foreign Affairs"
            portfolio_end = start + word.end()
            if fold(match.string[start:portfolio_end]) not in self._portfolios:
                continue
            holder = _HOLDER.match(match.string, portfolio_end)
            if holder is not None and holder.end() >= end:
                # "Permanent Secretary of the Ministry of Foreign Affairs Amos Kamau signed":
                # the ministry's portfolio ends it, the capitalised words after are its holder
                return portfolio_end
        return end

    def _holder_start(self, match: re.Match[str], end: int) -> int:
        """Where a shaped name ends before the name of its office's holder: in "General
        Secretary of the Party Central Committee To Lam received" or "Chairman of the Standing
        Committee of the National Assembly Kim Yong Dae met", the capitalised words after the
        last head noun, up to a verb or a comma, are the person the long title introduces."""
        heads = list(_WORD_HEAD.finditer(match.string, match.start(), end))
        if not heads:
            return end
        head_end = heads[-1].end()
        holder = _HOLDER.match(match.string, head_end)
        if holder is None or holder.end() < end:
            return end
        words = holder.group().split()
        if any(fold(w) in self._title_words or _WORD_HEAD.fullmatch(w) for w in words):
            return end  # "World Bank Group President X": the body's own word, then a title
        return head_end

    def _title_end(self, match: re.Match[str]) -> int:
        """Where a shaped name ends before a title word: "Ministry of Foreign Affairs
        Spokesperson", "Foreign Ministry Spokesperson". The first word after "of the" names
        what the body is for ("Office of the President"), so it stays."""
        if match["tail"] is not None:
            first = match.start("tail") + len(match["tail"].split()[0])
        else:
            first = match.start("after") if match["after"] is not None else match.end()
        for word in re.finditer(r"\S+", match.string[first : match.end()]):
            if fold(word.group()) in self._title_words:
                return len(match.string[: first + word.start()].rstrip())
        return match.end()


def _org_kind(name: str) -> str:
    lowered = name.casefold()
    for word, kind in (
        ("universit", "university"),
        ("academy", "university"),
        ("college", "university"),
        ("school", "university"),
        ("ministry", "ministry"),
        ("bank", "bank"),
        ("fund", "bank"),
        ("agency", "agency"),
    ):
        if word in lowered:
            return kind
    return "other"
