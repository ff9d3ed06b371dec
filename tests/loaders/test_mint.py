"""Keys and IRIs: deterministic, slugs only, transliteration variants folded."""

from __future__ import annotations

import pytest

from dkg.loaders.mint import evidence_iri, fact_iri, iri, person_key, slug, visit_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kassym-Jomart Tokayev", "Kasym-Zhomart Tokaev"),
        ("Shavkat Mirziyoyev", "Shavkat Mirziyoev"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("Dmitriy Peskov", "Dmitry Peskov"),
    ],
)
def test_mint_person_key_folds_transliteration_variants(one: str, other: str) -> None:
    assert person_key(one) == person_key(other)


def test_mint_different_people_keep_different_keys() -> None:
    assert person_key("Ilham Aliyev") != person_key("Nikol Pashinyan")


def test_mint_slug_is_lower_case_ascii() -> None:
    assert slug("Palais de l'Élysée") == "palais-de-l-elysee"


def test_mint_iris_follow_kind_and_key() -> None:
    base = "https://w3id.org/diplomatic-kg/id/"
    assert iri("country", "pe").value == base + "country/pe"
    assert evidence_iri("doc1", 10, 52).value == base + "evidence/doc1-10-52"
    assert visit_key("javier-milei", "ES", None) == "javier-milei-es-undated"
    assert fact_iri("meeting", "doc1", "a", "b") == fact_iri("meeting", "doc1", "a", "b")
    assert fact_iri("meeting", "doc1", "a", "b") != fact_iri("meeting", "doc2", "a", "b")


def test_mint_iri_percent_encodes_a_key_that_is_not_a_slug() -> None:
    base = "https://w3id.org/diplomatic-kg/id/"
    assert iri("document", "press note 1").value == base + "document/press%20note%201"
    assert iri("document", "note/é").value == base + "document/note%2F%C3%A9"
