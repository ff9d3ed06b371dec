"""Areas of cooperation introduced by an invitation to investors or by a document's subject."""

from __future__ import annotations

import pytest

from dkg.loaders.steps.sectors import find_sectors
from dkg.ontology.vocabulary import sector_concepts


def labels(sentence: str) -> list[str]:
    return [m.label for m in find_sectors(sentence, 0, sector_concepts())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The president invited Danish investors into horticulture and agro-processing.",
            ["horticulture", "agro-processing and agro-industry"],
        ),
        (
            "Officials hope to draw investment into shipbuilding and tourism.",
            ["shipbuilding", "tourism"],
        ),
    ],
)
def test_investors_invited_into_an_area_name_it(sentence: str, expected: list[str]) -> None:
    assert labels(sentence) == expected


def test_investors_in_a_country_name_no_area() -> None:
    sentence = "Qatar is one of the largest investors in Rwanda, and both aim to raise trade."
    assert labels(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They exchanged a letter of intent on start-up cooperation.", "innovation and start-ups"),
        ("A protocol on fisheries was signed in Dakar.", "fisheries and seafood"),
        (
            "The ministers signed a declaration of intent on vocational training.",
            "vocational education and training",
        ),
        ("Both sides adopted a convention on civil aviation.", "aviation"),
    ],
)
def test_the_subject_of_a_signed_document_is_an_area(sentence: str, expected: str) -> None:
    assert expected in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Qatar and Germany agreed to cooperate on LNG supplies.",
        "Japan and Australia discussed liquefied natural gas.",
    ],
)
def test_liquefied_natural_gas_is_its_own_area(sentence: str) -> None:
    assert labels(sentence) == ["LNG and liquefied natural gas"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lisbon wants Luanda to be a partner in renewable energy and fisheries.",
            ["renewable and green energy", "fisheries and seafood"],
        ),
        (
            "The ministers agreed to widen exchanges in sport and higher education.",
            ["sport", "higher education"],
        ),
        (
            "The summit produced commitments in agriculture and health.",
            ["agriculture", "health, healthcare and medicine"],
        ),
        (
            "The two capitals will coordinate closely on food security and energy.",
            ["food security and food supply", "energy"],
        ),
        (
            "The deals include cooperation between Petrobras and a Guyana yard on shipbuilding.",
            ["shipbuilding"],
        ),
        (
            "Two memorandums of understanding were signed on tourism and fisheries.",
            ["tourism", "fisheries and seafood"],
        ),
        (
            "Oslo called Hanoi a partner in \u201coffshore wind\u201d.",
            ["offshore wind power"],
        ),
    ],
)
def test_sector_cues_partners_exchanges_commitments_and_signed_documents(
    sentence: str, expected: list[str]
) -> None:
    assert labels(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru is the largest trading partner in the Andes for the two firms.",
        "The exchanges in Lima lasted two hours.",
        "The partners met in Geneva on Tuesday.",
    ],
)
def test_sector_cues_partners_and_exchanges_in_a_place_name_no_area(sentence: str) -> None:
    assert labels(sentence) == []


def test_sector_cues_a_quoted_area_is_read_and_the_closing_quote_ends_it() -> None:
    sentence = 'Seoul called Warsaw a partner in "batteries", said an aide, citing mining.'
    assert labels(sentence) == ["battery industry, electric batteries and energy storage"]
