"""Find the areas of cooperation a sentence names, as concepts of the SKOS sector scheme.

A sector counts only where the sentence presents it as an area of cooperation, projects or
investment: after a cue ("cooperation in", "areas of cooperation included", "in the fields of",
"projects in", "attention to", "especially in", "held talks with X on") up to the end of the
clause, or right before a head noun ("cultural and humanitarian ties", "the mining and chemical
industries"). A word that only happens to be a label elsewhere ("the UN Charter", "Victory
Day", "trade partner") is no area of cooperation, and neither is a label inside a proper name
("Ministry of Energy").

Labels are the concepts' prefLabel and altLabels; the longest match wins ("renewable energy"
over "energy"). Coordinated forms are read as news writes them: "energy, particularly nuclear
and renewables" gives nuclear and renewable energy; "the chemical, engineering and aerospace
industries" tries "chemical industry", "engineering industry", "aerospace industry"; a label
that joins two other labels ("transport and logistics") gives both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from dkg.loaders.case_blind import folded
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAMES, WEEKDAYS
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN


class SectorConceptLike(Protocol):
    """What the matcher needs of a sector concept (``dkg.ontology.vocabulary`` provides them)."""

    @property
    def iri(self) -> str:
        """The concept's IRI."""
        ...

    @property
    def pref_label(self) -> str:
        """The English preferred label."""
        ...

    @property
    def alt_labels(self) -> Sequence[str]:
        """The other English labels: the forms news writes."""
        ...


@dataclass(frozen=True)
class SectorMention:
    """A sector named as an area of cooperation; ``start``/``end`` are document offsets.

    ``label`` is the concept's preferred label, ``text`` the words as written.
    """

    concept_iri: str
    label: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Concept:
    iri: str
    pref_label: str


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    key: str


_TOKEN = re.compile(r"\w+|&|[^\w\s]")
_NEW_TUPLE = tuple.__new__
_SEPARATORS = frozenset({",", "and"})
_JOINERS = frozenset({"-", "&", "'"})


def _tokens(text: str) -> list[_Token]:
    """Words and punctuation with offsets; ``key`` is the lower-cased form, apostrophes unified."""
    lowered = folded(text).replace("\u2019", "'")
    # tuple.__new__ is what _Token._make calls: the generated _Token(...) costs a Python call
    # per token, a fifth of reading the tokens of a sentence.
    return [
        _NEW_TUPLE(_Token, (start, end, text[start:end], lowered[start:end]))
        for start, end in map(re.Match.span, _TOKEN.finditer(text))
    ]


def _fold(label: str) -> str:
    """A label as the space-joined keys of its tokens ("E-commerce" -> "e - commerce")."""
    return " ".join(t.key for t in _tokens(label))


class SectorMatcher:
    """A compiled matcher over one list of concepts; build once, use for every sentence."""

    def __init__(self, concepts: Sequence[SectorConceptLike]) -> None:
        """Index every label (folded to lower case) of every concept by its first word."""
        self._labels: dict[str, _Concept] = {}
        self._cased: set[str] = set()
        self._lengths: dict[str, list[int]] = {}
        self._non_areas = {_fold(phrase) for phrase in _NON_AREAS}
        labels = [
            (label, _Concept(concept.iri, concept.pref_label))
            for concept in concepts
            for label in (concept.pref_label, *concept.alt_labels)
        ]
        for label, entry in labels:
            key = _fold(label)
            if not key:
                continue
            self._labels.setdefault(key, entry)
            if label != label.lower():
                self._cased.add(label)
            self._index(key)
        for key in self._non_areas:
            self._index(key)

    def _index(self, key: str) -> None:
        """Record the word count of a folded phrase under its first word, longest first."""
        words = key.split(" ")
        lengths = self._lengths.setdefault(words[0], [])
        if len(words) not in lengths:
            lengths.append(len(words))
            lengths.sort(reverse=True)

    def concept(self, words: str) -> _Concept | None:
        """The concept one of whose labels is ``words``, if any."""
        return self._labels.get(_fold(words))

    def find(
        self,
        sentence: str,
        offset: int,
        item: bool = False,
        countries: frozenset[int] = frozenset(),
    ) -> list[SectorMention]:
        """The sectors ``sentence`` names as areas of cooperation, left to right; all of it is
        read as a list when it is an ``item`` under a lead-in (``opens_list``). ``countries``
        holds the sentence offsets where a country's name or demonym starts ("French")."""
        lowered = folded(sentence)  # same length: "İstanbul" lowers to two characters
        regions = _cue_regions(lowered) + ([(0, len(lowered))] if item else [])
        # A document's title in title case ("a Memorandum of Understanding on Cooperation in
        # Health") writes its areas in capitals too: they are no proper names there.
        titled = {(start, end) for start, end in regions if _titled_cue(sentence, start)}
        if item:
            titled.add((0, len(lowered)))  # "- Agriculture and food security": capitalised
        for region in titled.copy():
            # "... on Cooperation with Airbus Defence and Space": the partner's name is no area
            pieces = _without_partners(sentence, region)
            if pieces != [region]:
                titled.discard(region)
                titled.update(pieces)
                regions = [r for r in regions if r != region] + pieces
        heads = list(_HEAD_NOUN.finditer(lowered))
        if not regions and not heads:
            return []  # most sentences: no cue, no head noun, so no need for their tokens
        tokens = _tokens(sentence)
        regions += _head_regions(tokens, heads, countries)
        if not regions:
            return []
        mentions: dict[tuple[int, int], SectorMention] = {}
        for start, end in regions:
            inside = [t for t in tokens if start <= t.start and t.end <= end]
            for mention in self._match(sentence, inside, offset, (start, end) in titled):
                mentions.setdefault((mention.start, mention.end), mention)
        covered = [(m.start - offset, m.end - offset) for m in mentions.values()]
        for mention in self._elliptical(sentence, lowered, tokens, offset, covered, regions):
            mentions.setdefault((mention.start, mention.end), mention)
        return sorted(mentions.values(), key=lambda m: (m.start, m.end))

    def opens_list(self, sentence: str) -> bool:
        """Whether the sentence ends with a colon right after a cue ("The areas of cooperation
        are:", "MoUs were signed in the following fields:"): the items below list sectors."""
        lowered = folded(sentence.rstrip())
        return lowered.endswith(":") and any(
            end == len(lowered) - 1 for _, end in _cue_regions(lowered)
        )

    def _match(
        self, sentence: str, tokens: list[_Token], offset: int, titled: bool = False
    ) -> list[SectorMention]:
        """Longest labels over a run of tokens, left to right; ``titled`` for the words of a
        title-case document title."""
        found = []
        i = 0
        while i < len(tokens):
            step = 1
            for length in self._lengths.get(tokens[i].key, ()):
                if i + length > len(tokens):
                    continue
                key = " ".join(t.key for t in tokens[i : i + length])
                if key in self._non_areas:
                    step = length  # "fiscal space", "state-of-the-art": no area, read past it
                    break
                concept = self._labels.get(key)
                if concept is None:
                    continue
                start, end = tokens[i].start, tokens[i + length - 1].end
                text = sentence[start:end]
                after = tokens[i + length].key if i + length < len(tokens) else ""
                before = tokens[i - 1].key if i else ""
                if length == 1 and after in _DETERMINERS:
                    # "the crews sport the same colours", "to water the fields": a verb with
                    # its object; an area is followed by a comma, "and" or the clause's end
                    break
                if self._modifier_or_party(tokens, i, length):
                    step = length
                    break
                if (
                    (
                        text.lower() in _ACTS
                        and (after == "of" or (before == "the" and after == "with"))
                    )
                    or (key in _FRAMES and after in _FRAMED_BY)
                    or (
                        after == "of"
                        and key in _RENEWALS
                        and self._labelled(tokens, i + length + 1)
                    )
                ):
                    # "the construction of a railway", "the construction with the participation
                    # of X of a plant": an act, not a sector; "supply chains of batteries": the
                    # area follows, as in "the reconstruction of the port" (not "of Ukraine")
                    step = length
                    break
                if self._common_noun(text, start) or (titled and _TITLE_WORDS.fullmatch(text)):
                    found += self._mentions(concept, text, offset + start)
                    # "the logistics industry" names logistics, not industry as well
                    step = length + (after in _HEAD_WORDS)
                    break
            i += step
        return found

    def _labelled(self, tokens: list[_Token], at: int) -> bool:
        """Whether a label starts at token ``at``, past the words that open a noun phrase."""
        while at < len(tokens) and tokens[at].key in _DETERMINERS:
            at += 1
        return at < len(tokens) and any(
            " ".join(t.key for t in tokens[at : at + length]) in self._labels
            for length in self._lengths.get(tokens[at].key, ())
        )

    def _modifier_or_party(self, tokens: list[_Token], i: int, length: int) -> bool:
        """Whether the label at token ``i`` ends a hyphened modifier of another label ("a
        deep-water port" is a port, "non-oil trade" trade), or opens the first party after
        "between the" ("between the diplomatic academies of both countries": they sign)."""
        if (
            i >= 2
            and tokens[i - 1].key == "-"
            and tokens[i - 2].end == tokens[i - 1].start == tokens[i].start - 1
        ):
            return self._labelled(tokens, i + length)
        return i >= 2 and tokens[i - 1].key in _PARTY_OPENERS and tokens[i - 2].key == "between"

    def _common_noun(self, text: str, start: int) -> bool:
        """False for a label inside a proper name ("Ministry of Energy", "Astana Hub").

        Sectors are common nouns, written in lower case unless they open the sentence or the
        label itself is cased ("AI", "LNG").
        """
        return text.islower() or text in self._cased or (start == 0 and text[1:].islower())

    def _mentions(self, concept: _Concept, text: str, start: int) -> list[SectorMention]:
        """The mention of a label; one joining two labels ("transport and logistics") gives both.

        A joined label that names an area of its own ("oil and gas", whose parts are crude oil
        and natural gas) stays one area: only a label that is an alias of one of its parts
        stands for two areas.
        """
        parts = text.split(" and ")
        if len(parts) == 2:
            first, second = self.concept(parts[0]), self.concept(parts[1])
            if (
                first
                and second
                and first.iri != second.iri
                and concept.iri in (first.iri, second.iri)
            ):
                second_start = start + len(parts[0]) + len(" and ")
                return [_mention(first, parts[0], start), _mention(second, parts[1], second_start)]
        return [_mention(concept, text, start)]

    def _elliptical(
        self,
        sentence: str,
        lowered: str,
        tokens: list[_Token],
        offset: int,
        covered: list[tuple[int, int]],
        regions: list[tuple[int, int]],
    ) -> list[SectorMention]:
        """Adjectives sharing a head noun: "the chemical and aerospace industries"; and, in a
        stretch a cue opened, modes sharing "links": "restore road, rail and postal links" (a
        bare "road and rail links" may be one town's, "family links" no area at all)."""
        found = []
        for head in _INDUSTRY_HEAD.finditer(lowered):
            links = head.group().startswith(("link", "conn"))
            # the list starts no earlier than its cue ends: "restore road", read as one item,
            # is the cue's verb and a mode
            opened = min((s for s, e in regions if s <= head.start() < e), default=None)
            if links and opened is None:
                continue
            for first, last in _list_items(tokens, head.start()):
                if links and tokens[first].start < (opened or 0) < tokens[last].start:
                    first += 1
                start, end = tokens[first].start, tokens[last].end
                if any(s <= start < e for s, e in covered):
                    continue
                words = sentence[start:end]
                concept = (
                    self.concept(f"{words} links") or self.concept(f"{words} connections")
                    if links
                    else self.concept(f"{words} industry") or self.concept(f"{words} sector")
                )
                if concept is not None:
                    found.append(_mention(concept, words, offset + start))
        return found


_NON_AREAS = (
    "fiscal space",
    "policy space",
    "political space",
    "civic space",
    "breathing space",
    "personal space",
    "parking space",
    "parking spaces",
    "living space",
    "state of the art",
    "state-of-the-art",
    "trade-off",
    "trade-offs",
    "trade off",
    "trade offs",
    "rubber stamp",
    "rubber-stamp",
    "rubber-stamped",
)
"""Compound nouns whose last word is a sector label but which name no area: room to act
("fiscal space"), a place to park, the best of a kind ("state-of-the-art"), a compromise
("trade-offs"), an approval given unread ("rubber-stamp"). Real-estate ones ("office space")
are labels of real estate instead."""
_DETERMINERS = frozenset({"a", "an", "the", "their", "its", "his", "her", "our", "these", "those"})
"""Words that open a noun phrase: after a one-word label they make it a verb with its object."""
_PARTY_OPENERS = frozenset({"the", "their", "its", "our"})
"""Words after "between" that open the name of a party, not a subject."""
_FRAMES = frozenset({"supply chains", "value chains", "global value chains"})
"""Labels that frame the area named after them: "the supply chains of renewable energy" is about
renewable energy, as the cue "supply chains for" already reads it."""
_FRAMED_BY = frozenset({"of", "for", "in"})
_ACTS = frozenset({"construction", "building"})
"""Labels that name an act when "of" follows: "the construction of a plant" builds one plant."""
_RENEWALS = frozenset({"reconstruction", "rebuilding"})
"""Labels that name an act on the thing named after "of": "the reconstruction of the border
crossing" is about border crossings, while "the reconstruction of Ukraine" or "post-war
reconstruction" is reconstruction."""
_HEAD_WORDS = frozenset({"industry", "industries", "sector", "sectors"})
"""Words that, after an area, only say it is an economic branch: "the tourism sector"."""
_TITLE_WORDS = re.compile(r"[A-Z][a-z-]*(?:\s+(?:and|of|the|[A-Z][a-z-]*))*")
"""Words written as a title writes them: each capitalised, joined by lower-case small words."""
_TITLE_CUE = re.compile(r"(?:[A-Z][a-z]+\s+(?:of\s+)?){1,3}(?:on|in)\s+$")
"""The end of a document's title-case name before its subject: "Memorandum of Understanding
on ", "Agreement on "."""


_PARTNER = re.compile(
    r"\bwith\s+(?:the\s+)?[A-Z][\w'&.-]*(?:\s+(?:(?:and|of|&|the)\s+)*[A-Z][\w'&.-]*)*"
)
"""The partner a title-case document name is made with ("Memorandum on Cooperation with Airbus
Defence and Space"): a name, whose capitalised words ("Defence", "Space") are no areas, while
the subject after it is ("with the Republic of Chile in Agriculture")."""


def _without_partners(sentence: str, region: tuple[int, int]) -> list[tuple[int, int]]:
    """A title-case region less the partners' names in it."""
    start, end = region
    pieces = []
    for partner in _PARTNER.finditer(sentence, start, end):
        pieces.append((start, partner.start()))
        start = partner.end()
    pieces.append((start, end))
    return [(s, e) for s, e in pieces if s < e]


def _titled_cue(sentence: str, region_start: int) -> bool:
    """True when the cue that opens a region is a title-case document name."""
    return _TITLE_CUE.search(sentence, max(0, region_start - 60), region_start + 1) is not None


def _mention(concept: _Concept, text: str, start: int) -> SectorMention:
    return SectorMention(concept.iri, concept.pref_label, text, start, start + len(text))


_LAST: list[tuple[Sequence[SectorConceptLike], SectorMatcher]] = []


def find_sectors(
    sentence: str, offset: int, concepts: Sequence[SectorConceptLike]
) -> list[SectorMention]:
    """The sectors a sentence names as areas of cooperation; ``offset`` places it in the document.

    The matcher is rebuilt only when ``concepts`` is another list than the last call's, so pass
    one list (or hold a :class:`SectorMatcher`) rather than a fresh list per sentence.
    """
    if not _LAST or _LAST[0][0] is not concepts:
        _LAST[:] = [(concepts, SectorMatcher(concepts))]
    return _LAST[0][1].find(sentence, offset)


_NO_TOPIC_AFTER = (
    r"(?!\s+(?:\d+(?:st|nd|rd|th)?\b|the\s+(?:sidelines|margins|fringes|eve|occasion)\b|"
    r"board\b|arrival\b|(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|"
    r"way)\b|(?:the\s+)?(?:steps|tarmac|runway|red\s+carpet|doorstep|stage|(?:tele)?phone)\b|"
    r"(?<=about\s)(?:an?|half\s+an|one|two|three|\d+|ten|fifteen|twenty|thirty|forty|ninety)\s+"
    r"(?:hours?|minutes?)\b|"
    rf"(?:{'|'.join(WEEKDAYS + FULL_MONTH_NAMES).lower()})\b))"
)
"""After "talks on": a day or an occasion, not the talks' subjects ("talks on 15 January",
"talks on the sidelines of", "met him on a visit to the energy ministry", "met on board a
fishing boat"), a place or a means ("met him on the tarmac", "talks on the phone") or a length
("met for about an hour"); a number that is a name's first character is a subject ("talks
on 5G")."""
_NO_AUDIENCE = (
    r"(?![^.;:,]{0,40}?\b(?:forum|conference|summit|assembly|parliament|congress|senate|council|"
    r"session|nation|people|crowd|audience|students|reporters|journalists|press|media|delegates|"
    r"participants|gathering|rally|ceremony|graduates|troops|lawmakers|members)\b)"
)
"""After "addressed": not the people or the meeting spoken to ("addressed the energy forum")."""
# The cue patterns run on a lower-cased copy of the sentence: case-insensitive matching of
# long alternations is several times slower in Python's re.
_ANCHOR = re.compile(
    # Every phrase starts a word, so a match opens with the character before it (the sentence
    # is read with a space in front): ``re`` skips to such characters at C speed instead of
    # testing for a word start at every position.
    r"\W(?:"
    r"(?:cooperat\w*|collaborat\w*|partnerships?|partners?|interaction|ties|relations(?:hip)?|"
    r"exchanges|commitments?|coordinat\w*|work(?:s|ed|ing)?\s+(?:together|closely|jointly))"
    # "into": "to broaden the relationship into renewable energy and manufacturing"
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|into|on|within|across)\b"
    r"|cooperat\w*\s+between(?:\s+[\w&-]+){1,6}?\s+(?:in|on)\b"
    r"|(?:areas?|fields?|spheres?|sectors?|domains?|directions?)\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cooperation|interaction|partnership|collaboration|investment)\b"
    # "joint projects, including the power grid link and a gas pipeline"
    r"|(?:areas?|fields?|spheres?|sectors?|domains?|industries|projects)"
    r",?\s+(?:such\s+as|including|like)\b"
    r"|(?:in|into|to|of)\s+the\s+(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\b"
    # "progress on the file of illegal migration": French "le dossier de" translated
    r"|the\s+(?:files?|dossiers?)\s+of\b"
    r"|projects?\s+in\b|invest(?:ment|ments|ed|ing)?\s+in\b|invest(?:ment|ments|ors?)?\s+into\b"
    # investors sought for a branch: "wanted investors in food processing and LNG" (not "the
    # largest investors in Rwanda": who already invests where)
    r"|(?:attract(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|woo(?:s|ed|ing)?|"
    r"court(?:s|ed|ing)?|look(?:s|ed|ing)?\s+for|invit(?:e|es|ed|ing))\s+"
    r"(?:[\w-]+\s+){0,2}?investors\s+in\b"
    # where money is to be spent: "the loan will go to roads and irrigation", "the grant is to
    # be spent on schools" (not "the minister went to Paris": a person goes, money is spent)
    r"|(?:money|funds?|funding|financing|loans?|credits?|grants?|aid|proceeds)"
    r"(?:\s+(?:to|from|of)\s+[^.;,:]{1,30}?)?\s+(?:will\s+|would\s+|(?:is|are)\s+(?:set\s+|due\s+)?to\s+)?(?:go(?:es)?|went|be\s+(?:spent|used|channell?ed|"
    r"directed|allocated|earmarked))\s+(?:to|on|for|towards?)\b"
    # "exchanged views on energy and tourism", "an exchange of opinions about migration"
    r"|(?:exchang(?:e|ed|es|ing)|shar(?:e|ed|es|ing))\s+(?:of\s+)?(?:views|opinions|ideas)\s+"
    r"(?:on|about|regarding|concerning)\b"
    + _NO_TOPIC_AFTER
    + r"|(?:attention|priority|emphasis)\s+(?:to|on)\b|focus(?:ed|ing)?(?:\s+\w+){0,2}?\s+on\b"
    r"|cent(?:re|er)(?:d|s|ing)?\s+(?:on|around)\b|revolv(?:ed|es|ing)\s+around\b"
    r"|(?:especially|particularly|notably|primarily|mainly|above\s+all)\s+in\b"
    # "a meeting with President X of Mozambique on energy, defence", "talks in Lisbon with X on
    # energy", "talks last week about gas", "closer together in health"; "met Ms X on
    # policing", "a round table in Lagos on renewable energy and manufacturing"
    r"|(?:talks|meetings?|me(?:t|ets?)|discussions|dialogues?|round[\s-]?tables?|roundtables?|"
    r"forums?|seminars?|workshops?)(?:\s+[^.;,:]{1,80}?)?\s+(?:on|about)\b"
    + _NO_TOPIC_AFTER
    + r"|closer\s+(?:together\s+)?in\b"
    r"|(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?|across|ranging\s+from|concentrat\w+\s+on|"
    # "addressed irregular migration and border security", "touched on fisheries"; not an
    # audience addressed ("addressed the energy forum", "addressed students of agriculture")
    r"discuss(?:ed|es|ing)?|address(?:ed|ing)" + _NO_AUDIENCE + r"|review(?:ed|ing)|"
    r"touch(?:ed|es|ing)?\s+(?:up)?on|"
    r"talk(?:s|ed)?(?:\s+with(?:\s+[\w'\u2019-]+){1,4}?)?\s+(?:on|about)" + _NO_TOPIC_AFTER + r"|"
    r"joint\s+work\s+(?:on|in)|sessions?\s+on|cooperate\s+on|help\s+(?:with|in)|"
    # "spoke for an hour, mostly about energy security": what a conversation was about, but
    # not what was said to the press ("spoke to reporters about tourism")
    r"(?:spoke|speak(?:s|ing)?)(?:(?!reporters|journalists|press|media)[^.;:]){0,50}?\sabout|"
    # "45 million euros for water supply", "financing for infrastructure works", "grant aid of
    # about 500 million yen for irrigation", "joint funds in robotics"
    # "sought money for railways", "a line of credit for housing"
    r"(?:financing|funding|funds|money|credits|credit\s+lines?|lines?\s+of\s+credit|loans?|"
    r"grants?|euros|dollars|(?:grant\s+|development\s+)?aid)"
    r"(?:\s+of\s+[^.;,]{1,40}?)?\s+for|(?:financing|funding|funds)\s+in|"
    # "would offer training in agriculture and fisheries"
    r"(?:training|technical\s+assistance)\s+in|"
    r"supply\s+chains?\s+(?:for|of|in))\b"
    # "pacts on fisheries and dairy", "memoranda were also signed on ...", "accords concerning
    # mining", "documents dealing with tourism", "four agreements, a dash, on tourism"; a date
    # may stand between ("memoranda were signed on Tuesday on fisheries")
    r"|(?:agreements?|arrangements?|memorand(?:a|um|ums)|mous?|documents?|accords?|deals?|roadmaps?|"
    r"protocols?|conventions?|declarations?(?:\s+of\s+intent)?|letters?\s+of\s+intent|pacts?)"
    r"(?:\s+of\s+understanding)?(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:also\s+)?(?:signed|exchanged|concluded|inked|adopted))?(?:[,:]?\s+|\s+[\u2013\u2014-]\s+|\s+\()"
    r"(?:on|in|relat(?:e|es|ed|ing)\s+to|concerning|regarding|(?:dealing|dealt)\s+with)\b"
    # "agreements worth six billion euros in energy, mining and ...": the price between
    r"|(?:agreements?|deals?|contracts?|documents?)\s+(?:worth|valued\s+at)\s+"
    r"(?:[\w$\u20ac\u00a3.,-]+\s+){1,5}?in\b(?!\s+(?:\d|total|all\b|cash|the\s+(?:first|second|"
    r"third|next|past|last|coming)\b))"
    r"|support(?:s|ed|ing)?(?:\s+[\w-]+){0,2}?\s+in\b|potential\s+(?:of|in)\b"
    # a pledge of support: "pledged support for Moldova's path to EU membership" (a bare
    # "support for" may be for anyone: "support for the ruling party")
    r"|(?:pledg|reaffirm|reiterat|express|voic)(?:e|es|ed|ing|s)?\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"support\s+for\b"
    r"|opportunit(?:y|ies)\s+(?:in|for)\b|(?:promise|prospects)\s+(?:in|for)\b"
    # "there is a lot we can do together in health", "to achieve more together on climate"
    r"|(?:do|achieve|accomplish|build|grow|invest)\s+(?:more\s+|much\s+)?together\s+(?:in|on)\b"
    # what one side offers the other: "Norway offered its expertise in aquaculture", "share
    # their experience in irrigation" (not a person's: "his expertise in banking"; the check
    # looks back from the word, so it does not run at every position of every sentence)
    r"|(?:expertise(?<!\bhis\sexpertise)(?<!\bher\sexpertise)|know-how(?<!\bhis\sknow-how)"
    r"(?<!\bher\sknow-how)|(?:its|their)\s+(?:\w+\s+)?experience)"
    r"\s+(?:in|on)\b"
    # a buyer's or a market's goods: "buyers look to Vietnam for seafood", "open its market to
    # farm products such as fruit", "investment from Denmark in dairy"
    r"|look(?:s|ed|ing)?\s+(?:to|at|towards?)\s+[^.;,:]{1,40}?\s+for\b"
    r"|open(?:s|ed|ing)?\s+(?:up\s+)?(?:its|their|the)\s+(?:\w+\s+)?markets?\s+(?:to|for)\b"
    r"|(?:products|goods|commodities|produce),?\s+(?:such\s+as|including|like)\b"
    r"|invest(?:ment|ments|ors?)?\s+from\s+[^.;,:]{1,30}?\s+in\b"
    # "ready to work with Korea on lithium", "working together with the Danes on wind"
    r"|work(?:s|ed|ing)?\s+(?:together\s+)?with(?:\s+[\w'\u2019-]+){1,4}?\s+on\b"
    + _NO_TOPIC_AFTER
    # "he will meet entrepreneurs of technology and mining", "business leaders in energy"
    + r"|(?:entrepreneurs|businesspeople|business\s+(?:people|leaders))\s+(?:of|from|in)\b"
    # what a trade is made of: "exports to Finland are headed by beef, pulp and soy", "its
    # imports consist mainly of machinery", "Chile's sales to Korea include copper"
    r"|(?:exports?|imports?|shipments|sales|purchases)(?:\s+(?:to|from|of|with|in|between)\s+"
    r"[^.;,:]{1,40}?)?(?:,|\s+(?:are|is|were|was))?\s+(?:(?:headed|led|dominated|made\s+up)\s+by|"
    r"(?:consist(?:s|ed|ing)?|made\s+up|compris(?:e|es|ed|ing))(?:\s+\w+ly)?\s+of|include[sd]?)\b"
    # "agreed to boost trade, agriculture and tourism": a goal the two sides set
    # (not "expand its research centre", "strengthen exchanges between ... and governance": one
    # party's own plans, or ties whose areas other cues read)
    # "agreed to restore road, rail and postal links": the links a rupture had cut (not "restore
    # power after the storm", "reopen the mining museum": one party's own services or sites)
    r"|(?:restore|reopen|re-?establish|resume)(?=\s[^.;:]{0,60}?\b(?:links|connections|services|"
    r"flights|routes|traffic|communications)\b)"
    r"|(?:boost|expand|deepen|strengthen|enhance|promote|intensify|step\s+up)(?:\s+(?:bilateral|"
    r"their|the|mutual))?(?=\s+[a-z])(?!\s+(?:its|our|his|her|my|your|a|an|this|that|these|those|"
    r"cooperation|ties|relations|exchanges|partnership|dialogue|contacts|links|efforts|"
    r"relationship)\b)"
    # "Among the topics were water management and migration", "the issues discussed included"
    r"|(?:topics|issues|subjects)(?:\s+(?:discussed|covered|raised))?\s+(?:were|included?|including)\b"
    # "investors were interested in batteries and shipbuilding"
    r"|interest(?:ed|s)?\s+in\b"
    # "signed agreements with Emirati firms on green hydrogen"
    r"|(?:agreements?|memorand(?:a|um|ums)|mous?|deals?|contracts?)\s+with\s+[^.;,]{1,60}?\s+on\b"
    + _NO_TOPIC_AFTER
    # "the stop was about uranium", "the talks were mainly about trade" (not "about to")
    + r"|(?:visit|trip|stop|tour|talks|meeting|summit|agenda|conversation|call)\s+"
    r"(?:was|were|is|are|will\s+be)\s+(?:\w+ly\s+|all\s+)?about\b(?!\s+to\b)"
    # "the two heads of state talked trade and energy": "talked" straight before its topics
    r"|talked\b(?=\s+[a-z])(?!\s+(?:to|with|about|on|of|for|at|in|by|and|up|over|through|"
    r"briefly|late|until|again|privately|alone)\b)"
    r")"
)
"""Phrases after which a sentence lists areas of cooperation, up to the end of the clause."""
_NAMED_AS = Prefiltered(
    r"\b(?:were|are|was|is)\s+(?:named|identified|listed|chosen|singled\s+out|designated)\s+as\s+"
    r"(?:\w+\s+)?(?:priority\s+|key\s+|promising\s+)?(?:areas|fields|sectors|priorities|directions)\b"
    # "Energy and migration topped the agenda": the verb alone will do
    r"|\b(?:(?:were|are|is|was|will)\s+(?:(?:expected|likely|set)\s+to\s+)?)?(?:dominate|dominated|"
    r"top|topped|headed)\s+the\s+(?:talks|agenda|discussions)\b"
    r"|\b(?:were|are|was|is)\s+(?:also\s+)?(?:(?:high\s+)?on\s+the\s+agenda|discussed)\b"
    r"|\b(?:were|are|remain)\s+(?:among\s+)?(?:the\s+)?(?:key|main|priority|promising|important|"
    r"other)\s+(?:areas|sectors|fields|pillars|priorities)\b"
)
"""A list told before its cue: "Semiconductors and AI were named as priority fields", "Energy,
security and transport are expected to dominate the talks", "Fisheries and shipping were also
discussed", "Energy and tourism were on the agenda", "Mining and tourism remain priority
sectors", "Energy and migration topped the agenda"."""
_DOCUMENTS = rf"\b(?:{DOCUMENT_NOUN})\b"
_SIGNING = r"\b(?:signed|exchanged|concluded|inked)\b"
_SIGNED_INCLUDING = Prefiltered(
    rf"(?:{_DOCUMENTS}[^.;:]{{0,60}}?{_SIGNING}|{_SIGNING}[^.;:]{{0,60}}?{_DOCUMENTS})[^.;:]{{0,40}}?"
    r"(?:,\s+(?:including|notably|among\s+them|especially|particularly|mainly)\s+(?:ones\s+|those\s+)?"
    r"|\s+include[sd]?\s+(?:ones|those)\s+)on\b"
)
"""Documents signed whose subjects follow without their noun: "Nine documents were signed,
including on fisheries and dairy", "the ministers exchanged six memoranda, notably on tourism",
"the documents signed included ones on mining";
not what else was signed ("he signed autographs, mainly on football shirts")."""
_LISTED_AS = Prefiltered(
    r"\b(?:named|identified|listed|lists|list|chose|singled\s+out|designated|highlighted|cited)"
    r"\s+([^.;:]{3,200}?)\s+as\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:areas|fields|sectors|priorities|directions)\b"
    # what leads an agenda: "with policing and climate finance at the top of the agenda"
    r"|\bwith\s+([^.;:]{3,150}?)\s+(?:(?:at|near)\s+the\s+top\s+of|(?:high|first)\s+on|"
    r"(?:firmly\s+|squarely\s+)?on|topping|dominating|heading)\s+(?:the|its|their|his|her)\s+"
    r"agenda\b"
)
"""A list told between a verb and the part it plays: 'the statement lists "energy security" and
"tourism" as areas of cooperation', "the ministers identified mining and fisheries as priority
sectors"; or between "with" and its place on an agenda: "with policing and climate finance at
the top of the agenda", "with energy high on the agenda"."""

_CLAUSE_END = re.compile(
    r"[.;:!?\u00bb\u201d\"]|\s(?:while|whereas|but|which|who|although|because)\s"
)
_OPENING_QUOTES = " \"\u201c\u00ab\u2018'"
_HEAD_NOUN = Prefiltered(
    r"\b(?:cooperation|ties|relations|partnership|interaction|sectors?|industr(?:y|ies)|spheres?|"
    r"areas|fields|projects?|exchanges?|companies|firms|operators|factor(?:y|ies)|plants?|mills?|"
    r"mines?|dams?|(?<!\bin\s)lines?(?!\s+(?:with|of)\b)|works?(?!\s+of\b))\b"
)
"""Nouns a list of sectors can stand before: "cultural and humanitarian ties", "technology and
defence companies", "tourism operators" (not "a mining firm": one firm's trade), work to be won,
"reconstruction work" (not a person's, "her research work", nor one group's, "the humanitarian
work of the Red Cross"), and a facility of the sector, "a battery factory", "an electric car
plant", "a railway line", "a copper mine", "a hydroelectric dam" (but not "in line with", "along
the lines of")."""
_INDUSTRY_HEAD = Prefiltered(r"\b(?:industr(?:y|ies)|sectors?|links|connections)\b")


def _cue_regions(lowered: str) -> list[tuple[int, int]]:
    """The stretches of a sentence that a cue says list areas of cooperation."""
    regions = []
    for anchor in _ANCHOR.finditer(" " + lowered):
        cue_end = anchor.end() - 1  # in ``lowered``, without the space put in front
        # A quotation mark right after the cue opens the list ('a partner in "critical
        # minerals"'); only a later one closes the clause.
        head = lowered[cue_end : cue_end + 4]
        start = cue_end + len(head) - len(head.lstrip(_OPENING_QUOTES))
        regions.append((cue_end, _clause_end(lowered, start)))
    for named in _NAMED_AS.finditer(lowered):
        regions.append((0, named.start()))
    regions += [listed.span(listed.lastindex or 0) for listed in _LISTED_AS.finditer(lowered)]
    for signed in _SIGNED_INCLUDING.finditer(lowered):
        regions.append((signed.end(), _clause_end(lowered, signed.end())))
    return regions


_QUOTED_NAME = re.compile(r"[\"\u201c\u00ab][^\"\u201d\u00bb.;:!?]{1,40}[\"\u201d\u00bb]")
"""A short name in quotes, as translated releases write a firm's: 'the company "Gazprom"'."""


def _clause_end(lowered: str, start: int) -> int:
    """Where the clause that starts at ``start`` ends: its first stop, a quotation mark or a
    conjunction of another clause; a name in quotes inside the list ("the gas supply with the
    company "Gazprom", and agriculture") does not end it."""
    at = start
    while (end := _CLAUSE_END.search(lowered, at)) is not None:
        # the quotation mark may open the name, or close one opened by a mark that ends none
        quoted = _QUOTED_NAME.match(lowered, end.start()) or next(
            (q for q in _QUOTED_NAME.finditer(lowered, at, end.end()) if q.end() == end.end()),
            None,
        )
        if quoted is None:
            return end.start()
        at = quoted.end()
    return len(lowered)


def _head_regions(
    tokens: list[_Token], heads: list[re.Match[str]], countries: frozenset[int]
) -> list[tuple[int, int]]:
    """The lists of items standing before a head noun: "cultural and humanitarian ties"."""
    regions = []
    for head in heads:
        items = _list_items(tokens, head.start())
        if not items:
            continue
        start = tokens[items[0][0]].start
        if head.group() in _FIRMS_AND_FACILITIES and (
            _named(tokens, start, head.start(), countries)
            or (head.group() in _ONE_SITE and not _new_site(tokens, items[0][0]))
        ):
            continue
        first = items[0][0]
        if head.group() in _WORK and {tokens[first].key, tokens[max(first - 1, 0)].key} & _PERSONAL:
            continue  # "her research work": one person's, no area of cooperation
        regions.append((start, head.start()))
    return regions


_WORK = frozenset({"work", "works"})
_PERSONAL = frozenset({"his", "her", "my", "your"})
_ONE_SITE = frozenset({"factory", "plant", "mill", "line", "mine", "dam"})
_A = frozenset({"a", "an"})


def _new_site(tokens: list[_Token], first: int) -> bool:
    """Whether a site is told with "a"/"an": "a battery factory" to be built names its branch,
    while "the steel plant" or "its car plant" is one party's site already told of."""
    return tokens[first].key in _A or (first > 0 and tokens[first - 1].key in _A)


_FIRMS_AND_FACILITIES = frozenset(
    {"companies", "firms", "operators", "factory", "factories", "plant", "plants"}
    | {"mill", "mills", "line", "lines", "mine", "mines", "dam", "dams"}
)
"""Heads whose sector words may describe one named firm's or site's trade."""


def _named(tokens: list[_Token], start: int, end: int, countries: frozenset[int]) -> bool:
    """Whether a capitalised word other than a country's stands among the words before such a
    head: "a Toyota battery plant", "the Fukushima nuclear plant" are one party's plant, not an
    area of cooperation, while "French nuclear plants" are a country's."""
    return any(
        start <= t.start < end and t.start > 0 and t.text[0].isupper() and t.start not in countries
        for t in tokens
    )


def _list_items(tokens: list[_Token], head_start: int) -> list[tuple[int, int]]:
    """Token ranges of the items listed right before a head noun: "the oil and gas, mining and".

    Walking back from the head, an item is one or two words (a word may be joined by "-", "&"
    or "'": "wreath-laying"); items are separated by commas and "and". Anything else, or a
    third word in one item, ends the list.
    """
    index = next((i for i, t in enumerate(tokens) if t.start >= head_start), len(tokens))
    items: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []
    i = index - 1
    while i >= 0 and index - i <= 30:
        key = tokens[i].key
        if key in _SEPARATORS:
            if not current and tokens[i + 1].key not in _SEPARATORS:
                break  # a list does not end in "and" or a comma
            if current:
                items.append((current[-1][0], current[0][1]))
            current = []
            i -= 1
        elif key[0].isalnum():
            last = i
            while (
                i >= 2
                and tokens[i - 1].key in _JOINERS
                and tokens[i - 1].start == tokens[i - 2].end
            ):
                i -= 2
            if len(current) == 2:
                break
            current.append((i, last))
            i -= 1
        else:
            break
    if current:
        items.append((current[-1][0], current[0][1]))
    return items[::-1]
