"""What an amount measures: the cue words of trade, exports, imports, investment and aid.

An amount becomes a figure of the kind its sentence names (figures.py); this module holds the
kinds and their cues, and says what a sum of money is: trade or investment by the cue nearest
before or right after it, aid given ("$20 million in support"), or a contract a company won
("won an order worth Rs 26,000 crore"). Money that prices an agreement between the parties
belongs to agreements; money the sentence does not explain is no figure.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.document_nouns import DOCUMENT_NOUN
from dkg.loaders.steps.figure_aid import earmarked_aid, given_aid
from dkg.loaders.steps.figure_back_references import refers_back
from dkg.loaders.steps.funded_works import funding_given, is_works_estimate
from dkg.loaders.steps.money_purposes import money_purpose

_I = re.I
# The cue patterns below are searched in the text before every sum of money, most of which
# holds none of their words: Prefiltered skips such text without scanning it.


class FigureKind(StrEnum):
    """The ``dipv:figure-kind`` code of an economic figure."""

    TRADE_TURNOVER = "trade_turnover"
    EXPORTS = "exports"
    IMPORTS = "imports"
    INVESTMENT = "investment"
    GROWTH_PERCENT = "growth_percent"
    OTHER = "other"


_TRADE = Prefiltered(
    r"\b(?:trade\s+turnover|turnover|commodity\s+circulation|commercial\s+(?:ex|inter)changes?|"
    r"interchanges?(?=\s+(?:of|between|with|reached|amounted|totall?ed|stood|was|grew|rose|fell)\b)|"
    r"(?:goods|products|merchandise)\s+exchanged|exchanges?\s+of\s+goods|"
    r"(?:trade|commerce)(?!\s+(?:and\s+investment\s+)?(?:partners?|missions?|representatives?|"
    r"polic(?:y|ies)|offices?|unions?|cent(?:er|re)s?|houses?|fairs?|zones?|wars?|barriers?|"
    r"routes?|corridors?|ministers?|ministry|organi[sz]ation|regimes?|agreements?|"
    r"representation|council|commission|relations|ties)))\b",
    _I,
)
"""Trade between two countries, also as translations from Spanish and Portuguese put it ("an
interchange of US$ 4 billion", for "intercambio") or as "goods exchanged between" them, but
not a road's interchange, which no amount follows as its subject or object."""
_EXPORTS = Prefiltered(
    r"\bexport(?:s|ed)?\b(?![\s-]+(?:credits?|import|banks?|agenc(?:y|ies)|finance|financing|"
    r"insurers?|insurance|guarantees?)\b)|\b(?:were|was)\s+sold\s+to\b|"
    r"\b(?:sold|sells?|selling)\s+(?:goods|products|merchandise)\b|"
    r"\bsales\s+to\s+(?:(?-i:[A-Z])|(?:that|this)\s+(?:market|country)\b)|"
    r"\b(?:bought|buys?|buying|purchased|purchases?)\s+(?-i:[A-Z])[\w-]*\s+"
    r"(?:goods|products|merchandise|exports)\b|"
    r"\bpurchases\s+of\s+(?-i:[A-Z])[\w-]*\s+(?!(?:government\s+|treasury\s+)?(?:bonds?|"
    r"shares?|stocks?|securities|debt|assets|stakes?|equity|companies|firms|land|property)\b)"
    r"(?-i:[a-z])[\w-]*\b",
    _I,
)
"""Exports, but not the lending of an export credit agency, an export-import bank or an export
bank, which are credits ("export credit agency SACE signed credit lines of up to $3 billion",
"the export banks of both countries will lend $2 billion"); goods that "were sold to" another
country are exports too, and so are a country's "sales to Chile" (or "to that market", named
before) and the goods it "sold", and
goods of one country another "bought" ("Japan bought Chilean goods worth $4 billion": Chile's
exports to Japan, the seller's side, as the gold states exports), as are its "purchases of
Kazakh wheat" (any goods named after the seller's adjective, but not bonds, shares or firms,
which are investment)."""
_IMPORTS = Prefiltered(
    r"\bimport(?:s|ed)?\b|\b(?:bought|buys?|buying|purchased)\s+(?:goods|products|merchandise)\b|"
    r"\bpurchases\s+from\s+(?-i:[A-Z])",
    _I,
)
"""Imports, also told as goods a country "bought" or its "purchases from Peru"."""
_INVESTMENT = Prefiltered(
    r"\b(?:invest(?:ment|ments|ed|s|ing|ors?)?|FDI|attract(?:ed|ing)?|capital|portfolio|"
    r"projects?|financ(?:e|ing)|funding|cost(?:s|ing)?|facility|plant|factory)\b",
    _I,
)
_AID = Prefiltered(r"\b(?:loans?|credits?|grants?|aid|assistance|donations?)\b", _I)
_PLEDGED_AID = re.compile(
    r"^\s+(?:in|of|for|as(?:\s+an?)?)\s+(?:(?:new|additional|further|official|development|humanitarian|economic|"
    r"budget|financial|military|emergency|technical|food|relief|disaster|medical|health|"
    r"reconstruction|recovery|security|defen[cs]e|climate|agricultural|education|foreign|"
    r"bilateral|non-?reimbursable|non-?refundable|concessional|free|(?-i:[A-Z][\w.]*))\s+){0,2}"
    r"(?:aid|assistance|support|pledges|donations|contributions|grants?|"
    r"(?<=development\s)cooperation)\b",
    _I,
)
"""Aid named right after its sum: "$20 million in humanitarian aid", "$85 million in pledges",
"€30 million as budget support", "$2 million as a grant",
and "in development cooperation", the name donors give their aid ("EUR 3 million in development
cooperation and humanitarian assistance"), also aid that need not be paid back ("150 million
yuan of non-reimbursable aid"); cooperation of another kind is no sum given."""
_AID_OF = Prefiltered(
    r"\b(?:aid|assistance|support)\s+(?:of|worth|totall?ing)\s+(?:(?:about|around|some|nearly|over|"
    r"more\s+than|up\s+to|roughly)\s+)?$",
    _I,
)
"""Aid named before its sum: "development assistance of around A$600 million", "budget
support of 20 million euros"."""
_AID_STANDS_AT = Prefiltered(
    r"\b(?:aid|assistance|ODA)\b(?:\s*\([^()]{1,12}\))?(?:\s+(?!(?:and|or|but)\b)[\w'\u2019-]+){0,8}?"
    r"\s+(?:(?:is|was|are|were|will\s+be)\s+)?(?:estimated\s+(?:at|to\s+be)|put\s+at|valued\s+at|"
    r"totall?(?:ed|s)|amount(?:s|ed)\s+to|reached|stood\s+at|stands\s+at|came\s+to)\s+"
    r"(?:(?:about|around|some|nearly|over|more\s+than|up\s+to|roughly|approximately)\s+)?$",
    _I,
)
"""Aid told as a total, with a verb of measure: "total development assistance to Malawi in 2024
is estimated at €38 million", "Japan's aid to Laos totalled $90 million", "Korea's assistance to
Fiji for 2025 is valued at about US$12 million"."""
_AID_DOCUMENTS = Prefiltered(
    r"\b(?:funding|grant|aid|assistance)\s+(?:agreements?|arrangements?)\b[^.;]{0,40}?"
    r"(?:worth|valued\s+at|totall?ing|amounting\s+to)\s+(?:(?:a|an)\s+)?(?:(?:combined|total|"
    r"overall|aggregate)\s+(?:of\s+)?)?(?:(?:about|around|some|nearly|over|more\s+than|up\s+to|"
    r"roughly)\s+)?$",
    _I,
)
"""Documents that give aid, priced: "signed three grant agreements worth a combined €27
million". The sum is money one country gives the other, a figure, besides the documents the
agreements count; documents of another kind ("agreements worth $2 billion") only price them."""
_LENT_OF = Prefiltered(
    r"\b(?:loans|grants)\s+(?:of|worth|totall?ing)\s+(?:(?:about|around|some|nearly|over|"
    r"more\s+than|up\s+to|roughly)\s+)?$",
    _I,
)
"""Loans or grants, in the plural, named before their sum ("has extended loans and grants of
about JPY 90 billion"): the aid one country has given another, unless a signed document holds
them ("an exchange of notes on loans of 10 billion yen" is that document's content). One loan
("a loan of $500 million for the port") is the price of a project, no figure."""
_GIVEN_GRANT = Prefiltered(
    r"\b(?:give|gives|gave|given|provide|provides|provided|providing|extend|extends|extended|"
    r"offer|offers|offered|donate|donates|donated)\s+(?:(?-i:[A-Z][\w.-]*)\s+){0,3}"
    r"(?:a|an)\s+(?:[\w-]+\s+)?grant\s+(?:of|worth|totall?ing)\s+(?:(?:about|around|some|"
    r"nearly|over|more\s+than|up\s+to|roughly)\s+)?$",
    _I,
)
"""One grant a party gives another ("Japan will give Laos a grant of $7 million") is a gift,
aid like grants in the plural; one a bank approves for a clinic prices that project."""
_IN_LOANS = re.compile(
    r"^\s+in\s+(?:(?:new|additional|further|concessional|soft|development|[\w-]+-term)\s+){0,2}"
    r"(?:loans|grants|credits)\s+to\s+(?:the\s+)?(?-i:[A-Z])",
    _I,
)
"""Loans or grants in the plural named right after their sum and given to a named recipient
("pledged $500 million in loans to Vietnam"), the same aid as "loans of $500 million" and read
with the same document check; a bank's "$2 billion in loans last year" to its clients is not."""
_LENDS = Prefiltered(
    r"\b(?:lend|lends|lent|lending)\s+(?:the\s+)?(?:(?-i:[A-Z][\w.-]*)\s+){1,3}"
    r"(?:(?:about|around|some|nearly|over|more\s+than|up\s+to|roughly|an\s+additional|"
    r"another|a\s+further)\s+)?$",
    _I,
)
_FOR_A_PROJECT = re.compile(r"^\s+(?:for|to\s+(?:build|finance|fund|pay|buy))\b", _I)
"""A sum lent to a recipient named before it ("has lent Kenya more than $9 billion") is aid, like
loans in the plural, unless its clause names another kind ("invested and lent $31 billion" is
investment); lent "for the metro line" it prices one project, as one loan does."""
_PROVIDED = Prefiltered(
    r"\b(?:provide|provides|provided|providing|give|gives|gave|contribute|contributes|"
    r"contributed|allocate|allocates|allocated)\s+(?:(?:about|around|some|nearly|over|"
    r"more\s+than|up\s+to|roughly|an\s+additional|another|a\s+further)\s+)?$",
    _I,
)
_TO_HELP = re.compile(
    r"^(?:\s+(?:over|across|within)\s+(?:the\s+next\s+)?[\w-]+\s+years?)?,?\s+to\s+"
    r"(?:help|support|assist|aid)\b",
    _I,
)
"""Money a country gives another for a purpose, the sum right after the verb of giving and
the purpose right after the sum (maybe after its period): "will provide NOK 300 million over
five years to support", "would give 20 million euros to help". The gold counts such funding of
a programme as investment ("A$105 million over four years to support the transition"), unlike
a sum "in aid"; money given "to build a plant" is read by the investment cues instead."""
_TO_A_FUND = re.compile(
    r"^\s+(?:each\s+year\s+|a\s+year\s+|annually\s+)?(?:to|into|for)\s+(?:the|a|an)\s+"
    r"(?:(?-i:[A-Z])[\w.-]*\s+){0,4}(?:[a-z-]+\s+)?(?:trust\s+)?fund\b",
    _I,
)
"""Money a party gives to a fund: "will contribute 37 million US dollars to the NATO trust
fund", "gave $5 million to the Green Climate Fund". A contribution of the relationship, told
like aid (kind ``other``)."""
_CREDIT_LINE_OF = Prefiltered(
    r"\b(?:lines?\s+of\s+credit|credit\s+lines?)\s+"
    r"(?:to\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s+)?(?:of|worth)\s+(?:(?:about|around|"
    r"some|nearly|over|more\s+than|up\s+to|roughly)\s+)?$",
    _I,
)
_CREDIT_LINE_AFTER = re.compile(
    r"^(?:\s*\([^()]*\)|,\s+or\s+[^,]{1,60},)?\s+"
    r"(?:(?:to\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?\s+)?"
    r"(?:as|for)\s+(?:a|an|the)\s+)?(?:(?!(?:as|for|to|of|and|or|in|with)\s)[a-z-]+\s+)?"
    r"(?:lines?\s+of\s+credit|credit\s+lines?)\b",
    _I,
)
"""A line of credit named after its sum, maybe after the sum restated in dollars: "$100 million
defence line of credit", "120 billion CFA francs (about $200 million) for a line of credit",
"$200 million to Senegal as a credit line"; not a sum told "as credit lines dried up"."""
_IN_A_DOCUMENT = Prefiltered(
    r"\b(?:memorand(?:a|ums?)|MoUs?|agreements?|notes|contracts?|accords?)\b(?:[^.;]|\.\d){0,150}$",
    _I,
)
"""A line of credit one country opens for another, a figure of the relationship (the gold
counts it as investment): "a line of credit of $250 million", "lines of credit to Guyana of
$150 million", "a $100 million defence line of
credit". Inside a signed document ("a memorandum on credit lines of up to $3 billion") the sum
is the document's content, as a loan or a grant named before its sum is."""
"""Money given as aid, a figure of the relationship ("$20 million in humanitarian aid", "$85
million in pledges" to a fund); a loan or grant named before its amount inside a signed
document is that document's content instead (``_LENT_OF``)."""
_ONE_GRANT = Prefiltered(
    r"\bgrant\s+(?:of|worth|totall?ing)\s+(?:(?:about|around|some|nearly|over|more\s+than|"
    r"up\s+to|roughly)\s+)?$",
    _I,
)
_GRANT_GIVEN = Prefiltered(
    r"\b(?:announc(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|provid(?:e|es|ed|ing)(?!\s+for\b)|"
    r"offer(?:s|ed|ing)?|extend(?:s|ed|ing)?|give|gives|gave|given|giving|donat(?:e|es|ed|ing))\s+"
    r"(?:[\w-]+\s+){0,4}?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?grant\s+(?:of|worth|totall?ing)\s+"
    r"(?:(?:about|around|some|nearly|over|more\s+than|up\s+to|roughly)\s+)?$",
    _I,
)
"""One grant near a signed document is that document's content ("signed a memorandum on a grant
of $5 million", "the exchange of notes: a loan of ... and a grant of", "the agreement provides
for a grant of"; a grant notes are exchanged on is aid, see figure_aid) unless a verb of giving
has it as its own object ("signed the agreement, under which India will provide a grant of
US$7 million", "after the signing, announced a Korean grant of"): then it is one country's
gift."""
_GOODS = r"(?:goods|produce|products|merchandise|cargo|commodities|freight)"
_GOODS_WORTH = Prefiltered(
    rf"\b{_GOODS}\s+(?:worth|valued\s+at)\s+(?:(?:about|around|some|nearly|almost|over|"
    r"more\s+than|up\s+to|roughly)\s+)?$",
    _I,
)
_CROSSED_BORDER = re.compile(
    rf"^(?P<goods>\s+worth\s+of\s+{_GOODS})?\s+(?:crossed|cross(?:es)?|passed\s+through|"
    r"moved\s+across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:border|frontier)s?\b",
    _I,
)
"""Trade told as goods crossing the border between two countries: "produce worth some $12
million crossed the Benin-Togo frontier", "$40 million worth of goods crossed the border"; a
sum that crosses no border ("goods worth $3 million were seized") or that is no goods
("cash worth ...") is no trade."""
_BALANCE = Prefiltered(r"\b(?:surplus|deficit|trade\s+balance)\b", _I)
_CUES = (
    (FigureKind.OTHER, _BALANCE),
    (FigureKind.EXPORTS, _EXPORTS),
    (FigureKind.IMPORTS, _IMPORTS),
    (FigureKind.INVESTMENT, _INVESTMENT),
    (FigureKind.TRADE_TURNOVER, _TRADE),
)
_CUE_AFTER = re.compile(
    r"^\s+(?:in|of|worth\s+of)\s+(?:(?!(?:and|or|but|while|whereas)\b)[^\W\d]\w*\s+){0,3}?"
    r"(?P<cue>trade|turnover|exports?|imports?|"
    r"investments?|capital|financ(?:e|ing)|funding)\b",
    _I,
)
"""A kind named right after the amount, in its own clause: in "$5 billion in 2023 and
investment $2 billion" the investment is the next amount's."""
_PRICES_AGREEMENT = Prefiltered(
    rf"\b(?:{DOCUMENT_NOUN})\b"
    r"[^.;]{0,40}?(?:worth|valued\s+at|totall?ing|amounting\s+to|for|with\s+a\s+(?:total\s+)?"
    r"value\s+of|(?:total\s+)?value\s+of)(?:\s+(?:a|an)?\s*(?:combined|total|overall|aggregate|"
    r"estimated)(?:\s+of)?)?\s*$",
    _I,
)
_PRICES_DEALS_AFTER = Prefiltered(
    r"^\s+(?:in|of|worth\s+of)\s+(?:(?!(?:and|or|but|with|to)\b)[\w'\u2019-]+\s+){0,3}?"
    r"(?:deals?|agreements?|accords?|pacts?|memorand(?:a|ums?)|mous?)\b",
    _I,
)
"""A sum named as the worth of the deals right after it: "courts $2bn in US investment deals",
"$1.2 billion of energy agreements". The agreements carry the sum; "investment" there only
names the deals' kind."""
_WON = Prefiltered(
    r"\b(?:won|wins|win|winning|secured|secures|bagged|landed|clinched|awarded|received)\s+"
    r"(?:(?:an?|the|two|three|several|new|large|major|big|record)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:orders?|contracts?|tenders?)\b[^.;]{0,60}?(?:worth|valued\s+at|of)\s+"
    r"(?:(?:about|around|some|nearly|over|more\s+than|up\s+to)\s+)?$",
    _I,
)
"""A contract or order a company won, worth a sum: a figure of the business between the two
countries, not the price of an agreement the parties signed."""

LABELS = {
    FigureKind.TRADE_TURNOVER: "trade turnover",
    FigureKind.EXPORTS: "exports",
    FigureKind.IMPORTS: "imports",
    FigureKind.INVESTMENT: "investment",
}


def money_kind(
    sentence: str, start: int, end: int, window: str, referent: FigureKind | None = None
) -> tuple[FigureKind, str] | None:
    """The kind of the money at ``start:end`` of ``sentence`` and the label of its description,
    or None when it is not a figure; ``window`` is the text since the previous figure, and
    ``referent`` the kind of the paragraph's last sum, which "raise it to $40 billion" means."""
    before = sentence[:start]
    after = sentence[end:]
    if _WON.search(before[-120:]):
        return FigureKind.OTHER, "contract won"
    if _AID_DOCUMENTS.search(before[-80:]):
        return FigureKind.OTHER, "aid"
    if _PRICES_AGREEMENT.search(before[-80:]) or _PRICES_DEALS_AFTER.match(after):
        return None
    gift = given_aid(before)  # "a donation of 300 million yuan", "notes on a grant of"
    if gift is not None:
        return FigureKind.OTHER, gift
    purpose = money_purpose(before, after, sentence)
    if purpose == "share of the total":  # "Of the total, EUR 736 million will go to ..."
        return referent or FigureKind.OTHER, purpose
    # The same slice is asked the same questions by several rules below: each is searched
    # once, as ``money_kind`` runs before every sum of a figure sentence.
    in_a_document = _IN_A_DOCUMENT.search(before[-200:])
    documented = in_a_document
    if documented and _ONE_GRANT.search(before[-60:]):
        documented = None if _GRANT_GIVEN.search(before[-100:]) else documented
    if purpose is not None and not (purpose == "aid" and documented):
        return FigureKind.OTHER, purpose
    if _PLEDGED_AID.match(after) or _AID_OF.search(before[-60:]):
        return FigureKind.OTHER, "aid"
    given = _LENT_OF.search(before[-60:]) or _GIVEN_GRANT.search(before[-80:])
    if given and not in_a_document:
        return FigureKind.OTHER, "aid"
    provided = _PROVIDED.search(before[-60:])
    if provided and _TO_HELP.match(after):
        return FigureKind.INVESTMENT, "funding"
    if provided and _TO_A_FUND.match(after):
        return FigureKind.OTHER, "contribution"  # "contribute $37 million to the trust fund"
    lent = _CREDIT_LINE_OF.search(before[-60:])
    if (lent or _CREDIT_LINE_AFTER.match(after)) and not in_a_document:
        return FigureKind.INVESTMENT, "line of credit"
    crossed = _CROSSED_BORDER.match(after)
    if crossed and (crossed["goods"] or _GOODS_WORTH.search(before[-60:])):
        return FigureKind.TRADE_TURNOVER, LABELS[FigureKind.TRADE_TURNOVER]
    kind = cue_after(after) or last_cue(window) or last_cue(_own_clause(before))
    if kind is None and _AID_STANDS_AT.search(before[-100:]):
        return FigureKind.OTHER, "aid"
    if kind is None and referent is not None and refers_back(window):
        kind = referent
    if kind is None and not _AID.search(window):
        kind = first_cue(sentence)
    if kind is None and not in_a_document:
        funded = funding_given(before)  # "Luxembourg finances EUR 120 million of rail works"
        if funded is not None:
            return FigureKind.OTHER, funded
    if kind is None and is_works_estimate(before):
        return FigureKind.INVESTMENT, LABELS[FigureKind.INVESTMENT]
    lends = _LENDS.search(before[-60:]) and not _FOR_A_PROJECT.match(after)
    if kind is None and (lends or _IN_LOANS.match(after)) and not in_a_document:
        return FigureKind.OTHER, "aid"
    if kind is None and not in_a_document and earmarked_aid(before, after):
        return FigureKind.OTHER, "allocation"  # "will allocate EC$2.5 million ... towards"
    if kind is None:
        return None  # money the sentence does not say the meaning of: a price, a loan
    return kind, LABELS.get(kind, "trade balance")


_CLAUSE_BREAK = re.compile(r"[;,]\s+(?:while|whereas|but|and)\b|;", _I)


def _own_clause(before: str) -> str:
    """The clause an amount stands in, up to the amount: when a percentage comes between the
    cue and the sum ("while imports rose 1.7% to $72.8 billion"), the text since the previous
    figure holds no cue, and the sentence's first cue is another clause's ("Exports ...")."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].start() :] if breaks else ""  # one clause: the first cue is its


@functools.lru_cache(maxsize=64)
def first_cue(sentence: str) -> FigureKind | None:
    """The kind the sentence is about: the earliest cue in it.

    Read only for the amounts that need it, once per sentence (cached): most amounts name
    their kind right before or after them, and most sentences with numbers state no figure.
    """
    best: tuple[int, FigureKind] | None = None
    for kind, pattern in _CUES:
        found = pattern.search(sentence)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), kind)
    return best[1] if best else None


def last_cue(window: str) -> FigureKind | None:
    """The kind named last before an amount, in the text since the previous amount."""
    best: tuple[int, FigureKind] | None = None
    for kind, pattern in _CUES:
        for found in pattern.finditer(window):
            if best is None or found.start() > best[0]:
                best = (found.start(), kind)
    return best[1] if best else None


def cue_after(after: str) -> FigureKind | None:
    """The kind named right after an amount: "$4 billion in trade", "$2bn of exports"."""
    found = _CUE_AFTER.match(after)
    if found is None:
        return None
    word = found["cue"].lower()
    if word.startswith("export"):
        return FigureKind.EXPORTS
    if word.startswith("import"):
        return FigureKind.IMPORTS
    if word.startswith(("trade", "turnover")):
        return FigureKind.TRADE_TURNOVER
    return FigureKind.INVESTMENT
