"""The stretches of a sentence that a cue says list areas of cooperation.

A cue ("cooperation in", "areas of cooperation included", "talks with X on", "were named as
priority sectors") opens a region that runs to the end of its clause; the sector matcher looks
for labels only there (or before a head noun, see ``sector_heads``). A document's title-case name
before its subject ("Memorandum of Understanding on Cooperation in Health") is told apart, as
its areas are capitalised too.
"""

from __future__ import annotations

import re

from dkg.loaders.letter_branches import by_first_letter
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.calendar_words import FULL_MONTH_NAMES, WEEKDAYS
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN
from dkg.loaders.steps.sector_trade_goods import trade_goods_regions

_TITLE_CUE = SkipAheadPattern(r"(?:[A-Z][a-z]+\s+(?:of\s+)?){1,3}(?:on|in)\s+$")
"""The end of a document's title-case name before its subject: "Memorandum of Understanding
on ", "Agreement on "."""


_PARTNER = re.compile(
    r"\b(?:with|between)\s+(?:the\s+)?[A-Z][\w'&.-]*(?:\s+(?:(?:and|of|&|the)\s+)*[A-Z][\w'&.-]*)*"
)
"""The partner a title-case document name is made with ("Memorandum on Cooperation with Airbus
Defence and Space"), or the parties it is made between ("on Maritime Safety between the Kenyan
Coast Guard and the Navy of Oman"): names, whose capitalised words ("Defence", "Coast Guard") are
no areas, while the subject after them is ("with the Republic of Chile in Agriculture")."""


def without_partners(sentence: str, region: tuple[int, int]) -> list[tuple[int, int]]:
    """A title-case region less the partners' names in it."""
    start, end = region
    pieces = []
    for partner in _PARTNER.finditer(sentence, start, end):
        pieces.append((start, partner.start()))
        start = partner.end()
    pieces.append((start, end))
    return [(s, e) for s, e in pieces if s < e]


def titled_cue(sentence: str, region_start: int) -> bool:
    """True when the cue that opens a region is a title-case document name."""
    return _TITLE_CUE.search(sentence, max(0, region_start - 60), region_start + 1) is not None


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
    r"participants|gathering|rally|ceremony|graduates|troops|lawmakers|members|event|diaspora|"
    r"community|reception|dinner|luncheon|banquet)\b)"
)
"""After "addressed": not the people or the meeting spoken to ("addressed the energy forum")."""
# The cue patterns run on a lower-cased copy of the sentence: case-insensitive matching of
# long alternations is several times slower in Python's re.
_ANCHOR = by_first_letter(
    # Every phrase starts a word, so a match opens with the character before it (the sentence
    # is read with a space in front): ``re`` skips to such characters at C speed instead of
    # testing for a word start at every position. There, only the phrases that start with the
    # next letter are tried (letter_branches.py): no alternative may open with an optional
    # word, so "grant aid" and "development aid" are spelt out beside "aid".
    r"\W(?:"
    r"(?:cooperat\w*|collaborat\w*|partnerships?|partners?|interaction|ties|relations(?:hip)?|"
    r"exchanges|commitments?|coordinat\w*|work(?:s|ed|ing)?\s+(?:together|closely|jointly))"
    # "into": "to broaden the relationship into renewable energy and manufacturing"; "beyond":
    # "hoped the partnership would reach beyond oil to solar and wind" names both sides
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|into|on|within|across|beyond)\b"
    # the partner may stand between: "the partnership with Brazil should move beyond oil to"
    r"|(?:cooperat\w*|collaborat\w*|partnerships?|ties|relations(?:hip)?)(?:\s+[\w'\u2019-]+){0,6}?"
    r"\s+(?:extend|expand|go|grow|mov|reach|broaden|widen|stretch)\w*\s+beyond\b"
    # what the two fight together: "cooperation against arms smuggling and piracy" (right
    # after the word: "cooperation to fight bias against palm oil" is against a product)
    r"|(?:cooperat\w*|collaborat\w*|partnerships?|coordinat\w*)\s+against\b"
    r"|cooperat\w*\s+between(?:\s+[\w&-]+){1,6}?\s+(?:in|on)\b"
    r"|(?:areas?|fields?|spheres?|sectors?|domains?|directions?)\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cooperation|interaction|partnership|collaboration|investment)\b"
    # "joint projects, including the power grid link and a gas pipeline"
    r"|(?:areas?|fields?|spheres?|sectors?|domains?|industries|projects)"
    r",?\s+(?:such\s+as|including|like)\b"
    # "firms active in sectors from mining and banking to aerospace and rail"
    r"|(?:areas|fields|spheres|sectors|domains|industries)\s+(?:ranging\s+)?from\b"
    r"|(?:in|into|to|of)\s+the\s+(?:fields?|areas?|spheres?|sectors?|domains?)\s+of\b"
    # "progress on the file of illegal migration": French "le dossier de" translated
    r"|the\s+(?:files?|dossiers?)\s+of\b"
    r"|projects?\s+in\b|invest(?:ment|ments|ed|ing)?\s+in\b|invest(?:ment|ments|ors?)?\s+into\b"
    r"|(?:attention|priority|emphasis)\s+(?:to|on)\b|focus(?:ed|ing)?(?:\s+\w+){0,2}?\s+on\b"
    # "highlighted the Government's priorities in housing, fisheries and tourism"
    r"|priorit(?:y|ies)\s+in\b"
    # "centred on", "centered largely on", "revolved mainly around": an adverb may stand between
    r"|(?:cent(?:re[ds]?|ring|er(?:s|ed|ing)?)|revolv(?:ed|es|ing))(?:\s+\w+ly)?\s+"
    r"(?:on|around)\b"
    r"|(?:especially|particularly|notably|primarily|mainly|above\s+all)\s+in\b"
    # "a meeting with President X of Mozambique on energy, defence", "talks in Lisbon with X on
    # energy", "talks last week about gas", "closer together in health"; "met Ms X on
    # policing", "a round table in Lagos on renewable energy and manufacturing"
    r"|(?:talks|meetings?|me(?:t|ets?)|discussions|dialogues?|round[\s-]?tables?|roundtables?|"
    r"forums?|seminars?|workshops?)(?:\s++[^.;,:]{1,80}?)?\s++(?:on|about)\b"
    + _NO_TOPIC_AFTER
    + r"|closer\s+(?:together\s+)?in\b"
    r"|(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?|across|ranging\s+from|concentrat\w+\s+on|"
    # "addressed irregular migration and border security", "touched on fisheries"; not an
    # audience addressed ("addressed the energy forum", "addressed students of agriculture")
    r"discuss(?:ed|es|ing)?|address(?:ed|ing)" + _NO_AUDIENCE + r"|review(?:ed|ing)|"
    r"touch(?:ed|es|ing)?\s+(?:up)?on|"
    r"talk(?:s|ed)?(?:\s+with(?:\s+[\w'\u2019-]+){1,4}?)?\s+(?:on|about)" + _NO_TOPIC_AFTER + r"|"
    # "Malta will help Libya with healthcare": the one helped may stand between
    r"joint\s+work\s+(?:on|in)|sessions?\s+on|cooperate\s+on|"
    r"help(?:s|ed|ing)?(?:\s+[\w'\u2019-]+){0,3}?\s+(?:with|in)|"
    # "spoke for an hour, mostly about energy security": what a conversation was about, but
    # not what was said to the press ("spoke to reporters about tourism")
    r"(?:spoke|speak(?:s|ing)?)(?:(?!reporters|journalists|press|media)[^.;:]){0,50}?\sabout|"
    # "45 million euros for water supply", "financing for infrastructure works", "grant aid of
    # about 500 million yen for irrigation", "joint funds in robotics"
    # "sought money for railways", "a line of credit for housing"
    r"(?:financing|funding|funds|money|credits|credit\s+lines?|lines?\s+of\s+credit|loans?|"
    r"grants?|euros|dollars|grant\s+aid|development\s+aid|aid)"
    r"(?:\s+of\s+[^.;,]{1,40}?)?\s+for|(?:financing|funding|funds)\s+in|"
    # "would offer training in agriculture and fisheries", "pledged assistance to Laos in the
    # development of infrastructure" (the one helped may stand between)
    r"(?:training|assistance(?:\s+to\s+[^.;,:]{1,40}?)?)\s+in|"
    r"supply\s+chains?\s+(?:for|of|in))\b"
    # "pacts on fisheries and dairy", "memoranda were also signed on ...", "accords concerning
    # mining", "documents dealing with tourism", "four agreements, a dash, on tourism"; a date
    # may stand between ("memoranda were signed on Tuesday on fisheries")
    r"|(?:agreements?|arrangements?|memorand(?:a|um|ums)|mous?|documents?|accords?|deals?|roadmaps?|"
    r"protocols?|conventions?|declarations?(?:\s+of\s+intent)?|letters?\s+of\s+intent|pacts?|texts?|"
    # "six legal instruments were signed in agriculture": the word of treaty-drafting English,
    # once signed ("instruments on loan" are a band's)
    r"instruments?(?=\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?(?:signed|"
    # or what they are about: "the other instruments concern the fisheries"
    r"exchanged|concluded|inked|adopted)|concern(?:s|ed)?|relat(?:e|es|ed)\s+to|deal(?:s|t)?\s+with)))"
    r"(?:\s+of\s+understanding)?(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:also\s+)?(?:signed|exchanged|concluded|inked|adopted))?(?:[,:]?\s+|\s+[\u2013\u2014-]\s+|\s+\()"
    r"(?:on|in|relat(?:e|es|ed|ing)\s+to|concern(?:s|ed|ing)?|regarding|(?:dealing|dealt)\s+with|"
    # what a document holds: "the new memorandum includes the exploration of lithium"
    r"include[sd]?)\b"
    # "agreements worth six billion euros in energy, mining and ...": the price between
    r"|(?:agreements?|deals?|contracts?|documents?)\s+(?:worth|valued\s+at)\s+"
    r"(?:[\w$\u20ac\u00a3.,-]+\s+){1,5}?in\b(?!\s+(?:\d|total|all\b|cash|the\s+(?:first|second|"
    r"third|next|past|last|coming)\b))"
    r"|support(?:s|ed|ing)?(?:\s+[\w-]+){0,2}?\s+in\b|potential\s+(?:of|in)\b"
    r"|opportunit(?:y|ies)\s+(?:in|for)\b|(?:promise|prospects)\s+(?:in|for)\b"
    # "there is a lot we can do together in health", "to achieve more together on climate"
    r"|(?:do|achieve|accomplish|build|grow|invest)\s+(?:more\s+|much\s+)?together\s+(?:in|on)\b"
    # what a buyer orders: "the airline placed an order for 20 aircraft" (not "in order for")
    r"|orders?(?<!\bin\sorder)\s+for\b"
    # what one side offers the other: "Norway offered its expertise in aquaculture", "share
    # their experience in irrigation" (not a person's: "his expertise in banking"; the check
    # looks back from the word, so it does not run at every position of every sentence)
    r"|(?:expertise(?<!\bhis\sexpertise)(?<!\bher\sexpertise)|know-how(?<!\bhis\sknow-how)"
    # a country's own: "learn from the Uruguayan experience in forestry"
    r"(?<!\bher\sknow-how)|(?:its|their|our|the)\s+(?:\w+\s+){0,2}?experience)"
    r"\s+(?:in|on)\b"
    # a buyer's or a market's goods: "buyers look to Vietnam for seafood", "open its market to
    # farm products such as fruit", "investment from Denmark in dairy"
    r"|look(?:s|ed|ing)?\s+(?:to|at|towards?)\s+[^.;,:]{1,40}?\s+for\b"
    r"|open(?:s|ed|ing)?\s+(?:up\s+)?(?:its|their|the)\s+(?:\w+\s+)?markets?\s+(?:to|for)\b"
    r"|(?:products|goods|commodities|produce|exports|imports),?\s+(?:such\s+as|including|like)\b"
    r"|invest(?:ment|ments|ors?)?\s+from\s+[^.;,:]{1,30}?\s+in\b"
    # "ready to work with Korea on lithium", "working together with the Danes on wind"
    r"|work(?:s|ed|ing)?\s+(?:together\s+)?with(?:\s+[\w'\u2019-]+){1,4}?\s+on\b"
    + _NO_TOPIC_AFTER
    # what the firms present in a country do: "300 Korean companies operate in Peru, many in
    # fishing and mining" (not the rest of the clause after the place: "firms operate in Kenya,
    # and trade grew" names where they are); "firms working in Iraq, most of them in housing"
    + r"|(?:companies|firms|businesses|enterprises)\s+(?:operat(?:e|es|ing)|(?:are\s+)?active|"
    r"(?:are\s+)?present|(?:are\s+)?work(?:s|ing)?)\s+in\s+[^.;:,]{1,40}?,\s+(?:many|most|"
    r"mostly|some|several|largely|(?:many|most|some|several)\s+of\s+them)\s+in\b"
    # "he will meet entrepreneurs of technology and mining", "business leaders in energy"
     + r"|(?:entrepreneurs|businesspeople|business\s+(?:people|leaders))\s+(?:of|from|in)\b"
    # what a trade is made of: "exports to Finland are headed by beef, pulp and soy", "its
    # imports consist mainly of machinery", "Chile's sales to Korea include copper"
    r"|(?:exports?|imports?|shipments|sales|purchases)(?:\s+(?:to|from|of|with|in|between)\s+"
    r"[^.;,:]{1,40}?)?(?:\s+(?:are|is|were|was))?\s+(?:(?:headed|led|dominated|made\s+up)\s+by|"
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
    # "signed agreements with Emirati firms on green hydrogen", "an agreement was signed between
    # the two central banks on local currency settlement": the parties stand before the subject
    r"|(?:agreements?|memorand(?:a|um|ums)|mous?|deals?|contracts?)(?:\s+(?:was|were|has\s+been|"
    r"have\s+been)\s+(?:also\s+)?(?:signed|concluded|inked))?\s+(?:with|between)\s+[^.;,]{1,60}?\s+on\b"
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
_SOUGHT_SPENT_OR_DISCUSSED = Prefiltered(
    # investors sought for a branch: "wanted investors in food processing and LNG" (not "the
    # largest investors in Rwanda": who already invests where)
    r"\b(?:attract(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|woo(?:s|ed|ing)?|"
    r"court(?:s|ed|ing)?|look(?:s|ed|ing)?\s+for|invit(?:e|es|ed|ing))\s+"
    r"(?:[\w-]+\s+){0,2}?investors\s+in\b"
    # where money is to be spent: "the loan will go to roads and irrigation", "the grant is to
    # be spent on schools" (not "the minister went to Paris": a person goes, money is spent)
    r"|\b(?:money|funds?|funding|financing|loans?|credits?|grants?|aid|proceeds)"
    r"(?:\s+(?:to|from|of)\s+[^.;,:]{1,30}?)?\s+"
    r"(?:will\s+|would\s+|(?:is|are)\s+(?:set\s+|due\s+)?to\s+)?(?:go(?:es)?|went|be\s+(?:spent|"
    r"used|channell?ed|directed|allocated|earmarked))\s+(?:to|on|for|towards?)\b"
    # "exchanged views on energy and tourism", "an exchange of opinions about migration"
    r"|\b(?:exchang(?:e|ed|es|ing)|shar(?:e|ed|es|ing))\s+(?:of\s+)?(?:views|opinions|ideas)\s+"
    r"(?:on|about|regarding|concerning)\b"
    + _NO_TOPIC_AFTER
    # a pledge of support: "pledged support for Moldova's path to EU membership", or support
    # thanked for or held up: "thanked Rome for its continued support for the European
    # integration of Albania", "Italy's support for ..." (a bare "support for" may be for anyone,
    # "support for the ruling party": it counts after a pledge, a thanks or whose support it is)
    + r"|\b(?:pledg|reaffirm|reiterat|express|voic)(?:e|es|ed|ing|s)?\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"support\s+for\b"
    r"|\b(?:its|their|our|[a-z]+['\u2019]s)\s+(?:(?:strong|continued|continuing|firm|unwavering|"
    r"steadfast|full|consistent)\s+)?support\s+for\b"
)
"""Cues of a list that say what is sought, paid for or talked over; apart from ``_ANCHOR``, so
that a sentence without their words ("investors", "views", "support for", ...) skips them."""
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
_AREA_NOUNS = (
    r"(?:pillars|priorities|areas|fields|tracks|axes|directions|spheres|sectors|domains|avenues)"
)
_JOINT_WORK = r"(?:cooperation|partnership|collaboration|interaction)"
_LIST_AFTER_AREA_NOUN = Prefiltered(
    rf"\b{_AREA_NOUNS}\s+(?:of|for)\s+(?:[\w-]+\s+){{0,2}}?{_JOINT_WORK}\b"
    rf"|\b{_JOINT_WORK}\s+{_AREA_NOUNS}\b",
)
"""The parts of a joint programme, counted or named ("seven pillars of cooperation", "priority
tracks of partnership", "the cooperation priorities"); the list follows ``_LIST_OPENER``."""
_LIST_OPENER = re.compile(r"[^.;:]{0,80}?(?::|,?\s+(?:namely|including|such\s+as)\b)")
"""What stands between the parts and their list: a colon ("pillars of cooperation with the
region: agriculture, ...") or "namely", "including"; the partner or the count may come first."""
_DOCUMENTS = rf"\b(?:{DOCUMENT_NOUN})\b"
_SIGNING = r"\b(?:signed|exchanged|concluded|inked)\b"
_SIGNED_INCLUDING = Prefiltered(
    rf"(?:{_DOCUMENTS}[^.;:]{{0,60}}?{_SIGNING}|{_SIGNING}[^.;:]{{0,60}}?{_DOCUMENTS})[^.;:]{{0,40}}?"
    r"(?:,\s+(?:including|notably|among\s+them|especially|particularly|mainly)\s+(?:ones?\s+|those\s+)?"
    r"|\s+include[sd]?\s+(?:ones?|those)\s+)on\b"
)
"""Documents signed whose subjects follow without their noun: "Nine documents were signed,
including on fisheries and dairy", "the ministers exchanged six memoranda, notably on tourism",
"the documents signed included ones on mining";
not what else was signed ("he signed autographs, mainly on football shirts")."""
_LISTED_AS = Prefiltered(
    r"\b(?:named|identified|listed|lists|list|chose|singled\s+out|designated|highlighted|cited)"
    # "listed mining and health among the priority sectors"
    r"\s+([^.;:]{3,200}?)\s+(?:as|among)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:areas|fields|sectors|priorities|directions)\b"
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


def cue_regions(lowered: str) -> list[tuple[int, int]]:
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
    for parts in _LIST_AFTER_AREA_NOUN.finditer(lowered):
        # after a colon the list runs past the clause a cue would stop at ("ports, and ...")
        opener = _LIST_OPENER.match(lowered, parts.end())
        if opener is not None:
            regions.append((opener.end(), _clause_end(lowered, opener.end())))
    regions += trade_goods_regions(lowered)  # "mainly exports coffee and tea"
    for signed in _SIGNED_INCLUDING.finditer(lowered):
        regions.append((signed.end(), _clause_end(lowered, signed.end())))
    for cue in _SOUGHT_SPENT_OR_DISCUSSED.finditer(lowered):
        end = _clause_end(lowered, cue.end())
        # "the aid went to families displaced by the floods": who is helped, not an area
        described = _DESCRIBED_BY.search(lowered, cue.end(), end)
        regions.append((cue.end(), described.start() if described else end))
    return regions


_DESCRIBED_BY = re.compile(r"\s(?:that|whose|(?:[a-z]+ed|hit|struck|left)\s+(?:by|homeless))\s")
"""A relative clause, full or reduced, that tells who a sum goes to ("families displaced by the
floods", "those hit by the quake"); the areas a sum is spent on come before it."""


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
