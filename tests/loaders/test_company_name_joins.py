"""Company names holding their own "and" stay whole; two firms joined by "and" stay two."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _read(text: str) -> Document:
    return PIPELINE(Document("t", "t", text))


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Most of the crew work for Al Noor General Trading and Contracting Company.",
            "Al Noor General Trading and Contracting Company",
        ),
        (
            "Guests included executives of Lotus Cement, Baltic Steel and Orion Oil and Retail "
            "Business.",
            "Orion Oil and Retail Business",
        ),
        (
            "The minister met executives from Sunda Marine and Shipping Company.",
            "Sunda Marine and Shipping Company",
        ),
    ],
)
def test_company_name_joins_keep_a_name_with_its_own_and(text: str, company: str) -> None:
    names = {c.name for c in _read(text).companies}
    assert company in names
    assert not names & {"Contracting Company", "Retail Business", "Shipping Company"}


@pytest.mark.parametrize(
    ("text", "companies"),
    [
        (
            "The minister met executives of Kestrel Mining and Acme Company on Friday.",
            {"Kestrel Mining", "Acme Company"},
        ),
        (
            "Guests included executives of Lotus Cement, Baltic Steel and Orion Holdings.",
            {"Lotus Cement", "Baltic Steel", "Orion Holdings"},
        ),
    ],
)
def test_company_name_joins_keep_two_firms_apart(text: str, companies: set[str]) -> None:
    assert companies <= {c.name for c in _read(text).companies}


def test_company_name_joins_drop_the_sentence_full_stop() -> None:
    names = {c.name for c in _read("The depot is run by Acme Company.").companies}
    assert names == {"Acme Company"}


def test_company_name_joins_no_army_general_in_a_firm_name() -> None:
    text = "Most of the crew work for Al Noor General Trading and Contracting Company."
    assert not _read(text).people


def test_company_name_joins_keep_a_general_and_a_family_name_of_a_trade() -> None:
    text = "General Mark Power met Ambassador Power and General Ana Mining in Lima."
    names = {p.name for p in _read(text).people}
    assert {"Mark Power", "Ana Mining"} <= names
