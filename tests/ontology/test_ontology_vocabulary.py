"""Loaders and the service get code-list IRIs and sector labels without reading Turtle."""

from __future__ import annotations

import pytest

from dkg.ontology import DIPV
from dkg.ontology.vocabulary import (
    concept_iri,
    currency_codes,
    figure_kind_iri,
    sector_concepts,
    sector_iri,
    status_iri,
    visit_type_iri,
)


def test_vocabulary_gives_code_list_iris() -> None:
    assert visit_type_iri("state") == DIPV + "visit-type/state"
    assert status_iri("postponed") == DIPV + "status/postponed"
    assert figure_kind_iri("trade_turnover") == DIPV + "figure-kind/trade_turnover"
    assert sector_iri("nuclear-energy") == DIPV + "sector/nuclear-energy"


def test_vocabulary_unknown_value_names_the_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"use one of .*official.*state"):
        visit_type_iri("royal")
    with pytest.raises(ValueError, match=r"code lists are .*visit-type"):
        concept_iri("visit-kind", "state")


def test_vocabulary_sector_concepts_carry_labels_and_hierarchy() -> None:
    concepts = {c.pref_label: c for c in sector_concepts()}
    assert len(concepts) >= 80
    nuclear = concepts["nuclear power and civil nuclear energy"]
    assert nuclear.broader == DIPV + "sector/energy"
    assert "nuclear" in nuclear.alt_labels
    assert concepts["energy"].broader is None


def test_vocabulary_currency_codes_are_iso_4217() -> None:
    codes = currency_codes()
    assert {"USD", "EUR", "KZT", "CNY", "RUB"} <= codes
    assert all(len(code) == 3 and code.isupper() for code in codes)
