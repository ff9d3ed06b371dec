"""The rules that decide a Wikidata link, each with the cases where it must not link."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping

import pytest

from dkg.cli.wikidata_cache import Item
from dkg.cli.wikidata_match import (
    Subject,
    business_classes,
    classes_to_check,
    decide,
    normalise,
    office_countries,
    offices_to_check,
)
from tests.wikidata_replay import FIXTURES

DAY = dt.date(2026, 11, 20)
NORWAY, KENYA, NIGERIA, BRAZIL, JAPAN, PORTUGAL, BULGARIA = (
    "Q20",
    "Q114",
    "Q1033",
    "Q155",
    "Q17",
    "Q45",
    "Q219",
)


def item(item_id: str) -> Item:
    entity = json.loads((FIXTURES / "entities" / f"{item_id}.json").read_text(encoding="utf-8"))
    return Item(item_id, entity, DAY, "http://127.0.0.1/w/api.php")


def fetch(ids: list[str]) -> Mapping[str, Item]:
    return {i: item(i) for i in ids if (FIXTURES / "entities" / f"{i}.json").exists()}


def person(name: str, *countries: str) -> Subject:
    return Subject(f"https://example.org/{name}", "person", name, frozenset(countries))


def decide_person(subject: Subject, *ids: str) -> tuple[str, str | None]:
    items = [item(i) for i in ids]
    offices = office_countries(fetch(sorted(offices_to_check(subject, items))))
    decision = decide(subject, items, offices, set())
    return decision.outcome, decision.evidence.item.id if decision.evidence else None


def test_wikidata_match_links_a_citizen_of_the_posts_country() -> None:
    assert decide_person(person("Marta Lindqvist", NORWAY), "Q900000011") == (
        "linked",
        "Q900000011",
    )


@pytest.mark.parametrize(
    ("subject", "why"),
    [
        (person("Marta Lindqvist", KENYA), "no evidence"),  # a citizen of another country
        (person("Marta Lindqvist"), "no country"),  # the documents give no country to check
        (person("Marta Lindqvist-Berg", NORWAY), "no candidate"),  # the name is not hers
        (person("Marta", NORWAY), "no candidate"),  # part of a name is not the name
    ],
)
def test_wikidata_match_does_not_link_without_both_name_and_country(
    subject: Subject, why: str
) -> None:
    assert decide_person(subject, "Q900000011") == (why, None)


def test_wikidata_match_namesakes_are_told_apart_by_the_posts_country() -> None:
    okafor = ("Q900000021", "Q900000022")
    assert decide_person(person("Daniel Okafor", KENYA), *okafor) == ("linked", "Q900000022")
    assert decide_person(person("Daniel Okafor", NIGERIA), *okafor) == ("linked", "Q900000021")


def test_wikidata_match_two_passing_candidates_are_ambiguous() -> None:
    subject = person("Lucas Ferreira", BRAZIL)
    decision = decide(subject, [item("Q900000031"), item("Q900000032")], {}, set())
    assert decision.outcome == "ambiguous"
    assert decision.evidence is None
    assert decision.candidates == ("Q900000031", "Q900000032")


def test_wikidata_match_a_non_human_with_the_name_is_no_candidate() -> None:
    assert decide_person(person("Helena Voss", "Q183"), "Q900000041") == ("no candidate", None)


def test_wikidata_match_an_office_of_the_posts_country_is_evidence() -> None:
    assert decide_person(person("Kenji Arakawa", JAPAN), "Q900000051") == (
        "linked",
        "Q900000051",
    )
    assert decide_person(person("Kenji Arakawa", BRAZIL), "Q900000051") == ("no evidence", None)


def test_wikidata_match_a_deprecated_statement_is_no_evidence() -> None:
    assert decide_person(person("Ines Duarte", PORTUGAL), "Q900000061") == ("no evidence", None)


def test_wikidata_match_reads_multilingual_labels() -> None:
    assert decide_person(person("Sofia Petrova", BULGARIA), "Q900000081") == (
        "linked",
        "Q900000081",
    )


def test_wikidata_match_names_compare_without_case_accents_or_punctuation() -> None:
    assert normalise("DANIEL  o. okafor") == normalise("Daniel O. Okafor")
    assert normalise("Inês Duarte") == normalise("Ines Duarte")
    assert normalise("Ines Duarte") != normalise("Ines Duart")


def test_wikidata_match_companies_need_a_business_class_and_the_country() -> None:
    candidates = [item("Q900000071"), item("Q900000074")]  # a shipping firm and a river
    businesses = business_classes({"Q900000072", "Q4022"}, fetch)
    assert businesses == {"Q900000072"}  # two subclass steps up to "company"; a river never

    def company(*countries: str) -> Subject:
        return Subject("https://example.org/n", "company", "Nordvik Maritime", frozenset(countries))

    linked = decide(company(NORWAY), candidates, {}, businesses)
    assert (linked.outcome, linked.evidence and linked.evidence.property) == ("linked", "P17")
    assert decide(company(JAPAN), candidates, {}, businesses).outcome == "no evidence"
    unknown_country = decide(company(), candidates, {}, businesses)
    assert unknown_country.evidence is not None
    assert unknown_country.evidence.item.id == "Q900000071"
    assert decide(company(NORWAY), candidates, {}, set()).outcome == "no candidate"


def test_wikidata_match_asks_only_about_the_offices_and_classes_of_named_candidates() -> None:
    arakawa = [item("Q900000051")]
    assert offices_to_check(person("Kenji Arakawa", JAPAN), arakawa) == {"Q900000052"}
    assert offices_to_check(person("Kenji Arakawo", JAPAN), arakawa) == set()
    nordvik = [item("Q900000071"), item("Q900000074")]
    firm = Subject("https://example.org/n", "company", "Nordvik Maritime", frozenset())
    assert classes_to_check(firm, nordvik) == {"Q900000072", "Q4022"}
    other = Subject("https://example.org/m", "company", "Nordvik Marine", frozenset())
    assert classes_to_check(other, nordvik) == set()
