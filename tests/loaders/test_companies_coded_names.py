"""A firm's name may be two capital letters that are also a country's ISO code ("HT", "PE",
"MT"): in a list of firms ("companies such as KT and Podravka") it names a firm, as news writes
a country in full or by a short name it goes by ("US", "UK"), never by its bare code."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import company_names, read

FILED = datetime.date(2025, 5, 8)
STORY = "Lisbon, 8 May 2025 - President Marcelo Rebelo de Sousa met King Felipe VI in Madrid.\n\n"


@pytest.mark.parametrize(
    ("sentence", "firms"),
    [
        (
            "Portuguese banks and companies such as MT and Sonae employ 12,000 people in Spain.",
            ["MT", "Sonae"],
        ),
        ("Spanish firms such as Inditex and PE already export to Portugal.", ["Inditex", "PE"]),
    ],
)
def test_companies_coded_names_in_lists_are_firms(sentence: str, firms: list[str]) -> None:
    names = company_names(read(STORY + sentence, FILED))
    assert all(firm in names for firm in firms)


@pytest.mark.parametrize(
    "sentence",
    [
        # a country's short name in a list stays a country
        "Companies from partners such as the US and the UK invest in Portugal.",
        # capital initials with no cue of firms before them are no firm
        "The MT and the PE of the two governments will meet again in June.",
    ],
)
def test_companies_coded_names_need_a_list_of_firms(sentence: str) -> None:
    names = company_names(read(STORY + sentence, FILED))
    assert not {"US", "UK", "MT", "PE"} & set(names)
