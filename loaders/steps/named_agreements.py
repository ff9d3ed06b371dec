"""Named agreements: "the Treaty on ...", "a joint statement", "a free trade agreement".

A named document has a kind (from its head noun: treaty, memorandum, exchange of notes,
charter...) and a title (the capitalised name before the head, or the words describing it and
what follows it: "memorandum of understanding on water management"). Statements made to the
press and documents only quoted for what they say are not new documents.
"""

from __future__ import annotations

import re

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.skip_ahead_pattern import SkipAheadPattern
from dkg.loaders.steps.agreement_mentions import AgreementKind, AgreementMention, AgreementStatus
from dkg.loaders.steps.calendar_words import MONTH_NAMES, WEEKDAY_NAME
from dkg.loaders.steps.commemorated_documents import recalled_by_anniversary
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN
from dkg.loaders.steps.numerals import LONG_SCALE, WORD_NUMBER

_I = re.I
HEADS = {
    "joint declaration": AgreementKind.JOINT_DECLARATION,
    "declaration": AgreementKind.JOINT_DECLARATION,
    "joint statement": AgreementKind.JOINT_STATEMENT,
    "joint vision statement": AgreementKind.JOINT_STATEMENT,
    "joint communique": AgreementKind.JOINT_STATEMENT,
    "joint communiqué": AgreementKind.JOINT_STATEMENT,
    "communique": AgreementKind.JOINT_STATEMENT,
    "communiqué": AgreementKind.JOINT_STATEMENT,
    "statement": AgreementKind.JOINT_STATEMENT,
    "vision": AgreementKind.JOINT_DECLARATION,
    "vision document": AgreementKind.JOINT_DECLARATION,
    "treaty": AgreementKind.TREATY,
    "convention": AgreementKind.TREATY,
    "memorandum of understanding": AgreementKind.MEMORANDUM,
    "memorandum": AgreementKind.MEMORANDUM,
    "mou": AgreementKind.MEMORANDUM,
    "agreement": AgreementKind.AGREEMENT,
    "protocol": AgreementKind.AGREEMENT,
    "accord": AgreementKind.AGREEMENT,
    "arrangement": AgreementKind.AGREEMENT,
    "exchange of notes": AgreementKind.AGREEMENT,
    "exchange of letters": AgreementKind.AGREEMENT,
    "charter": AgreementKind.JOINT_DECLARATION,
    "letter of intent": AgreementKind.MEMORANDUM,
    "letter of intention": AgreementKind.MEMORANDUM,
    "letter of intentions": AgreementKind.MEMORANDUM,
    "contract": AgreementKind.CONTRACT,
    "roadmap": AgreementKind.ROADMAP,
    "road map": AgreementKind.ROADMAP,
    "action plan": AgreementKind.PROGRAMME,
    "plan": AgreementKind.PROGRAMME,
    "plan of action": AgreementKind.PROGRAMME,
    "programme": AgreementKind.PROGRAMME,
    "program": AgreementKind.PROGRAMME,
    "framework": AgreementKind.AGREEMENT,
    "terms of reference": AgreementKind.AGREEMENT,
}
"""The kind of a named document by its head noun, lower case."""
_HEAD = (
    r"joint\s+declaration|joint\s+(?:vision\s+)?statement|joint\s+communiqu[eé]|"
    r"memorandum\s+of\s+understanding|terms\s+of\s+reference|memorandum|MoU|treaty|convention|"
    r"agreement|arrangement|accord|exchange\s+of\s+(?:notes|letters)|"
    r"letter\s+of\s+intent(?:ions?)?|charter|protocol|contract|road\s*map|action\s+plan|"
    r"plan\s+of\s+action|plan|programme|program|declaration|communiqu[eé]|framework"
)
_LEGAL_HEAD = (
    r"(?:agreement|arrangement|accord|treaty|convention|protocol|memorandum|MoU|charter|contract|"
    r"framework)\b"
)
"""Heads that any describing words may name ("a free trade agreement"); "a meal programme" or
"a transport plan" is a subject far more often than a document."""
_WHEN = (
    rf"on\s+{WEEKDAY_NAME}|"
    rf"on\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAMES}|on\s+{MONTH_NAMES}\.?\s+\d+|"
    rf"in\s+(?:{MONTH_NAMES}|(?:19|20)\d\d)(?=[\s,.;]|$)|"
    r"on\s+the\s+(?:sidelines|margins|occasion|eve)|in\s+the\s+(?:presence|course)\s+of"
)
"""The day or occasion of a signing, which ends the document's title: "a memorandum on farming
on Thursday", "... on 14 March", "... in May 2024", "... on the sidelines of the summit"."""
_STOP = (
    r"(?=\s*(?:[;:()\"\u00ab\u00bb\u201c\u201d]|[,.](?!\d))|\s+(?:which|that|was|were|is|are|has|"
    r"have|had|will|would|shall|should|during|at|by|as|after|before|while|within|"
    r"and\s+(?:also\s+)?(?:signed|adopted|agreed|began|launched|"
    r"started|opened|announced|decided|discussed|held|witnessed|attended|presided|exchanged|issued|"
    r"welcomed|the|a|an|to|another|one(?=\s+(?:on|for)\s))|"
    r"and\s+(?:of\s+)?(?:\d+|" + WORD_NUMBER + r")\s+(?:(?:further|other|more|additional|"
    r"separate|new)\s+)?(?i:" + DOCUMENT_NOUN + r")|signed|adopted|"
    r"(?:together|along)\s+with|with|under|including|covering|among|worth|valued|next|last|this|today|yesterday|tomorrow|"
    r"later|soon|earlier|to\s+(?:that|this|the\s+same)\s+effect|" + _WHEN + r")\b|\s*$)"
)
_INFINITIVE = (
    r"(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|which|whom|whose|be|"
    r"date|each|both|all|any|some|it|them|him|us|me|you)\b)[a-z]+\b"
)
"""The verb of what a legal document is for ("an agreement to extend the visa waiver", "a
contract to lease 12 aircraft"): a lower-case word after "to" that is no article, pronoun or
"be" ("the treaty to which", "to date")."""
_LEGAL_NOUNS = (
    "agreement accord treaty convention protocol memorandum understanding mou contract arrangement"
)
_LEGAL_BEFORE = "(?:" + "|".join(rf"(?<=(?i:{noun})\s)" for noun in _LEGAL_NOUNS.split()) + ")"
"""A legal document's head before what it is for; a programme, plan or roadmap "to upgrade the
grid" or "to guide the partnership" is a policy far more often, and keeps the verbs of
``_REST`` that make it a document."""
_REST = (
    # "a declaration titled "For Democracy, Always"": the name the text quotes after it
    r"(?:\s+(?:titled|entitled)\s+[\"\u201c\u00ab][^\"\u201d\u00bb]{2,120}[\"\u201d\u00bb]|"
    # "... Agreement on 5 June": a day right after the head is when it was signed, not its subject
    r"(?P<rest>(?!\s+(?:"
    + _WHEN
    + r")\b)\s+(?:on|of|for|between|among|with|from(?!\s+wh)|regarding|concerning|about|"
    r"in\s+the\s+(?:fields?|areas?|spheres?)\s+of|aimed\s+at|to\s+(?:strengthen|develop|expand|promote|deepen|establish|build|"
    r"construct|set\s+up|create|supply|buy|purchase|produce|open)|"
    + _LEGAL_BEFORE
    + r"to(?=\s+"
    + _INFINITIVE
    + r")|"
    r"(?!(?:during|including|covering|according|following|concerning)\b)[a-z]+ing)\s+"
    r"(?:[^,;.:()\"\u00ab\u00bb\u201c\u201d]|(?<=\d)[.,](?=\d)){2,200}?)"
    + _STOP
    + "|"
    + _STOP
    + "|"
    r"(?=\s+(?:on|of|for|between|regarding|concerning|aimed|in(?=\s+(?-i:[A-Z])))\b))"
)
"""What follows a document's head noun: the name it is given in quotes ("titled "..."" keeps
its commas), or its subject up to the end of the phrase ("a loan agreement from the
development agency for the metro line": a lender's too), if it ends (a decimal point or a
thousands comma, "a 3.7 billion dollar refinery", does not end it)."""
_PRICE = (
    rf"(?:(?:(?:US\$|\$|\u20ac|\u00a3|[A-Z]{{3}}\s?)\d[\d.,]*(?:[\s-]+(?:{LONG_SCALE}))?"
    rf"|\d[\d.,]*[\s-]+(?:{LONG_SCALE}))(?:[\s-]+[A-Z][a-z]+)?[\s-]+)?"
)
"""A price between the article and the document it is for: "a 40 million Euro grant
agreement", "a USD 40 million loan agreement", with any scale word the amounts read ("USD 1.2
bn", "3 lakh crore"); the title leaves it out. A number without a currency or a scale ("the
2019 agreement") is a year or a count, not a price."""
_SHORT_FORM = r"(?P<short>\s*\((?:[A-Z][A-Za-z]{1,7}|MoU)\))?"
"""The short form news gives a document in brackets right after its head ("a memorandum of
understanding (MoU) on fisheries"): the same document, whose subject follows; read alone, the
bracketed "MoU" would be a second memorandum and the first one's subject lost."""
_NAMED = Prefiltered(
    # A match opens with a capitalised word or an article (a, an, the): testing the first
    # letter spares trying both forms at every other position of the sentence. Every match
    # holds a head noun, so a sentence without one is not scanned at all (Prefiltered).
    r"(?=[A-Zat])(?:"
    # "Peru\u2013Japan" (en dash): a pair of countries joined by an en dash is one word of the title
    r"(?:(?P<cap>(?:[A-Z][\w'\u2013-]*\s+){0,6}?)(?P<caphead>(?-i:Joint\s+Declaration|Joint\s+Statement|"
    r"Joint\s+Communiqu[eé]|Memorandum\s+of\s+Understanding|Memorandum|MoU|Treaty|Convention|"
    r"Agreement|Arrangement|Accord|Exchange\s+of\s+(?:Notes|Letters)|Letter\s+of\s+Intent(?:ions?)?|Charter|Protocol|"
    r"Contract|Road\s*[Mm]ap|Action\s+Plan|Plan\s+of\s+Action|Programme|Program|Declaration|"
    r"Statement|Vision(?:\s+Document)?|Communiqu[eé]|[Tt]erms\s+of\s+[Rr]eference))\b"
    # "the Canada-Peru Action Plan 2025-2028": the years a plan runs are part of its name
    r"(?:\s+(?:19|20)\d\d(?:\s*[-\u2013/]\s*(?:19|20)?\d\d)?(?![\d.,]\d))?"
    r"|\b(?:[Aa]|[Aa]n|[Tt]he)\s+"
    + _PRICE
    + r"(?:(?:(?!(?:of|on|and|or|to|for|with|in|at|by|its|their|his|"
    r"her|this|that|which|was|were|is|are|be|been|being|will|would|has|have|had|not|also|a|an|the)"
    r"\s|(?!(?:revised|amended|updated|renewed)\s)[a-z]+ed\s)(?P<mod>[a-zA-Z][\w-]*\s+)){1,3}"
    r"(?=" + _LEGAL_HEAD + r")|(?:(?:new|bilateral|"
    # "an executive programme for cultural cooperation": the programme two governments sign
    r"comprehensive|intergovernmental|joint|framework|cooperation|strategic|partnership|"
    r"executive)\s+){0,3})"
    r"(?P<head>" + _HEAD + r"))\b" + _SHORT_FORM + _REST + r")",
)
_HEADLINE_VERB = re.compile(
    r"^(?:.*\s)?(?:Sign(?:s|ed)?|Ink(?:s|ed)?|Seal(?:s|ed)?|Adopts?|Concludes?|Ratif(?:y|ies))"
    r"\s+"
)
"""A headline's verb in title case, which the capitalised words before a head take in: what
follows it is the document's name ("Kenya, Japan Sign Road Agreement"). Only the tenses a
headline writes: "the Renewed Partnership Agreement" or "the Adopted Text" is a name."""
CITED = Prefiltered(
    r"\b(?:in|under|according\s+to)\s+(?:a|the|their)\s+joint\s+(?:declaration|statement|communiqu[eé])\b",
    re.I,
)
"""A document quoted for what it says was adopted: "In a joint statement, the leaders ..."."""
_SOUGHT_BEFORE = SkipAheadPattern(
    r"\b(?:negotiat(?:e|es|ed|ing|ions?)|talks|discussions?|consultations|work(?:s|ed|ing)?\s+"
    r"towards?|mov(?:e|es|ed|ing)\s+towards?|explor(?:e|es|ed|ing)|stud(?:y|ies|ied|ying)|"
    r"consider(?:s|ed|ing)?|pursu(?:e|es|ed|ing)|aim(?:s|ed|ing)?\s+(?:at|for)|"
    r"push(?:es|ed|ing)?\s+for|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing)\s+for|"
    r"(?:want|wish|hope|aim|strive|desire|seek|press|urge|need|look\s+forward)(?:s|d|ed|ing)?\s+"
    r"(?:(?:both\s+)?(?:sides|parties|leaders|them|each\s+other)\s+)?to\s+(?:(?:swiftly|quickly|"
    r"soon|finally|rapidly)\s+)?(?:conclud|sign|finali[sz]|seal|complet|reach)\w*|"
    r"call(?:s|ed|ing)?\s+for\s+(?:an?\s+|the\s+)?(?:(?:early|swift|speedy|rapid|prompt|timely|"
    r"quick)\s+)?(?:conclusion|signing|signature|finali[sz]ation|completion)|"
    r"(?:aim|goal|view|objective)\s+(?:of|to)\s+conclud(?:e|ing))"
    r"\s+(?:(?:on|for|towards?|over|about|of|into)\s+)?(?:(?:a|an|the|their|its)\s+)?$",
    _I,
)
"""What makes a document only sought: "negotiations on a free trade agreement", "explore a
reciprocal health care agreement", "work towards an investment treaty", "negotiate with the aim
of concluding a partnership agreement", or only wished for:
"they want to conclude the trade agreement this year", "called for the early conclusion of the
treaty" (a wish is neither a signature nor a signing planned)."""
_SOUGHT_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:is|are|was|were|remains?|will\s+be|would\s+be|is\s+to\s+be|are\s+to\s+be)"
    r"\s+(?:still\s+|now\s+|currently\s+)?(?:being\s+|to\s+be\s+|under\s+)?"
    r"(?:negotiat\w+|discuss\w+|explor\w+|stud\w+|consider\w*)\b",
    _I,
)
"""A document said to be under negotiation: "the treaty is still being negotiated"."""
_NOT_SIGNED_AFTER = re.compile(
    r"^(?:\s*,[^.;,]{1,60},)?[^.;,]{0,60}?\b(?:(?:was|were|is|are)(?:\s+not|n['\u2019]t)|"
    r"(?:has|have|had)(?:\s+not|n['\u2019]t)\s+(?:yet\s+)?been)\s+(?:yet\s+)?"
    r"(?:signed|concluded|among)\b",
    _I,
)
"""A document that is the subject of a denied signing: "the pact Chile seeks was not among the
texts signed", "the treaty, which Chile wants, has not yet been signed"; one clause on, the
documents signed beside it are not ("signed a memorandum, though the deal Chile wants was not
among them" keeps the memorandum)."""
_HOPED = Prefiltered(
    r"\b(?:can|could|may|might)\s+(?:soon\s+|one\s+day\s+|eventually\s+|still\s+)?be\s+"
    r"(?:concluded|signed|reached|finali[sz]ed)\b",
    _I,
)
"""A document only hoped for: "an agreement between the two blocs can be concluded"."""
IN_FORCE_BEFORE = Prefiltered(
    r"\b(?:expansion|extension|implementation|continuation|enlargement|entry\s+into\s+force)\s+"
    r"of\s+(?:(?:the|its|their)\s+)?$",
    _I,
)
"""A document already in force that the event only extends or reviews: "an expansion of the
... Program", "reviewed the implementation of two memoranda", or one signed before that comes
into force: "welcomed the entry into force of the trade agreement"."""
_GOVERNED_BY = re.compile(
    r"\b(?:under|within|in\s+line\s+with|in\s+accordance\s+with|according\s+to|pursuant\s+to)"
    r"\s+(?:(?:the|its|their)\s+)?$",
    _I,
)
"""The mandate a body acts under: "Under the terms of reference of the joint commission, they
signed a memorandum". Only terms of reference are read so: "under the agreement, Kenya will
export tea" most often tells what a document signed at the event provides."""
_ENACTED = Prefiltered(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|adopt(?:s|ed|ing)?|approv(?:e|es|ed|ing)|"
    r"endors(?:e|es|ed|ing)|conclud(?:e|es|ed|ing))\b",
    _I,
)
"""Verbs that make a statement a document; one only issued or released is a communiqué, as a
press release is ("issued a joint statement calling for a ceasefire"), unless ``_ISSUED`` tells
otherwise."""
_ISSUED = re.compile(r"\b(?:issu|releas|publish)(?:e|es|ed|ing)\s+(?:a|an|the|their)\s+$", _I)
"""A statement issued under its own capitalised title ("issued a Joint Statement on elevating
ties") or on the countries' relations (``_ON_RELATIONS``) is the document an official release
names, not a communiqué to the press."""
_ON_RELATIONS = re.compile(
    r"\s+on\s+[^.;]*?\b(?:partnership|relations|relationship|ties|cooperation|friendship|"
    r"alliance)\b",
    _I,
)
"""The subject of a statement that sets the two countries' relations ("released a joint
statement on building a comprehensive strategic partnership"): the document of the visit,
issued or signed; one issued on a war or calling for a ceasefire speaks to the press."""
_PRESS = re.compile(r"^\s+(?:to|for)\s+(?:the\s+)?(?:media|press|journalists|reporters)\b", _I)
_SPOKEN = re.compile(r"\b(?:made|make|makes|gave|give|delivered|read)\s+(?:a|the)\s+$", _I)
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", _I)
_AMONG_SIGNED = re.compile(
    r"\b(?:signed|inked|concluded|exchanged)\b[^.;]{0,200}?(?:,\s*|\s)(?:along\s+with|"
    r"together\s+with|as\s+well\s+as|and)\s+$",
    _I,
)
"""A plan listed with the texts a sentence signs: "signed an agreement on railways, along with a
plan for the upgrade of the port works"; alone ("unveiled a plan to cut tariffs") a plan is a
policy, not a document (the gold leaves out an action plan only "launched")."""
_SIGNS_IT = re.compile(r"\b(?:signed|inked|concluded|sign|signs|will\s+sign)\s+$", _I)
"""A signing verb whose object is the framework itself: "signed a framework for joint funds" is
a framework agreement; "signed five documents within the framework of the visit" signs none."""


def find_named_agreements(
    sentence: str,
    offset: int,
    status: AgreementStatus,
    parties: tuple[str, ...] = (),
    *,
    enacted: bool = False,
) -> list[AgreementMention]:
    """Named documents: "the Treaty on ...", "a joint statement", "a memorandum on ...".

    ``parties`` are the story's two countries, when known: a document its describing words
    name them by ("a Kenyan-Polish fisheries agreement") is theirs, not a third pair's.
    ``enacted`` tells that a line before signed the sentence's documents (an item under "The
    following documents were signed:"), so a statement it names is one of them."""
    named = []
    for match in _NAMED.finditer(sentence):
        head = match["caphead"] or match["head"]
        if head is None:
            continue
        key = re.sub(r"\s+", " ", head.lower())
        kind = HEADS.get(key)
        if kind is None:
            continue
        head_start = match.start("caphead" if match["caphead"] else "head")
        if _PRESS.match(sentence[match.end() :]) or _SPOKEN.search(sentence[: match.start()]):
            continue
        if key == "framework" and not _SIGNS_IT.search(sentence, 0, match.start()):
            continue  # "within the framework of", "a legal framework": no document signed
        if key == "plan" and not _AMONG_SIGNED.search(sentence, 0, match.start()):
            continue  # "a plan to cut tariffs": a policy, unless listed with texts signed
        before = sentence[: match.start()]
        if (
            _SOUGHT_BEFORE.search(before)
            or _SOUGHT_AFTER.match(sentence[match.end() :])
            or _NOT_SIGNED_AFTER.match(sentence[match.end() :])
            or _HOPED.search(sentence, match.start(), match.end() + 40)
        ):
            continue  # negotiated or hoped for, neither signed nor prepared for signature
        if (
            IN_FORCE_BEFORE.search(before)
            or (key == "terms of reference" and _GOVERNED_BY.search(before))
            or recalled_by_anniversary(sentence, match.start())
        ):
            continue  # "the 30th anniversary of the Treaty of Friendship": an old document
        issued_title = (
            match["caphead"] or (match["rest"] and _ON_RELATIONS.match(match["rest"]))
        ) and _ISSUED.search(sentence, 0, head_start)
        if kind is AgreementKind.JOINT_STATEMENT and not (
            enacted or _ENACTED.search(sentence) or issued_title
        ):
            continue
        title_start = match.start("cap") if match["caphead"] and match["cap"] else head_start
        if match["cap"]:  # "Norway, Iceland Sign Boundary Treaty": the name follows the verb
            verb = _HEADLINE_VERB.search(match["cap"])
            title_start += verb.end() if verb else 0
        if match["mod"]:  # "a free trade agreement": the words before the head name it too
            title_start = _first_modifier(sentence, match.start(), head_start)
            if not set(_countries_named(sentence[title_start:head_start])) <= set(parties):
                continue  # "a Turkish-Libyan memorandum" in a story of two others: a third pair's

        end = _without_city(sentence, match.start(), match.end())
        title = sentence[title_start:end]
        if match["short"] and end >= match.end("short"):
            short = slice(match.start("short") - title_start, match.end("short") - title_start)
            title = title[: short.start] + title[short.stop :]
        title = title.strip()
        title = _DETERMINER.sub("", title)
        named.append(
            AgreementMention(
                kind=kind,
                status=status,
                spans=((offset + match.start(), offset + end),),
                title=title,
                count=1,
            )
        )
    return named


_IN_CITY = re.compile(r"\s+in\s+(?P<place>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\s*$")


def _without_city(sentence: str, start: int, end: int) -> int:
    """Where a document's phrase ends once the city it was signed in is left out: "a memorandum
    on farming in Hanoi" is the memorandum on farming; "an accord on investment in Africa"
    keeps its region, which no city table holds."""
    tail = _IN_CITY.search(sentence, start, end)
    if tail is not None and load_gazetteer().city(tail["place"]) is not None:
        return tail.start()
    return end


_CAPITALISED_PART = re.compile(r"[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*)*")
"""Capitalised words in a row, up to a hyphen: "Kenyan", "Polish" of "Kenyan-Polish";
"South African"; "Indian Ocean"."""


def _countries_named(modifiers: str) -> list[str]:
    """The countries that capitalised words before a lower-case head name ("Turkish-Libyan",
    "South African"), not a programme ("a Strategic Sector Cooperation agreement") nor a region
    named after a country ("an Indian Ocean fisheries agreement": the name ends in "Ocean")."""
    gazetteer = load_gazetteer()
    named = []
    for part in _CAPITALISED_PART.findall(modifiers):
        country = gazetteer.country_named(part) or gazetteer.country_named(part.split()[-1])
        if country is not None:
            named.append(country.iso2)
    return named


_NEW = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+" + _PRICE + r"(?:(?:new|further|another|first|second)\s+)*"
)


def _first_modifier(sentence: str, start: int, head_start: int) -> int:
    """Where a lower-case title begins: after the article and words such as "new"."""
    lead = _NEW.match(sentence, start, head_start)
    return lead.end() if lead else start
