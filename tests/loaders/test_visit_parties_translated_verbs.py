"""The guest a host receives is the visitor whatever verb the relative clause uses: translated
releases write "who realized a state visit", "who carried out an official visit", "who undertook
a working visit", not only "who is on"."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _visits(text: str) -> list[tuple[str, str]]:
    document = PIPELINE(Document("t", "t", text, date=datetime.date(2023, 9, 12)))
    names = {p.key: p.name for p in document.people}
    return [(names[v.visitor], v.host_country) for v in document.visits]


@pytest.mark.parametrize(
    "verb",
    ["realized", "carried out", "undertook", "is making", "performed", "began"],
)
def test_visit_parties_translated_relative_verbs_name_the_guest(verb: str) -> None:
    text = (
        "The President of Paraguay, Santiago Peña, received this Tuesday at the Palacio de "
        f"López the President of Uruguay, Luis Lacalle Pou, who {verb} an official visit to "
        "Paraguay."
    )
    assert _visits(text) == [("Luis Lacalle Pou", "PY")]


def test_visit_parties_a_clause_about_something_else_names_no_guest() -> None:
    """Counter-example: the clause says what the host did, and the visit is the guest's."""
    text = (
        "Paraguayan President Santiago Peña, who made the announcement on Monday, received "
        "Uruguayan President Luis Lacalle Pou, who is on an official visit to Paraguay."
    )
    assert _visits(text) == [("Luis Lacalle Pou", "PY")]


def test_visit_parties_translated_effectuated_names_the_guest() -> None:
    # French "a effectué" comes out as "effectuated" in some translations.
    text = (
        "The President of Paraguay, Santiago Peña, received this Tuesday at the Palacio de "
        "López the President of Uruguay, Luis Lacalle Pou, who effectuated an official visit "
        "to Paraguay."
    )
    assert _visits(text) == [("Luis Lacalle Pou", "PY")]
