"""The currencies amounts are written in: ISO 4217 codes, symbols and names, as news writes them.

``find_amounts`` builds its pattern from these tables and reads the currency of a match
back through them; they live apart because they are data, and grow with every new currency.
"""

from __future__ import annotations

import re
import unicodedata

from dkg.loaders.steps.numerals import SCALED_NUMBER
from dkg.loaders.trie import trie_pattern

# ISO 4217 codes written before or after the number ("USD 450 million", "3 bn KZT").
CODES = (
    "USD|EUR|GBP|JPY|CNY|RMB|KZT|RUB|UZS|KGS|TJS|TMT|AZN|AMD|GEL|UAH|BYN|MDL|TRY|AED|SAR|QAR|KWD|"
    "OMR|BHD|INR|PKR|BDT|LKR|NPR|AFN|IRR|IQD|ILS|JOD|EGP|MAD|DZD|TND|NGN|KES|ETB|GHS|ZAR|KRW|"
    "MNT|CHF|CAD|AUD|NZD|SGD|HKD|TWD|MYR|IDR|THB|VND|PHP|BRL|MXN|ARS|CLP|COP|PEN|SEK|NOK|DKK|"
    "PLN|CZK|HUF|RON|BGN|RSD|ISK|UGX|TZS|MKD|BAM|BND|FJD|PGK|SBD|VUV|WST|GYD|JMD|TTD|XCD|BBD|BSD|"
    "BZD|SRD|DOP|HTG|UYU|PYG|GTQ|CRC|HNL|NIO|ZMW|MWK|LRD|NAD|KHR|LAK|MMK|MVR|BTN|MUR|SCR|LBP|"
    "SYP|YER|LYD|SOS|SDG|SSP|RWF|BIF|CDF|XOF|XAF|MZN|AOA|BWP|MGA|SLE|GMD|GNF|DJF|ERN|MRU|CVE|"
    "SZL|LSL|ZWL|BOB|VES|KPW|MOP|XPF|ALL|ANG|AWG|BMD|CUP|FKP|GIP|KMF|KYD|PAB|SHP|SLL|STN|SVC|TOP|"
    "VED|XCG|ZWG"
)
CODE_PATTERN = trie_pattern(CODES.split("|"))
"""The codes as a trie ("A(?:ED|FN|...)"), not a flat alternation: the amount patterns try them
before every number, and a flat list is compared code by code."""
CODE_ALIASES = {"RMB": "CNY"}
"""Codes written for a currency that has another ISO code."""
SCALED_ONLY = frozenset({"ALL", "CUP", "TOP", "Le", "DA", "Ar", "Gs", "LD", "DT", "Kz", "KM"})
"""Codes and signs that are also words or abbreviations ("TOP 10", "ALL 3 MEMBERS", "Le 14
juillet", "DA 5", "KM 42" on a road): they name money only with a number and a scale word
("ALL 5 billion", "Le 500 million", "100 billion DA", "KM 2.3 billion"); with a bare number
they name none."""

SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "$US": "USD",
    "$A": "AUD",
    "$NZ": "NZD",
    "$C": "CAD",
    "U.S.$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    # Wire services' forms ("Can$12 million", "Aus$5 billion", as AFP writes them).
    "Can$": "CAD",
    "Aus$": "AUD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "Mex$": "MXN",
    # Dollars of the Pacific and the Caribbean, as their own papers write them.
    "FJ$": "FJD",
    "F$": "FJD",
    "SI$": "SBD",
    "SBD$": "SBD",
    "WS$": "WST",
    "SAT$": "WST",
    "G$": "GYD",
    "GY$": "GYD",
    "J$": "JMD",
    "JA$": "JMD",
    "TT$": "TTD",
    "EC$": "XCD",
    "Bds$": "BBD",
    "BDS$": "BBD",
    "BZ$": "BZD",
    "RD$": "DOP",
    "BD$": "BMD",
    "CI$": "KYD",
    "L$": "LRD",
    "LD$": "LRD",
    "N$": "NAD",
    "Sr$": "SRD",
    # Pesos and the pataca, whose sign is also "$", with their country's letters.
    "COL$": "COP",
    "Col$": "COP",
    "AR$": "ARS",
    "CLP$": "CLP",
    "UY$": "UYU",
    "$U": "UYU",
    "MOP$": "MOP",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₸": "KZT",
    "₽": "RUB",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₴": "UAH",
    "₼": "AZN",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "฿": "THB",
    "₪": "ILS",
    "₵": "GHS",
    "GH₵": "GHS",
    "GH¢": "GHS",
    "E£": "EGP",
    "৳": "BDT",
    "₾": "GEL",
    "₭": "LAK",
    "₮": "MNT",
    "៛": "KHR",
    "₲": "PYG",
    "₡": "CRC",
    "֏": "AMD",
    "؋": "AFN",
    "T$": "TOP",
    "S/": "PEN",
    "S/.": "PEN",
    # Letters-only abbreviations, read only right before a number ("Dh10bn", "SR 15 billion").
    "R": "ZAR",
    "N": "NGN",
    "Dh": "AED",
    "Dhs": "AED",
    "SR": "SAR",
    "QR": "QAR",
    "RO": "OMR",
    "BD": "BHD",
    "KD": "KWD",
    "RM": "MYR",
    "Rp": "IDR",
    "Tk": "BDT",
    "LE": "EGP",
    "Br": "ETB",
    "Nu": "BTN",
    "Ks": "MMK",
    "MK": "MWK",
    "Rf": "MVR",
    "NRs": "NPR",
    "LL": "LBP",
    "KSh": "KES",
    "Ksh": "KES",
    "TSh": "TZS",
    "USh": "UGX",
    "JD": "JOD",
    "LD": "LYD",
    "DT": "TND",
    "DA": "DZD",
    "TL": "TRY",
    "Kz": "AOA",
    "KM": "BAM",
    "Rwf": "RWF",
    "FRw": "RWF",
    "FBu": "BIF",
    "Ar": "MGA",
    "Le": "SLE",
    "Gs": "PYG",
    "ZiG": "ZWG",
    "zł": "PLN",
    "Kč": "CZK",
}

_CFA_WEST = ("BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG")
_CFA_CENTRAL = ("CM", "CF", "TD", "CG", "GQ", "GA")
_CFA: dict[str, tuple[str, ...]] = {"XOF": _CFA_WEST, "XAF": _CFA_CENTRAL}
_SHILLINGS: dict[str, tuple[str, ...]] = {
    "KES": ("KE",),
    "TZS": ("TZ",),
    "UGX": ("UG",),
    "SOS": ("SO",),
}
SHARED_SIGNS: dict[str, dict[str, tuple[str, ...]]] = {
    # the shillings of Kenya, Tanzania, Uganda and Somalia
    "Sh": _SHILLINGS,
    "Shs": _SHILLINGS,
    # the rupees of India, Pakistan, Sri Lanka, Nepal, Mauritius and Seychelles
    "Rs": {"INR": ("IN",), "PKR": ("PK",), "LKR": ("LK",), "NPR": ("NP",), "MUR": ("MU",),
           "SCR": ("SC",)},
    # the crowns of Sweden, Norway, Denmark and Iceland
    "kr": {"SEK": ("SE",), "NOK": ("NO",), "DKK": ("DK",), "ISK": ("IS",)},
    # the pula of Botswana and the Philippine peso, as their own papers write them ("P8 billion")
    "P": {"BWP": ("BW",), "PHP": ("PH",)},
    # the Brunei dollar and the Bahamian dollar, as their own papers write them ("B$1.5 million")
    "B$": {"BND": ("BN",), "BSD": ("BS",)},
    # the kwacha of Zambia and Malawi, Papua New Guinea's kina and Myanmar's kyat ("K2.3 billion")
    "K": {"ZMW": ("ZM",), "MWK": ("MW",), "PGK": ("PG",), "MMK": ("MM",)},
    # Lesotho's maloti and Eswatini's emalangeni, as their own papers write them ("M312
    # million", "E85 million"): a letter that is a currency only in a story of its country
    "M": {"LSL": ("LS",)},
    "E": {"SZL": ("SZ",)},
    # Vanuatu's vatu ("VT6.3 billion", "Vt 500 million"), letters that are a US state's and a
    # road's too ("VT 100"): a currency only in a story of Vanuatu
    "VT": {"VUV": ("VU",)},
    "Vt": {"VUV": ("VU",)},
    # the boliviano and the bolivar ("Bs 5 billion")
    "Bs": {"BOB": ("BO",), "VES": ("VE",)},
    # the CFA francs of West and Central Africa, before or after the sum ("41.5 billion FCFA")
    "FCFA": _CFA,
    "CFAF": _CFA,
    "CFA": _CFA,
}  # fmt: skip
"""Signs that several countries write for their own currency, with the countries (ISO 3166-1
alpha-2) that use each currency. Such a sign names no currency by itself: the countries the
text is about choose one (``dkg.loaders.steps.shared_currencies``)."""
SIGNS_AFTER = r"kr|F\s?CFA|CFAF|CFA(?!\s+francs?\b)|Rwf|FRw|FBu|DA|TL|Kz|ZiG|zł|Kč"
"""The letter signs written after the sum as well as before it ("41.5 billion FCFA", "5
billion zł", "Rwf 50 billion" and "50 billion Rwf"), case as written; "CFA francs" is a name."""
BARE_NAMES: tuple[tuple[str, dict[str, tuple[str, ...]]], ...] = (
    (r"pesos?", {"MXN": ("MX",), "ARS": ("AR",), "CLP": ("CL",), "COP": ("CO",),
                 "PHP": ("PH",), "DOP": ("DO",), "UYU": ("UY",), "CUP": ("CU",)}),
    (r"riyals?", {"SAR": ("SA",), "QAR": ("QA",), "YER": ("YE",)}),
    (r"rials?", {"IRR": ("IR",), "OMR": ("OM",), "YER": ("YE",)}),
    (r"dinars?", {"KWD": ("KW",), "BHD": ("BH",), "JOD": ("JO",), "IQD": ("IQ",),
                  "LYD": ("LY",), "TND": ("TN",), "DZD": ("DZ",), "RSD": ("RS",)}),
    (r"shillings?", {"KES": ("KE",), "TZS": ("TZ",), "UGX": ("UG",), "SOS": ("SO",)}),
    (r"CFA\s+francs?", _CFA),
    (r"francs?", {"CHF": ("CH", "LI"), "XOF": _CFA_WEST, "XAF": _CFA_CENTRAL, "RWF": ("RW",),
                  "BIF": ("BI",), "GNF": ("GN",), "DJF": ("DJ",), "CDF": ("CD",),
                  "KMF": ("KM",)}),
    (r"kronor|krona", {"SEK": ("SE",), "ISK": ("IS",)}),
    (r"kroner|krone", {"NOK": ("NO",), "DKK": ("DK",)}),
    (r"crowns?", {"CZK": ("CZ",), "SEK": ("SE",), "NOK": ("NO",), "DKK": ("DK",),
                  "ISK": ("IS",)}),
)  # fmt: skip
"""Currency names with no usual reading, each with the currencies it may be and the countries
that use each: "pesos" are Mexican in a Mexican story and Chilean in a Chilean one. Like a shared
sign, such a name names no currency until the text's countries choose one
(``dkg.loaders.steps.shared_currencies``); the names that say whose ("Mexican pesos") are in
``NAMED_CURRENCIES``."""

SHARED_NAMES: tuple[tuple[str, dict[str, str]], ...] = (
    (r"dirhams?", {"AED": "AE", "MAD": "MA"}),
    (r"rupees?", {"INR": "IN", "PKR": "PK", "LKR": "LK", "NPR": "NP"}),
    (r"manats?", {"AZN": "AZ", "TMT": "TM"}),
    (r"(?:rubles?|roubles?)", {"RUB": "RU", "BYN": "BY"}),
    (r"(?:lei|leu)", {"RON": "RO", "MDL": "MD"}),
    (r"kwacha", {"ZMW": "ZM", "MWK": "MW"}),
    (r"pounds?", {"GBP": "GB", "EGP": "EG", "LBP": "LB", "SYP": "SY", "SDG": "SD", "SSP": "SS"}),
)
"""Currency names several countries' currencies share, with each currency's country; the first
is the one ``NAMED_CURRENCIES`` reads the bare name as ("dirhams": the UAE's). Unlike a shared
sign, a bare name keeps that reading when the text's countries do not choose another."""

LETTER_SYMBOLS = "|".join(
    sorted(
        (s for s in (*SYMBOLS, *SHARED_SIGNS) if s.isalpha() and len(s) > 1),
        key=len,
        reverse=True,
    )
)
"""The letters-only symbols as an alternation, longest first: they need a word boundary before
them and a number right after them, and match in their own case only ("SR 15", not "sr"). A
lone "R" is too common a letter to stand glued to a number ("R5" is a road): amounts read it
with a space only."""

ONE_LETTERS = "".join(s for s in (*SYMBOLS, *SHARED_SIGNS) if s.isalpha() and len(s) == 1)
ONE_LETTER_SIGN = rf"\b(?-i:R)(?=\s\d)|\b(?-i:[{ONE_LETTERS}])(?={SCALED_NUMBER})"
"""A one-letter currency before a number: the rand with a space ("R 15"), and a letter against
a number with a scale word ("R15bn", "N145 billion", "P8 billion", "K2.3 billion"), as South
African, Nigerian, Botswanan, Philippine, Zambian or Papua New Guinean papers write them.
Without a scale word the letter is a road, a group or an article ("R5", "the P5", "N5"), and
with a space before a word a name ("N Korea")."""

# Currency names after the number, most specific first ("Hong Kong dollars" before "dollars").
NAMED_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"(?:US|U\.S\.|American)\s+dollars?", "USD"),
    (r"Canadian\s+dollars?", "CAD"),
    (r"Australian\s+dollars?", "AUD"),
    (r"Hong\s+Kong\s+dollars?", "HKD"),
    (r"Singapore\s+dollars?", "SGD"),
    (r"New\s+Zealand\s+dollars?", "NZD"),
    (r"Taiwan(?:ese)?\s+dollars?", "TWD"),
    (r"Brunei\s+dollars?", "BND"),
    (r"Fiji(?:an)?\s+dollars?", "FJD"),
    (r"Solomon\s+Islands?\s+dollars?", "SBD"),
    (r"Guyan(?:a|ese)\s+dollars?", "GYD"),
    (r"Jamaican\s+dollars?", "JMD"),
    (r"(?:Trinidad\s+and\s+Tobago|TT)\s+dollars?", "TTD"),
    (r"(?:Eastern\s+Caribbean|EC)\s+dollars?", "XCD"),
    (r"Barbad(?:os|ian)\s+dollars?", "BBD"),
    (r"Bahamian\s+dollars?", "BSD"),
    (r"Belize\s+dollars?", "BZD"),
    (r"Surinamese\s+dollars?", "SRD"),
    (r"Liberian\s+dollars?", "LRD"),
    (r"Namibian\s+dollars?", "NAD"),
    (r"Bermudian\s+dollars?", "BMD"),
    (r"Cayman\s+Islands\s+dollars?", "KYD"),
    (r"dollars?", "USD"),
    (r"euros?", "EUR"),
    (r"Egyptian\s+pounds?", "EGP"),
    (r"Lebanese\s+pounds?", "LBP"),
    (r"Syrian\s+pounds?", "SYP"),
    (r"South\s+Sudanese\s+pounds?", "SSP"),
    (r"Sudanese\s+pounds?", "SDG"),
    (r"Falkland\s+Islands\s+pounds?", "FKP"),
    (r"Gibraltar\s+pounds?", "GIP"),
    (r"(?:Saint|St\.?)\s+Helena\s+pounds?", "SHP"),
    (r"(?:pounds?\s+sterling|(?:British|UK)\s+pounds?|sterling|pounds?)", "GBP"),
    (r"(?:Japanese\s+)?yen", "JPY"),
    (r"(?:Chinese\s+)?(?:yuan|renminbi)", "CNY"),
    (r"(?:Kazakh(?:stani)?\s+)?tenge", "KZT"),
    (r"(?:Russian\s+)?(?:rubles?|roubles?)", "RUB"),
    (r"(?:Belarusian\s+)(?:rubles?|roubles?)", "BYN"),
    (r"(?:Uzbek\s+)?(?:soums?|sums?)", "UZS"),
    (r"(?:Kyrgyz\s+)?soms?", "KGS"),
    (r"somoni", "TJS"),
    (r"Turkmen\s+manats?", "TMT"),
    (r"(?:Azerbaijani\s+)?manats?", "AZN"),
    (r"(?:Armenian\s+)?drams?", "AMD"),
    (r"(?:Georgian\s+)?lari", "GEL"),
    (r"hryvnias?|hryvnyas?", "UAH"),
    (r"(?:Turkish\s+)?liras?", "TRY"),
    (r"Moroccan\s+dirhams?", "MAD"),
    (r"(?:UAE\s+|Emirati\s+)?dirhams?", "AED"),
    (r"Saudi\s+riyals?", "SAR"),
    (r"Qatari\s+riyals?", "QAR"),
    (r"Iranian\s+rials?", "IRR"),
    (r"Pakistani\s+rupees?", "PKR"),
    (r"Sri\s+Lankan\s+rupees?", "LKR"),
    (r"Nepal(?:ese|i)\s+rupees?", "NPR"),
    (r"(?:Indian\s+)?rupees?", "INR"),
    (r"(?:Bangladeshi\s+)?taka", "BDT"),
    (r"(?:Afghan\s+)?afghanis?", "AFN"),
    (r"(?:Israeli\s+)?(?:new\s+)?shekels?", "ILS"),
    (r"Omani\s+rials?", "OMR"),
    (r"Kuwaiti\s+dinars?", "KWD"),
    (r"Bahraini\s+dinars?", "BHD"),
    (r"Jordanian\s+dinars?", "JOD"),
    (r"Iraqi\s+dinars?", "IQD"),
    (r"Algerian\s+dinars?", "DZD"),
    (r"Tunisian\s+dinars?", "TND"),
    (r"Serbian\s+dinars?", "RSD"),
    (r"Kenyan\s+shillings?", "KES"),
    (r"Ugandan\s+shillings?", "UGX"),
    (r"Tanzanian\s+shillings?", "TZS"),
    (r"(?:Ethiopian\s+)?birr", "ETB"),
    (r"(?:Ghanaian\s+)?cedis?", "GHS"),
    (r"Philippine\s+pesos?", "PHP"),
    (r"Mexican\s+pesos?", "MXN"),
    (r"Argentine\s+pesos?", "ARS"),
    (r"Chilean\s+pesos?", "CLP"),
    (r"Colombian\s+pesos?", "COP"),
    (r"Dominican\s+pesos?", "DOP"),
    (r"Uruguayan\s+pesos?", "UYU"),
    (r"(?:Paraguayan\s+)?guaran[ií](?:es|s)?", "PYG"),
    (r"(?:Guatemalan\s+)?quetzal(?:es|s)?", "GTQ"),
    (r"(?:Costa\s+Rican\s+)?col[oó]nes|Costa\s+Rican\s+col[oó]ns?", "CRC"),
    (r"(?:Honduran\s+)?lempiras?", "HNL"),
    (r"(?:Haitian\s+)?gourdes?", "HTG"),
    (r"(?:Papua\s+New\s+Guinea\s+)?kina", "PGK"),
    (r"vatu", "VUV"),
    (r"(?:Samoan\s+)?tala", "WST"),
    (r"(?:North\s+)?Macedonian\s+denars?|denars?", "MKD"),
    (r"(?:Bosnian\s+)?convertible\s+marks?", "BAM"),
    (r"Malawian\s+kwacha", "MWK"),
    (r"(?:Zambian\s+)?kwacha", "ZMW"),
    (r"(?:Peruvian\s+)?(?:soles|sol)", "PEN"),
    (r"(?:Czech\s+)?korun(?:a|y|as)?|Czech\s+crowns?", "CZK"),
    (r"(?:Moldovan\s+)(?:lei|leu)", "MDL"),
    (r"(?:Romanian\s+)?(?:lei|leu)", "RON"),
    (r"(?:Bulgarian\s+)?(?:leva|lev)", "BGN"),
    (r"Icelandic\s+kr[oó]n(?:a|ur)", "ISK"),
    (r"(?:South\s+Korean\s+|Korean\s+)?won", "KRW"),
    (r"Swiss\s+francs?", "CHF"),
    (r"(?:Polish\s+)?zlotys?", "PLN"),
    (r"(?:Hungarian\s+)?forints?", "HUF"),
    (r"(?:South\s+African\s+)?rand", "ZAR"),
    (r"ringgit", "MYR"),
    (r"rupiah", "IDR"),
    (r"baht", "THB"),
    (r"(?:Vietnamese\s+)?dong", "VND"),
    (r"(?:Brazilian\s+)?reais|(?:Brazilian\s+)real", "BRL"),
    (r"(?:Mongolian\s+)?tugriks?", "MNT"),
    (r"(?:Nigerian\s+)?naira", "NGN"),
    (r"Swedish\s+kronor|Swedish\s+krona", "SEK"),
    (r"Norwegian\s+kroner?", "NOK"),
    (r"Danish\s+kroner?", "DKK"),
    (r"Swedish\s+crowns?", "SEK"),
    (r"Norwegian\s+crowns?", "NOK"),
    (r"Danish\s+crowns?", "DKK"),
    (r"Icelandic\s+crowns?", "ISK"),
    (r"(?:Mozambican\s+)?metica(?:is|ls?)", "MZN"),
    (r"(?:Angolan\s+)?kwanzas?", "AOA"),
    (r"(?:Botswana\s+)?pula", "BWP"),
    (r"(?:Malagasy\s+)?ariary", "MGA"),
    (r"(?:Gambian\s+)?dalasis?", "GMD"),
    (r"(?:Sierra\s+Leonean\s+)?leones?", "SLE"),
    (r"(?:Mauritanian\s+)?ouguiyas?", "MRU"),
    (r"(?:Eritrean\s+)?nakfas?", "ERN"),
    (r"(?:Swazi\s+)?(?:emalangeni|lilangeni)", "SZL"),
    (r"(?:Lesotho\s+)?(?:maloti|loti)", "LSL"),
    (r"(?:Cape\s+Verdean\s+)?escudos?", "CVE"),
    (r"(?:Myanmar\s+)?kyats?", "MMK"),
    (r"(?:Cambodian\s+)?riels?", "KHR"),
    (r"(?:Lao\s+)?kips?", "LAK"),
    (r"(?:Maldivian\s+)?rufiyaa", "MVR"),
    (r"(?:Bhutanese\s+)?ngultrum", "BTN"),
    (r"Mauritian\s+rupees?", "MUR"),
    (r"Seychell(?:ois|e)\s+rupees?", "SCR"),
    (r"Rwandan\s+francs?", "RWF"),
    (r"Burundi(?:an)?\s+francs?", "BIF"),
    (r"Congolese\s+francs?", "CDF"),
    (r"Guinean\s+francs?", "GNF"),
    (r"Djibouti(?:an)?\s+francs?", "DJF"),
    (r"Comor(?:ian|os)\s+francs?", "KMF"),
    (r"CFP\s+francs?", "XPF"),
    (r"(?:Albanian\s+)?(?:leke|lek)", "ALL"),
    (r"(?:Nicaraguan\s+)?c[oó]rdobas?", "NIO"),
    (r"(?:Bolivian\s+)?bolivianos?", "BOB"),
    (r"(?:Venezuelan\s+)?bol[ií]var(?:es|s)?", "VES"),
    (r"pa[\u02bb'\u2019]?angas?", "TOP"),
    (r"(?:Macanese\s+)?patacas?", "MOP"),
    (r"dobras?", "STN"),
    (r"(?:Aruban\s+)?florins?", "AWG"),
    (r"(?:Caribbean|Netherlands\s+Antillean)\s+guilders?", "XCG"),
    (r"balboas?", "PAB"),
    (r"Salvadoran\s+col[oó]n(?:es|s)?", "SVC"),
    (r"Zimbabwe\s+gold", "ZWG"),
    (r"North\s+Korean\s+won", "KPW"),
    (r"Cuban\s+pesos?", "CUP"),
    (r"Libyan\s+dinars?", "LYD"),
    (r"Yemeni\s+ri(?:y)?als?", "YER"),
    (r"Somali\s+shillings?", "SOS"),
)
NAMED_PATTERNS = tuple((re.compile(p + r"$", re.I), code) for p, code in NAMED_CURRENCIES)
BARE_NAME_PATTERNS = tuple((re.compile(p + r"$", re.I), tuple(c)) for p, c in BARE_NAMES)


def bare_name_candidates(name: str) -> tuple[str, ...]:
    """The currencies a bare shared name ("pesos", "CFA francs") may be, first match wins."""
    name = " ".join(name.split())
    return next((codes for pattern, codes in BARE_NAME_PATTERNS if pattern.match(name)), ())


"""Each name anchored at the end of the text, to read the code of a matched name."""


def unknown_sign(text: str, pre: str | None, pre_start: int, num_start: int) -> bool:
    """Whether a number is written with a currency sign these tables do not know: letters
    glued before a "$" ("ZW$" is no US dollar) or before a known sign ("BBD$" is no Bermudian
    "BD$", "WST$" no pa'anga's "T$") or a sign of its own ("\u20bf5").

    Read as a bare number, such an amount would take the currency of an earlier one, and a
    wrong currency is worse than none.
    """
    if pre:
        return pre_start > 0 and text[pre_start - 1].isalpha()
    before = num_start - 1
    return not pre and before >= 0 and unicodedata.category(text[before]) == "Sc"


_MARK = r"(?:[A-Z]{2,5}|[A-Z][a-z]{1,2}|[A-Z]/|[^\W\d_]{0,3}[^\W\d_\x00-\x7f][^\W\d_]{0,3})\.?"
"""A short token that may be a currency these tables do not know: capitals ("TL", "FCFA"),
a capital and one or two letters ("Ft", "Le"), "S/", or letters outside ASCII ("zł", "Kč")."""
_MARK_BEFORE = re.compile(rf"(?:^|[\s(])(?-i:{_MARK})\s?$")
_MARK_AFTER = re.compile(rf"\s?(?-i:{_MARK})(?!\w)")


def unknown_mark(text: str, start: int, end: int) -> bool:
    """Whether the bare number at ``text[start:end]`` is written next to a token that may be a
    currency these tables do not know: "TL 90 billion", "3 billion zł", "2 billion FCFA".

    Such a number must not take the currency of an earlier sum ("$1 billion, ... TL 90
    billion" is no 90 billion dollars): a wrong currency is worse than none.

    >>> unknown_mark("received TL 90 billion from", 12, 22)
    True
    >>> unknown_mark("exports - 3.3 billion, imports", 10, 21)
    False
    """
    return bool(_MARK_BEFORE.search(text, max(0, start - 8), start)) or bool(
        _MARK_AFTER.match(text, end)
    )
