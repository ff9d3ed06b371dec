"""What the company finders need of the gazetteer, what they report, and what no company is.

The finders of ``find_companies`` (cue lists in ``company_*``, the gazetteer's names and legal
forms in ``known_companies``) share these: the look-ups they make, the mention they return, the
shape of a company name, and the test that rules out countries, cities and known organisations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from dkg.loaders.steps.company_lookalikes import names_no_firm
from dkg.loaders.steps.region_names import is_region, is_region_adjective


class KnownCompany(Protocol):
    """A gazetteer company: name, aliases, home country (ISO2) and Wikidata id."""

    @property
    def name(self) -> str:
        """The canonical name."""
        ...

    @property
    def aliases(self) -> Sequence[str]:
        """Other names and spellings."""
        ...

    @property
    def country(self) -> str:
        """ISO 3166-1 alpha-2 code of the home country."""
        ...

    @property
    def wikidata(self) -> str | None:
        """The Wikidata item (``Q...``), if known."""
        ...


class KnownPlace(Protocol):
    """A gazetteer country or city; only its existence matters here."""


class KnownCountry(Protocol):
    """A gazetteer country; the demonym cue needs its ISO2 code."""

    @property
    def iso2(self) -> str:
        """ISO 3166-1 alpha-2 code."""
        ...

    @property
    def aliases(self) -> Sequence[str]:
        """Other names the country goes by ("UK", "Britain"): not its bare ISO code."""
        ...


class CompanyDirectory(Protocol):
    """What ``find_companies`` needs of the gazetteer (``load_gazetteer()`` provides it)."""

    @property
    def companies(self) -> Sequence[KnownCompany]:
        """Every known company."""
        ...

    @property
    def company_legal_suffixes(self) -> Sequence[str]:
        """Legal forms written after or before a company name ("LLC", "JSC", "GmbH")."""
        ...

    def company(self, name: str) -> KnownCompany | None:
        """The known company with this name or alias, with or without its legal form."""
        ...

    def country(self, key: str) -> KnownCountry | None:
        """The country with this name, alias or demonym."""
        ...

    def organization(self, name: str) -> object | None:
        """The known organisation (agency, fund, development bank...) with this name or alias."""
        ...

    def city(self, name: str, country_iso2: str | None = None) -> KnownPlace | None:
        """The city with this name."""
        ...

    def needs_context(self, form: str) -> str | None:
        """Why a name is also an ordinary word, first name or place ("Total", "Amazon"), else
        None: such a name is a company only where the sentence supports it."""
        ...


@dataclass(frozen=True)
class CompanyMention:
    """A company named in a sentence; ``start``/``end`` are document offsets of ``text``.

    ``name`` is normalised (the gazetteer's canonical name, else the words without legal form).
    """

    name: str
    start: int
    end: int
    country_iso2: str | None
    wikidata: str | None
    text: str

    @property
    def written_name(self) -> str:
        """The name as this document writes it ("Hyundai Motor Company", "Leonardo S.p.A."), which
        its graph shows, while ``name`` keys the company across documents.

        A legal form before the name stays as written too ("PT PAL", "PJSC Gazprom"): names are
        shown as the source writes them, and a short capitalised first word is as often the
        name's own ("ZE PAK"). A mention in quotes ("JSC NC «KazMunayGas»") shows ``name``.
        """
        text = self.text.strip()
        if not text or _QUOTES.intersection(text):
            return self.name
        return text


_QUOTES = frozenset('"\u00ab\u00bb\u201c\u201d')


WORD = r"[A-Z0-9][\w&'.\-]*[\w&]|[A-Z]"
_INITIAL = r"[A-Z]\.\s*(?=[A-Z])"
_JOINT = r"\s+(?:(?:&|de|del|du|des|da|von|van|der|y|of|for)\s+)?(?:[dl]['\u2019](?=[A-Z]))?"
NAME = rf"(?:{_INITIAL})*(?:{WORD})(?:{_JOINT}(?:{WORD}))*"
"""A capitalised name of one or more words, with the small words names join ("Bank of China",
"Banco del Pacifico", "Orange Cote d'Ivoire"), maybe opened by the initials of its founder's
name ("B. Braun", "A. P. Moller-Maersk", "A.P. Moller-Maersk"); an initial after a word ("Plan
B. They") ends the name."""
NAME_BEFORE_SPACE = rf"(?:{_INITIAL})*+(?:{WORD})(?:{_JOINT}(?:{WORD}))*"
"""``NAME`` where a space must follow it ("the X Group", "X plans to"), with the same matches:
its initials are never given back. ``NAME`` gave them back one by one when nothing fitted after
the name, and as a word may hold dots, a long dotted word ("the A.A.A... today") was read again
from each of its initials. An initial given back would be a word with a dot, not a space, after
it, or open a word that ends where the name could end with all the initials kept."""
_SHORT_WORD = r"[A-Z0-9][\w&'.\-]{0,38}[\w&]|[A-Z]"
BOUNDED_NAME = rf"(?:{_INITIAL}){{0,4}}(?:{_SHORT_WORD})(?:{_JOINT}(?:{_SHORT_WORD})){{0,11}}"
"""``NAME`` within the bounds of real names: at most four initials, then twelve words of at most
40 characters (the longest name before a legal form in the bench's 5,199 documents has six
words). A pattern that can fail after the name ("Alpha Alpha ... met Acme Ltd": no legal form
follows the run) then reads a bounded stretch from each word it starts at, where ``NAME`` reads
the rest of the run again from every one: seconds on a run of 2,000 capitalised words, and
minutes on one long dotted word ("A.A.A...")."""
COUNTRY_OWNER = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['\u2019]s\s+(?=\S)")
"""A possessive before a name: "Germany's Voith", "South Korea's Hanwha"; the owner is a
country only where the gazetteer knows it as one."""
NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "They",
        "Their",
        "We",
        "Our",
        "He",
        "His",
        "She",
        "Her",
        "In",
        "On",
        "At",
        "For",
        "With",
        "And",
        "Or",
        "But",
        "President",
        "Minister",
        "Prime",
        "Government",
        "Ministry",
        "Embassy",
        # The kind of firm a sentence opens with ("Brewer Acme Malt is ..."), as news writes
        # "brewer Acme Malt" within a sentence: a description, not the first word of the name.
        *("Brewer", "Distiller", "Winemaker", "Miner", "Refiner", "Carmaker", "Automaker"),
        *("Steelmaker", "Chipmaker", "Drugmaker", "Planemaker", "Shipbuilder", "Lender"),
        *("Insurer", "Reinsurer", "Retailer", "Wholesaler", "Conglomerate", "Exporter"),
        *("Importer", "Shipper", "Broadcaster", "Meatpacker", "Shipowner", "Bottler"),
        *("Airline", "Operator", "Developer", "Producer", "Manufacturer", "Supplier"),
        *("Distributor", "Processor", "Smelter", "Homebuilder", "Utility", "Jeweller"),
        *("Jeweler", "Startup", "Start-up", "Telco"),
        # What a market report opens with ("Shares of Acme Motor Co. fell"), and the adverbs
        # that open a sentence run on after a form's full stop ("... Acme Corp. Separately, ...").
        *("Shares", "Stocks", "Separately", "Meanwhile", "However", "Elsewhere", "Moreover"),
        # The people of a firm a sentence opens with ("Representatives of Acme Corporation
        # briefed the minister"): who spoke for the firm, not a word of its name.
        *("Representatives", "Executives", "Officials", "Heads", "Leaders", "Delegates"),
        *("Managers", "Directors", "Employees", "Members", "Chiefs", "Bosses"),
    ]
)
"""Capitalised words that open a sentence or a title, not a company name; a lower-case word
left after them ("of") is none either (``opens_no_name``)."""


def opens_no_name(word: str) -> bool:
    """Whether the first word of a run of words before a legal form opens no company name:
    a word of ``NOT_NAMES``, or a word all in lower case that was left after one ("Shares of
    Acme Co.": "of"); a brand in lower case has capitals in it ("eBay Inc.")."""
    return word in NOT_NAMES or word.islower()


_STATE_AGENCY = re.compile(
    r"(?:The\s+)?(?P<country>.+?)\s+Investment\s+(?:and\s+)?Development\s+"
    r"(?:Corporation|Authority|Agency)"
)
"""A country's investment and development agency: "the Barbados Investment and Development
Corporation". Governments name their agencies that court investors so; a firm named after a
country and its trade ("Kenya Power and Lighting Company") is named otherwise."""


def not_a_company(name: str, gazetteer: CompanyDirectory) -> bool:
    """True for a country, a city, a known organisation ("Qatar", "Doha", "the PIF"), a
    country's investment and development agency or an armed unit or official working body
    ("the Carrier Strike Group", "the Contact Group").

    An organisation is known with or without a legal form after it ("Khazna Capital LLC").
    """
    if gazetteer.country(name) or gazetteer.city(name) or gazetteer.organization(name):
        return True
    agency = _STATE_AGENCY.fullmatch(name.strip()) if "Development" in name else None
    if agency is not None and gazetteer.country(agency["country"]):
        return True
    if names_no_firm(name) or is_region(name) or is_region_adjective(name):
        return True  # "African and Asian exporters": a region's people or firms, no one firm
    legal = {form.rstrip(".") for form in gazetteer.company_legal_suffixes}
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in legal:
        words.pop()
    return len(words) < len(name.split()) and bool(gazetteer.organization(" ".join(words)))
