"""Well-known companies named by one word, with no cue around them ("Volkswagen will build a
plant"), and the names that are also ordinary words or places, which need a sentence that
supports them."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

GAZETTEER = load_gazetteer()


def _names(sentence: str) -> list[str]:
    return [m.name for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Volkswagen will open an engine plant near Pune.", ["Volkswagen Group"]),
        ("Airbus and Boeing both bid for the fleet order.", ["Airbus", "Boeing"]),
        ("Executives of Costco and Kroger toured the port.", ["Costco", "Kroger"]),
        ("Hyosung announced a second factory.", ["Hyosung"]),
        ("Air New Zealand will fly to Mumbai from next year.", ["Air New Zealand"]),
        ("The minister met the heads of Aramco and Petrobras.", ["Saudi Aramco", "Petrobras"]),
    ],
)
def test_companies_well_known_single_names_need_no_cue(sentence: str, expected: list[str]) -> None:
    assert _names(sentence) == expected


def test_companies_every_fortune_global_500_leader_is_known() -> None:
    leaders = ["Walmart", "Saudi Aramco", "State Grid", "UnitedHealth", "Berkshire Hathaway"]
    assert all(GAZETTEER.company(name) is not None for name in leaders)


@pytest.mark.parametrize(
    "sentence",
    [
        "Total trade between the two countries rose by a fifth.",
        "Deforestation in the Amazon fell last year.",
        "The leaders met in Woodside, California, last November.",
        "Reliance on imported fuel remains high.",
    ],
)
def test_companies_a_name_that_is_a_word_or_a_place_needs_support(sentence: str) -> None:
    assert _names(sentence) == []


def test_companies_a_name_that_is_a_word_counts_inside_a_list_of_firms() -> None:
    assert _names("The ministry held talks with Shell and Total on the field.") == [
        "Shell",
        "TotalEnergies",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Present at the forum were Pertamina, Petronas and Borneo Fuel Works.",
            ["Pertamina", "Petronas", "Borneo Fuel Works"],
        ),
        (
            "The venue hosted Siemens, Bosch, SAP and Lindqvist Robotics for the day.",
            ["Siemens", "Bosch", "SAP", "Lindqvist Robotics"],
        ),
    ],
)
def test_companies_an_unknown_name_in_a_list_of_known_companies_is_a_company(
    sentence: str, expected: list[str]
) -> None:
    assert _names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks with Siemens, Bosch, Germany and Hamburg went well.", ["Siemens", "Bosch"]),
        ("Siemens and Kovac Tools signed a letter.", ["Siemens"]),
        ("Rosatom, Ukraine, Poland and Lithuania were discussed.", ["Rosatom"]),
    ],
)
def test_companies_a_list_with_places_or_too_few_known_names_adds_no_company(
    sentence: str, expected: list[str]
) -> None:
    assert _names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Etihad Rail will lay the line to the border.", ["Etihad Rail"]),
        ("Korail and SNCF compared signalling systems.", ["Korail", "SNCF"]),
        ("Tenaga Nasional signed a grid study with EGAT.", ["Tenaga Nasional", "EGAT"]),
        ("KenGen drilled two more wells at Olkaria.", ["KenGen"]),
    ],
)
def test_companies_national_railways_and_power_utilities_need_no_cue(
    sentence: str, expected: list[str]
) -> None:
    assert _names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister met Kenya's KenGen and Ethiopia's Ethio Telecom.",
            ["KenGen", "Ethio Telecom"],
        ),
        ("A deal with Malaysia's Tenaga Nasional followed.", ["Tenaga Nasional"]),
    ],
)
def test_companies_an_owner_country_before_a_known_name_is_not_part_of_it(
    sentence: str, expected: list[str]
) -> None:
    assert _names(sentence) == expected
