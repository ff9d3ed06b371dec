"""When a Wikidata item is the person or company a document speaks of: the rules, and only them.

A link is made only on clear evidence, since researchers cite what it says: the item is of the
right kind (a human, P31 Q5; or an instance of a business), its English or multilingual label
or one of its aliases is the name the documents give once case, accents and punctuation are set
aside, and it agrees with what the documents say of the entity's country: for a person, a
country of citizenship (P27) or a position held (P39) whose office belongs to the country of a
post the documents give them; for a company, its country (P17) when the documents name one.
When two items pass, the name is shared and nothing tells them apart: no link. Nothing is ever
guessed from search rank or popularity.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Final, Literal

from dkg.cli.wikidata_cache import Item

HUMAN: Final = "Q5"
BUSINESS_ROOTS: Final = frozenset({"Q4830453", "Q6881511", "Q783794"})
"""business, enterprise and company: every class of firm on Wikidata is a subclass of one."""
CLASS_DEPTH: Final = 4
"""Subclass (P279) steps walked from an item's classes towards a business root: firms' classes
(public company, state-owned enterprise, conglomerate...) reach one within two or three."""
OFFICE_COUNTRY_PROPERTIES: Final = ("P17", "P1001")
"""country, and applies to jurisdiction: where an office (a P39 value) belongs."""

Outcome = Literal["linked", "ambiguous", "no candidate", "no evidence", "no country", "not cached"]


@dataclass(frozen=True)
class Subject:
    """A person or company of the store, with what the documents say about it."""

    iri: str
    kind: Literal["person", "company"]
    name: str
    countries: frozenset[str]
    """Wikidata ids of the countries the documents give it (a post's, a home country)."""


@dataclass(frozen=True)
class Evidence:
    """Why an item is the subject: the name matched, and one statement that agrees."""

    item: Item
    matched_name: str
    property: str
    """The Wikidata property whose statement agrees: P27, P39, P17, or P31 (a company whose
    country the documents do not give, matched on its kind alone)."""
    value: str
    """The item that statement points to (the country, the office, the class)."""


@dataclass(frozen=True)
class Decision:
    """What ``dkg link`` concluded for one subject."""

    subject: Subject
    outcome: Outcome
    evidence: Evidence | None = None
    candidates: tuple[str, ...] = ()
    """The items that passed every check (two or more when ambiguous)."""


def normalise(name: str) -> str:
    """A name with case, accents and punctuation set aside, for comparing labels.

    >>> normalise("  Jean-Yves  Le Drian ")
    'jean yves le drian'
    >>> normalise("Recep Tayyip Erdoğan") == normalise("recep tayyip erdogan")
    True
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.split())


def names_of(item: Item) -> dict[str, str]:
    """The item's English and multilingual labels and aliases, normalised -> as written."""
    entity = item.entity
    written: list[str] = []
    for language in ("en", "mul"):
        label = entity.get("labels", {}).get(language)
        if isinstance(label, dict) and "value" in label:
            written.append(str(label["value"]))
        for alias in entity.get("aliases", {}).get(language, []):
            if isinstance(alias, dict) and "value" in alias:
                written.append(str(alias["value"]))
    return {normalise(w): w for w in reversed(written)}


def claim_ids(item: Item, prop: str) -> list[str]:
    """The items a property's statements point to, deprecated statements left out."""
    found: list[str] = []
    for statement in item.entity.get("claims", {}).get(prop, []):
        if statement.get("rank") == "deprecated":
            continue
        value = statement.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            found.append(value["id"])
    return found


def offices_to_check(subject: Subject, items: Iterable[Item]) -> set[str]:
    """The P39 offices whose countries are needed to judge the candidates: those of the named
    humans whose citizenship does not already agree (people only; politicians hold dozens)."""
    if subject.kind != "person":
        return set()
    return {
        office
        for item in _named(subject, items, _is_human)
        if not set(claim_ids(item, "P27")) & subject.countries
        for office in claim_ids(item, "P39")
    }


def classes_to_check(subject: Subject, items: Iterable[Item]) -> set[str]:
    """The classes (P31) of the candidates that bear the name: whether one is a firm is what
    remains to know of them (companies only)."""
    if subject.kind != "company":
        return set()
    return {c for item in _named(subject, items, lambda _: True) for c in claim_ids(item, "P31")}


def office_countries(offices: Mapping[str, Item]) -> dict[str, set[str]]:
    """Office id -> the countries it belongs to (its P17 and P1001)."""
    return {
        office: {c for p in OFFICE_COUNTRY_PROPERTIES for c in claim_ids(item, p)}
        for office, item in offices.items()
    }


def business_classes(
    classes: Iterable[str], fetch: Callable[[list[str]], Mapping[str, Item]]
) -> set[str]:
    """Those of ``classes`` that are subclasses (P279, up to :data:`CLASS_DEPTH` steps) of a
    business root; ``fetch`` gives the class items (from the cache or the API)."""
    reaches: dict[str, set[str]] = {c: {c} for c in classes}  # start class -> classes reached
    frontier = set(reaches)
    seen: set[str] = set()
    parents: dict[str, list[str]] = {}
    for _ in range(CLASS_DEPTH):
        todo = sorted(frontier - seen - BUSINESS_ROOTS)
        if not todo:
            break
        fetched = fetch(todo)
        seen.update(todo)
        for class_id in todo:
            parents[class_id] = claim_ids(fetched[class_id], "P279") if class_id in fetched else []
        frontier = {p for c in todo for p in parents[c]}
        for reached in reaches.values():
            reached.update(p for c in list(reached) for p in parents.get(c, []))
    return {start for start, reached in reaches.items() if reached & BUSINESS_ROOTS}


def decide(
    subject: Subject,
    items: Iterable[Item],
    offices: Mapping[str, set[str]],
    businesses: set[str],
) -> Decision:
    """Link ``subject`` to the one item among ``items`` (its search candidates) that passes.

    ``offices`` gives the countries of P39 offices (see :func:`offices_to_check`) and
    ``businesses`` the classes that are firms (see :func:`business_classes`).
    """
    if subject.kind == "person":
        if not subject.countries:
            return Decision(subject, "no country")
        named = _named(subject, items, _is_human)
        passing = [e for item in named if (e := _person_evidence(subject, item, offices))]
    else:
        named = _named(subject, items, lambda item: bool(set(claim_ids(item, "P31")) & businesses))
        passing = [e for item in named if (e := _company_evidence(subject, item, businesses))]
    if not named:
        return Decision(subject, "no candidate")
    if not passing:
        return Decision(subject, "no evidence", candidates=tuple(i.id for i in named))
    if len(passing) > 1:
        return Decision(subject, "ambiguous", candidates=tuple(e.item.id for e in passing))
    return Decision(subject, "linked", passing[0], (passing[0].item.id,))


def _is_human(item: Item) -> bool:
    return HUMAN in claim_ids(item, "P31")


def _named(subject: Subject, items: Iterable[Item], kind: Callable[[Item], bool]) -> list[Item]:
    """The items of the right kind one of whose names is the subject's name."""
    wanted = normalise(subject.name)
    return [item for item in items if kind(item) and wanted in names_of(item)]


def _person_evidence(
    subject: Subject, item: Item, offices: Mapping[str, set[str]]
) -> Evidence | None:
    name = names_of(item)[normalise(subject.name)]
    for country in claim_ids(item, "P27"):
        if country in subject.countries:
            return Evidence(item, name, "P27", country)
    for office in claim_ids(item, "P39"):
        if offices.get(office, set()) & subject.countries:
            return Evidence(item, name, "P39", office)
    return None


def _company_evidence(subject: Subject, item: Item, businesses: set[str]) -> Evidence | None:
    name = names_of(item)[normalise(subject.name)]
    countries = claim_ids(item, "P17")
    if subject.countries:
        agreeing = [c for c in countries if c in subject.countries]
        return Evidence(item, name, "P17", agreeing[0]) if agreeing else None
    kind = next(c for c in claim_ids(item, "P31") if c in businesses)
    return Evidence(item, name, "P31", kind)
