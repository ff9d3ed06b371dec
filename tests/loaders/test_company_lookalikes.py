"""Armed units, official working bodies and capital headlines are not read as companies."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies


def names(sentence: str) -> list[str]:
    return [m.name for m in find_companies(sentence, 0, load_gazetteer())]


@pytest.mark.parametrize(
    "sentence",
    [
        "The French Carrier Strike Group will sail to the Red Sea next spring.",
        "A Combined Task Force will patrol the strait from March.",
        "The Joint Working Group met in Canberra to review the fisheries pact.",
    ],
)
def test_company_lookalikes_units_and_bodies_are_no_companies(sentence: str) -> None:
    assert names(sentence) == []


def test_company_lookalikes_capital_headline_is_no_company() -> None:
    assert names("CHANCELLOR IN OSLO AS ENERGY TALKS OPEN") == []


def test_company_lookalikes_company_groups_and_legal_forms_still_count() -> None:
    assert names("The Norwegian firm Nordvik Shipping AS will build two ferries.") == [
        "Nordvik Shipping AS"
    ]
    assert names("Firms such as Alaska Air Group and Naval Group bid.") == [
        "Alaska Air Group",
        "Naval Group",
    ]
