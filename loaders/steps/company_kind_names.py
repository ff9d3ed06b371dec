"""Companies named beside a word for their kind: "the state company Sonatrach", "the Adani
group", "Vinfast plans to produce electric buses".

One name, no list: the word before it (a kind of firm or its stock market), the "Group" it
heads, or a verb of making after it says the name is a firm's.
"""

from __future__ import annotations

from dkg.loaders.gazetteer.entities import Organization
from dkg.loaders.prefilter import Prefiltered
from dkg.loaders.steps.company_directory import (
    NAME,
    NAME_BEFORE_SPACE,
    NOT_NAMES,
    CompanyDirectory,
    CompanyMention,
    not_a_company,
)
from dkg.loaders.steps.company_lists import CALENDAR, TITLES, home_before, listed_companies
from dkg.loaders.steps.company_lookalikes import NAMED_BY_CAUSE
from dkg.loaders.steps.company_name_joins import generic_only, name_before_client

APPOSITIVE = Prefiltered(
    r"\b(?:company|firm|group|giant|carmaker|automaker|operator|manufacturer|producer|conglomerate|"
    r"developer|maker|lender|insurer|airline|carrier|major|start-?up|holding|corporation|"
    r"subsidiary|affiliate|miner|refiner|retailer|\w*builder|exporter|supplier|utility|"
    r"winery|brewery|distillery|shipyard|co-?operative|(?<=\w-)listed|(?<=\w-)invested|"
    r"(?:development|investment|commercial|state|savings|merchant|private)\s+bank|"
    r"ports?\s+authority)\s+"
    rf"[\"\u00ab\u201c]?(?P<name>{NAME})"
)
"""A company named right after its kind or its stock market: "the state company Sonatrach",
"the Abu Dhabi firm G42", "the winery Vina Tarapaca", "the dairy cooperative Conaprole",
"Toronto-listed Barrick Mining", "the Mobifone-invested Laotel" (a firm another firm has put
money in), "the development bank Finnfund", "the port authority
Portnet" (a state firm that runs the ports)."""
_GROUP = Prefiltered(
    rf"\b[Tt]he\s+(?P<name>(?:{NAME_BEFORE_SPACE})\s+[Gg]roup)\b"
    rf"(?!\s+of\s+(?!compan))(?!{NAMED_BY_CAUSE})"
)
"""A firm named as a business group: "the Adani group", "the Salim Group" (not "the Lima Group
of countries": a group of states is named by what it groups, nor "the Leadership Group for
Industry Transition": a coalition named by its cause, see ``NAMED_BY_CAUSE``)."""
_PLANS_TO_PRODUCE = Prefiltered(
    rf"(?:^|(?<=[,;:]\s)|(?<=\bthat\s))(?P<name>{NAME_BEFORE_SPACE})"
    r"\s+(?:plans|intends|aims|is\s+set)\s+to\s+"
    r"(?:start\s+|begin\s+)?(?:produc(?:e|ing)|manufactur(?:e|ing)|assembl(?:e|ing))\b"
)
"""A firm told by what it will make: "Vinfast plans to produce electric buses in India". Only
making verbs: a country or a ministry that "plans to build" is no firm, and places, states and
bodies are dropped as in any list."""


def after_kind_words(
    sentence: str, offset: int, gazetteer: CompanyDirectory
) -> list[CompanyMention]:
    """A name right after its kind: "the state company Sonatrach"; a demonym before the kind
    gives its home ("the French carmaker Renault")."""
    mentions: list[CompanyMention] = []
    for appositive in APPOSITIVE.finditer(sentence):
        start, end = appositive.span("name")
        end = start + len(name_before_client(sentence[start:end]))  # "Embraer for X Airlines"
        if sentence[start:end].split()[0] in NOT_NAMES | CALENDAR | TITLES:
            continue
        if appositive.group().startswith("invested") and generic_only(sentence[start:end]):
            continue  # "Foreign-invested Enterprises": a kind of firm, capitalised, no name
        bank = _state_bank(appositive.group(), sentence[start:end], offset + start, gazetteer)
        if bank is not None:
            mentions.append(bank)
            continue
        home = home_before(sentence[: appositive.start()], gazetteer)
        mentions += listed_companies(sentence, offset, [(start, end)], gazetteer, home)
    return mentions


def _state_bank(
    cue: str, name: str, start: int, gazetteer: CompanyDirectory
) -> CompanyMention | None:
    """A state's own bank told by a bank's kind: "the state-owned development bank KfW is
    financing wind farms". The gazetteer keeps such banks among organisations (they act for a
    state), and a list drops those; but one the text calls a bank lends as a firm does, so it
    is a company here, with its home. A multilateral bank (no home) stays an organisation."""
    if not cue.startswith(_BANK_CUES):
        return None
    body = state_bank(name, gazetteer)
    if body is None:
        return None
    return CompanyMention(body.name, start, start + len(name), body.country, body.wikidata, name)


def state_bank(name: str, gazetteer: CompanyDirectory) -> Organization | None:
    """The known bank of one state that ``name`` names ("KfW", "BNDES"), else None."""
    body = gazetteer.organization(name)
    if not isinstance(body, Organization) or body.kind != "bank" or body.country is None:
        return None
    return body


_BANK_CUES = ("development bank", "investment bank", "commercial bank", "state bank")
"""The kinds of ``APPOSITIVE`` that say the name after them is a bank's."""


def business_groups(
    sentence: str, offset: int, gazetteer: CompanyDirectory
) -> list[CompanyMention]:
    """A firm named as a group ("the Adani group"), unless a place or a people names it."""
    mentions: list[CompanyMention] = []
    for group in _GROUP.finditer(sentence):
        start, end = group.span("name")
        owner = group["name"].rsplit(None, 1)[0]  # "Lima" of "the Lima  Group", whatever space
        if not_a_company(owner, gazetteer) or gazetteer.country(owner) is not None:
            continue  # "the Lima Group", "the Arab Group": states grouped by a place or people
        mentions += listed_companies(sentence, offset, [(start, end)], gazetteer, None)
    return mentions


def planned_makers(sentence: str, offset: int, gazetteer: CompanyDirectory) -> list[CompanyMention]:
    """A name that plans to make something: "Vinfast plans to produce electric buses"."""
    mentions: list[CompanyMention] = []
    for maker in _PLANS_TO_PRODUCE.finditer(sentence):
        start, end = maker.span("name")
        if sentence[start:end].split()[0] in NOT_NAMES | TITLES:
            continue  # "The ministry plans to produce", "President X plans to"
        mentions += listed_companies(sentence, offset, [(start, end)], gazetteer, None)
    return mentions
