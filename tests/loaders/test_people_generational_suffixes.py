"""A generational "Jr." or "Sr." is no part of a person's name (the annotation conventions leave
it out, as scorers compare the last word), while a number ("III") stays; the same person written
with or without either is one person, within a document and across documents."""

from __future__ import annotations

import pytest

from dkg.loaders import Document, default_pipeline
from tests.loaders.reading import meetings, read, visits

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, str]:
    return {p.key: p.name for p in PIPELINE(Document("t", "t", text)).people}


def test_people_generational_suffixes_jr_is_left_out_of_the_name() -> None:
    people = _people(
        "Governor Samuel T. Okafor Jr. flew to Accra on Monday. Okafor met President "
        "Kwame Boateng. Samuel T. Okafor said trade would grow."
    )
    assert "Samuel T. Okafor" in people.values()
    assert not any(name.endswith("Jr.") for name in people.values())


@pytest.mark.parametrize("suffix", ["Jr.", "Sr.", "Jr"])
def test_people_generational_suffixes_visitor_named_without_the_generation(suffix: str) -> None:
    text = (
        f"President Rodrigo Alcantara Velasco {suffix} arrived in Wellington on 3 March 2025 "
        "for a state visit to New Zealand."
    )
    assert visits(read(text)) == {("Rodrigo Alcantara Velasco", "NZ")}


def test_people_generational_suffixes_surname_with_jr_meets_the_same_person() -> None:
    """The untitled "Velasco Jr." of a later sentence is the president, not a second person."""
    document = read(
        "President Rodrigo Alcantara Velasco Jr. arrived in Wellington on 3 March 2025. "
        "Velasco Jr. met Prime Minister Aroha Tane of New Zealand."
    )
    assert {p.name for p in document.people} == {"Rodrigo Alcantara Velasco", "Aroha Tane"}
    assert meetings(document) == [["Aroha Tane", "Rodrigo Alcantara Velasco"]]


def test_people_generational_suffixes_do_not_split_one_person_across_documents() -> None:
    with_suffix = _people("Senator Daniel Whitcombe III toured the port of Mombasa.")
    without = _people("Senator Daniel Whitcombe toured the port of Mombasa.")
    assert set(with_suffix) == set(without) == {"daniel-whitcombe"}
    assert with_suffix["daniel-whitcombe"] == "Daniel Whitcombe III"


def test_people_generational_suffixes_a_regnal_number_after_one_name_stays_in_the_key() -> None:
    people = _people("King Henrik III of Denmark opened the new harbour in Aarhus.")
    assert people.get("henrik-iii") == "Henrik III"
