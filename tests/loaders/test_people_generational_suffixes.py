"""A generational suffix ("Jr.", "Sr.", "III") is part of a person's name, and the same person
written without it is still one person, within a document and across documents."""

from __future__ import annotations

from dkg.loaders import Document, default_pipeline

PIPELINE = default_pipeline()


def _people(text: str) -> dict[str, str]:
    return {p.key: p.name for p in PIPELINE(Document("t", "t", text)).people}


def test_people_generational_suffixes_stay_in_the_name() -> None:
    people = _people(
        "Governor Samuel T. Okafor Jr. flew to Accra on Monday. Okafor met President "
        "Kwame Boateng. Samuel T. Okafor said trade would grow."
    )
    assert "Samuel T. Okafor Jr." in people.values()
    assert not any(name == "Samuel T. Okafor" for name in people.values())


def test_people_generational_suffixes_do_not_split_one_person_across_documents() -> None:
    with_suffix = _people("Senator Daniel Whitcombe III toured the port of Mombasa.")
    without = _people("Senator Daniel Whitcombe toured the port of Mombasa.")
    assert set(with_suffix) == set(without) == {"daniel-whitcombe"}
    assert with_suffix["daniel-whitcombe"] == "Daniel Whitcombe III"


def test_people_generational_suffixes_a_regnal_number_after_one_name_stays_in_the_key() -> None:
    people = _people("King Henrik III of Denmark opened the new harbour in Aarhus.")
    assert people.get("henrik-iii") == "Henrik III"
