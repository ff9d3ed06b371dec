"""Money between two countries that is neither trade nor investment: remittances, deposits, debt
claims, aid packages and grants, donated goods, lease payments, customs duties, contributions,
tourists' spending, and the share of a sum told just before.

Reports of a visit measure a relationship in more than trade: what a diaspora sends home
("remittances reached US$7.7 billion"), what one state keeps in the other's central bank ("a
US$3 billion deposit in the central bank"), the debt one holds on the other ("300 million euros
of claims"), the aid it gives ("a financial package of EUR 1 billion", "has provided 2.5
million euros over the past three years"), what its tourists spend there ("earned 1.3 billion euros
from Norwegian tourists"), and where part of such a sum goes ("Of the total,
EUR 736 million will go to health"). The gold counts each as a figure of kind ``other``.
"""

from __future__ import annotations

import re

from dkg.loaders.prefilter import Prefiltered

_I = re.I
_ABOUT = r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly)\s+)?"
_REMITTANCES_BEFORE = Prefiltered(
    rf"\bremittances\b(?:\s+(?!(?:and|or|but)\b)[\w'\u2019-]+){{0,7}}?\s+(?:reached|totall?ed|"
    rf"amounted\s+to|stood\s+at|came\s+to|rose\s+to|grew\s+to|fell\s+to|were|of|worth|topped|"
    rf"exceeded)\s+{_ABOUT}$",
    _I,
)
"""Remittances told before their sum: "remittances from Chileans abroad reached $2 billion"."""
_AFTER = re.compile(
    r"^\s*(?:(?P<deposit>(?:[\w-]+\s+)?deposits?\b)|(?:in|of)\s+(?:[\w-]+\s+)?"
    r"(?:(?P<remittances>remittances)|(?P<debt>claims|debts?)(?!\s+(?:and\s+)?(?:equity|"
    r"markets?|instruments?|securities|funds?|issues?))\b))",
    _I,
)
"""A purpose named right after the sum: "a US$3 billion deposit", "$2 billion in remittances",
"300 million euros of claims", "$1.5 billion of debt"; not "of debt instruments", which are
securities a market trades."""
_DEPOSIT_OF = Prefiltered(
    rf"\b(?:deposits?\s+(?:of|worth|totall?ing)|deposit(?:s|ed|ing)?)\s+{_ABOUT}$", _I
)
_EARNED = Prefiltered(
    rf"\b(?:earn(?:s|ed|ing)?|brought\s+in|brings?\s+in|generat(?:e|es|ed|ing)|"
    rf"rak(?:e|es|ed|ing)\s+in)\s+{_ABOUT}$",
    _I,
)
_FROM_TOURISTS = re.compile(
    r"^\s+(?:from|in)\s+(?:[\w-]+\s+){0,3}?(?:tourists|tourism|visitors|holidaymakers)\b", _I
)
_TOURISM_EARNINGS = Prefiltered(
    rf"\btourism\s+(?:revenues?|receipts|earnings|income)\b(?:\s+(?!(?:and|or|but)\b)"
    rf"[\w'\u2019-]+){{0,6}}?\s+(?:reached|totall?ed|amounted\s+to|stood\s+at|came\s+to|"
    rf"rose\s+to|grew\s+to|fell\s+to|were|was|of|topped|exceeded)\s+{_ABOUT}$",
    _I,
)
"""What tourists of one country spend in another: "earned 1.3 billion euros from Norwegian
tourists", "tourism receipts from Chinese visitors reached $2 billion"."""
_BANK = Prefiltered(r"\b(?:central\s+bank|reserves|treasury|bank\s+of|state\s+bank)\b", _I)
"""A deposit is money held with a bank: "a gold deposit worth $3 billion" is a mine."""
_PACKAGE_OF = Prefiltered(
    rf"\b(?:financial|financing|aid|support|assistance|funding|grant|loan|economic|rescue|"
    rf"recovery)\s+package\s+(?:of|worth|totall?ing)\s+{_ABOUT}$",
    _I,
)
"""Aid told as a package: "a financial package of EUR 1 billion until 2027"."""
_DONOR_GRANT = Prefiltered(
    r"\b(?:a|an|the)\s+(?!(?:[\w-]+\s+)?(?:Bank|Fund)\b)(?:(?-i:[A-Z])[\w-]*\s+){1,2}grant\s+"
    rf"(?:of|worth|totall?ing)\s+{_ABOUT}$",
    _I,
)
"""A grant named by its donor: "a Japanese grant of $3 million", "an EU grant worth 2 million
euros"; a bank's or a fund's grant prices the project it pays for."""
_GRANT_OF = Prefiltered(rf"\bgrant\s+(?:of|worth|totall?ing)\s+{_ABOUT}$", _I)
_UNDER_A_FRAMEWORK = re.compile(r"^\s+under\s+(?:the|a|an|its|their)\s", _I)
"""A grant given under the parties' framework ("a grant of 30 million yuan under the economic
and technical cooperation agreement"): aid the agreement provides for, not one project's price."""
_LENDER = Prefiltered(
    r"\b(?:banks?|funds?|IMF|ADB|AfDB|AIIB|EIB|IDB|IsDB|IFAD|GEF|World\s+Bank)\b(?!\s+of\b)", _I
)
"""A bank or a fund that gives a grant: "the development bank approved a grant of $9 million
for the hospital" prices that project, a lender's business with a client, no gift of one country
to another; the Bank of a country ("the Bank of Fiji") is no lender of grants."""
_GIFT_VALUED = Prefiltered(
    r"\b(?:equipment|supplies|medicines|vehicles|materials|items|donations?|boats|vessels|ships|"
    r"ambulances|buses|trucks|cars|aircraft|helicopters|machinery|generators|computers|tractors)"
    r"(?:[\s,]+(?!(?:and|or|but|which|that|who)\b)[\w'\u2019-]+){0,6}?,?\s+"
    rf"(?:worth|valued\s+at)\s+{_ABOUT}$",
    _I,
)
_GIVING = re.compile(r"\b(?:donat|handed\s+over|hands?\s+over|gift|gave|give|provid)", _I)
"""Goods one country gives another, told by their value: "donated medical supplies valued at
$2 million", "handed over equipment worth 5 million euros", also craft and vehicles with their
destination between ("provided two patrol boats to the coast guard worth 1.6 billion yen")."""
_PAYMENTS_OF = Prefiltered(
    r"\b(?:annual|yearly|lease|rent(?:al)?)\s+payments?\s+(?:of|averaging|worth|totall?ing)\s+"
    rf"{_ABOUT}$",
    _I,
)
"""What one state pays the other each year, for a lease or a base: "annual payments averaging
£90 million over the lease"."""
_FROM_A_CHANNEL = re.compile(
    r"^\s+(?:(?:in|last|this)\s+(?:(?:19|20)\d\d|year)\s+)?from\s+(?:(?:the|its|their|this|that)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:pipelines?|transit|tolls?|fees|royalties|canal|corridor|railway|"
    r"dam|port)\b",
    _I,
)
"""What two countries earn from what joins them: "Azerbaijan and Georgia earned more than 600
million US dollars from the pipeline in 2023", "earned $40 million from transit fees"."""
_CUSTOMS = Prefiltered(
    r"\b(?:customs\s+(?:duties|revenues?|receipts|collections?)|(?:import|export)\s+duties)\b"
    r"(?:\s+(?!(?:and|or|but)\b)[\w'\u2019-]+){0,6}?\s+(?:reached|totall?ed|amounted\s+to|"
    rf"stood\s+at|came\s+to|rose\s+to|grew\s+to|fell\s+to|were|was|of|topped|exceeded)\s+{_ABOUT}$",
    _I,
)
"""Duties collected on the trade between two countries, at their border: "customs duties
collected at the border post reached 90 billion francs"."""
_GIVEN_TO = Prefiltered(
    r"\b(?:provide[sd]?|gave|give|gives|contribute[sd]?|commit(?:s|ted)?|donate[sd]?|"
    r"pledge[sd]?)\s+(?:(?:last|this)\s+year\s+|in\s+(?:19|20)\d\d\s+)?"
    rf"{_ABOUT}$",
    _I,
)
_TO_A_RECIPIENT = re.compile(
    r"^\s+(?:each\s+year\s+|a\s+year\s+|annually\s+)?to\s+(?:(?:the|its|their)\s+)?"
    r"(?:(?-i:[A-Z])|(?:[\w-]+\s+){0,2}?(?:programmes?|programs?|projects?|initiatives?)\b)",
    _I,
)
"""Money a party gives a named recipient or programme: "gave last year $2 million to UNICEF",
"committed US$3 million to the programmes"; money given "to build" a road is the road's price."""
_SHARE_OF_TOTAL = Prefiltered(
    r"(?:^|[.;:]\s+)(?:of|from)\s+(?:the|this|that)\s+(?:total|amount|sum|package|envelope|"
    r"funding|money)\s*,\s*$",
    _I,
)
"""The part of a sum the text has just told: "Of the total, EUR 736 million will go to ..."."""
_GIVEN_SO_FAR = Prefiltered(
    rf"\b(?:provided|given|contributed|donated|disbursed|granted|allocated)\s+{_ABOUT}$", _I
)
_OVER_THE_YEARS = re.compile(
    r"^\s+(?:(?:to|for)\s+(?-i:[A-Z])[\w-]*\s+)?(?:over|in|during)\s+the\s+(?:past|last|"
    r"previous)\s+(?:decade|[\w-]+\s+(?:years|months))|^\s+since\s+(?:19|20)\d\d\b",
    _I,
)
"""Money given over a span up to now, told with a perfect ("has provided more than 2.5 million
euros over the past three years"): aid given, not the price of one project."""


def money_purpose(before: str, after: str, sentence: str) -> str | None:
    """The label of a sum of money that is remittances, a deposit, debt or aid, or None.

    ``before`` and ``after`` are the sentence's text before and after the sum.

    >>> money_purpose("Remittances from Kenyans abroad reached ", " in 2024.", "")
    'remittances'
    >>> money_purpose("The fund costs ", " in 2024.", "") is None
    True
    """
    tail = before[-80:]
    found = _AFTER.match(after)
    if found is not None and found["remittances"]:
        return "remittances"
    if found is not None and found["debt"]:
        return "debt"
    if _REMITTANCES_BEFORE.search(tail):
        return "remittances"
    if (found is not None and found["deposit"]) or _DEPOSIT_OF.search(tail):
        return "deposit" if _BANK.search(sentence) else None
    if (_EARNED.search(tail[-40:]) and _FROM_TOURISTS.match(after)) or _TOURISM_EARNINGS.search(
        tail
    ):
        return "tourism revenue"
    if _EARNED.search(tail[-40:]) and _FROM_A_CHANNEL.match(after):
        return "revenue"
    if _PACKAGE_OF.search(tail) or _DONOR_GRANT.search(tail):
        return "aid"
    if _GRANT_OF.search(tail[-40:]) and (
        _UNDER_A_FRAMEWORK.match(after) or not _LENDER.search(before[-150:])
    ):
        return "aid"  # "a grant of ¥950 million for the port": one country's gift
    if _GIFT_VALUED.search(tail) and _GIVING.search(sentence):
        return "donation"
    if _PAYMENTS_OF.search(tail[-50:]):
        return "payments"
    if _CUSTOMS.search(tail):
        return "customs revenue"
    if _GIVEN_TO.search(tail[-50:]) and _TO_A_RECIPIENT.match(after):
        return "contribution"
    if _GIVEN_SO_FAR.search(tail[-40:]) and _OVER_THE_YEARS.match(after):
        return "aid"
    if _SHARE_OF_TOTAL.search(before):
        return "share of the total"
    return None
