"""Companies listed after a cue: "firms such as A, B and C", "lenders A and B", "executives
from A and B", and the subjects of "A, B and C have invested".

A list names companies only where its cue says so: a noun of firms before "such as", a plural
kind of firm right before the names, people sent by firms, or a list of subjects that mostly
known companies make up before a verb of investing. The items are read in ``company_lists``.
"""

from __future__ import annotations

import re

from dkg.loaders.case_blind import folded
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.company_directory import WORD, CompanyDirectory, CompanyMention
from dkg.loaders.steps.company_lists import home_before, joined, list_items, listed_companies

_CUE = Prefiltered(
    r"\b(?:such\s+as|including|include[sd]?|like|namely|among\s+them|among\s+which|notably|"
    r"(?<=the\s)(?:largest|biggest)(?:\s+of\s+(?:them|which|these))?\s+(?:being|is|are))\s*:?\s+"
)
"""Matched on the lower-cased sentence (same offsets): case-insensitive scanning is slower.
"Australian companies in the region include A, B and C" lists them as "including" does.
The largest of the firms counted before it is one of them too: "around 40 Hungarian companies
operate in the country, the largest being X"."""
_COMPANY_NOUN = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|corporations?|enterprises?|giants?|majors?|businesses|groups|"
    r"brands|manufacturers|producers|\w*makers|\w*packers|operators|investors|players|banks|"
    r"lenders|insurers|airlines|carriers|miners|refiners|retailers|shipbuilders|utilities|"
    r"processors|traders|distributors|conglomerates|multinationals|exporters|suppliers|"
    r"contractors)\b",
    re.I,
)
KINDS_BEFORE_LIST = Prefiltered(
    r"\b(?:companies|firms|corporations|enterprises|carmakers|automakers|steelmakers|chipmakers|"
    r"drugmakers|planemakers|shipbuilders|lenders|banks|insurers|airlines|miners|refiners|"
    r"retailers|brewers|conglomerates|multinationals|utilities|cooperatives|co-operatives|"
    r"(?:rail(?:way)?|port|telecoms?|mobile|network|grid|pipeline|ferry|shipping)\s+operators)\s+"
)
"""A plural kind of firm right before two or more names: "lenders Absa and Equity Bank",
"dairy cooperatives Arla and Fonterra", "rail operators Kenrail and Tazara" (matched on the
lower-cased sentence). Kinds that name people or armed groups as well ("lawmakers", "groups",
"investors", "producers", a bare "operators") are left out."""
_STAFF_OF = Prefiltered(
    r"\b(?:(?:executives|representatives|ceos|chief\s+executives|bosses|managers|chairmen)\s+"
    r"(?:from|of)|joint\s+ventures?\s+with)\s+"
)
"""People sent by companies and ventures with them: "executives from A and B", "a joint venture
with A" (matched on the lower-cased sentence)."""
_SUBJECT_START = re.compile(rf"(?:^|(?<=[,;:]\s))(?={WORD})")
_INVESTED = Prefiltered(
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:invested|opened|built|launched|signed|made|set\s+up)\b"
)
"""Checked before looking for subject lists: "A, B and C have invested" needs such a verb."""
_INVESTED_AFTER = re.compile(
    r"\s+(?:have|has|had)\s+(?:\w+\s+)?(?:invested|opened|built|launched|signed|made|set\s+up)\b"
)
"""Matched where the last subject ends (``match`` anchors it there, with no copy of the rest)."""
_MOST_SUBJECTS = 40
"""The most names a list of subjects holds: a list starts after each comma, so a longer one
("A, B, C ... have invested", 1,200 names: 2.2 s) was read again from each of its names, and its
later names reported again from each start. No real sentence lists 40 investors."""


def after_cues(sentence: str, offset: int, gazetteer: CompanyDirectory) -> list[CompanyMention]:
    """The items of a list that a noun of firms and a cue introduce: "French firms, including
    giants such as A and B"; a demonym before the noun gives their home."""
    mentions: list[CompanyMention] = []
    for cue in _CUE.finditer(folded(sentence)):
        before = sentence[max(0, cue.start() - 70) : cue.start()]
        nouns = list(_COMPANY_NOUN.finditer(before))
        if not nouns or re.search(r"[.;]", before[nouns[-1].end() :]):
            continue
        home = None
        for noun in reversed(nouns):
            home = home_before(before[: noun.start()], gazetteer)
            if home is not None:
                break
        items = joined(sentence, list_items(sentence, cue.end()), gazetteer)
        mentions += listed_companies(sentence, offset, items, gazetteer, home)
    return mentions


def after_kinds(sentence: str, offset: int, gazetteer: CompanyDirectory) -> list[CompanyMention]:
    """Two or more names right after a plural kind of firm: "lenders Absa and Equity Bank"."""
    mentions: list[CompanyMention] = []
    for kinds in KINDS_BEFORE_LIST.finditer(folded(sentence)):
        items = list_items(sentence, kinds.end())
        if len(items) < 2 or items[0][0] != kinds.end():
            continue  # one name is the appositive's; a lower-case word is no name
        home = home_before(sentence[: kinds.start()], gazetteer)
        mentions += listed_companies(
            sentence, offset, joined(sentence, items, gazetteer), gazetteer, home
        )
    return mentions


def staff_employers(
    sentence: str, offset: int, gazetteer: CompanyDirectory
) -> list[CompanyMention]:
    """The firms that people come from or that a venture is with: "executives from A and B"."""
    mentions: list[CompanyMention] = []
    for staff in _STAFF_OF.finditer(folded(sentence)):
        items = joined(sentence, list_items(sentence, staff.end()), gazetteer)
        # "representatives of Chile's mining sector": a country's, not a firm
        firms = [(s, e) for s, e in items if not sentence[s:e].endswith(("'s", "\u2019s"))]
        mentions += listed_companies(sentence, offset, firms, gazetteer, None)
    return mentions


def investing_subjects(
    sentence: str, offset: int, gazetteer: CompanyDirectory
) -> list[CompanyMention]:
    """The subjects of "A, B and C have invested" where at least half of them are known
    companies: the others are companies too."""
    mentions: list[CompanyMention] = []
    if _INVESTED.search(sentence) is None:
        return mentions
    for subject in _SUBJECT_START.finditer(sentence):
        items = list_items(sentence, subject.start(), _MOST_SUBJECTS)
        if len(items) < 2 or not _INVESTED_AFTER.match(sentence, items[-1][1]):
            continue
        known = [sentence[s:e] for s, e in items if gazetteer.company(sentence[s:e])]
        if 2 * len(known) >= len(items):
            mentions += listed_companies(sentence, offset, items, gazetteer, None)
    return mentions
