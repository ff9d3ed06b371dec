"""Companies introduced by what they do ("lithium miner X", "X, the refiner"), and country
names that a known company shares."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies

GAZETTEER = load_gazetteer()


def names(sentence: str) -> list[str]:
    return [m.name for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "Australian lithium miner Pilgangoora Metals announced a joint study.",
            "Pilgangoora Metals",
        ),
        ("The Ghanaian gold miner Asante Holdings met the delegation.", "Asante Holdings"),
        ("The clothing retailer Kasbah Moda plans to open ten stores.", "Kasbah Moda"),
        ("Turkish shipbuilder Marmara Tersane won the order.", "Marmara Tersane"),
        ("Kenyan utility Lakeside Power signed a supply deal.", "Lakeside Power"),
    ],
)
def test_a_company_named_after_its_line_of_business_is_found(sentence: str, company: str) -> None:
    assert company in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Gulf Petro, the refiner controlled by a state fund, will expand.", "Gulf Petro"),
        ("Andes Grain, the Peruvian grain trader, opened an office.", "Andes Grain"),
        ("Nordvik Pharma, a drug distributor, joined the mission.", "Nordvik Pharma"),
    ],
)
def test_a_company_its_description_follows_is_found(sentence: str, company: str) -> None:
    assert company in names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lula made a brief stop in the Emirates on his way home.",
        "She last visited the Emirates in 2019.",
        "Investors from the Emirates toured the port.",
    ],
)
def test_a_country_short_name_after_its_article_is_no_company(sentence: str) -> None:
    assert names(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["Emirates will add daily flights to Nairobi.", "The deal with Emirates covers 20 aircraft."],
)
def test_the_airline_of_the_same_name_is_still_a_company(sentence: str) -> None:
    assert names(sentence) == ["Emirates"]


def test_company_descriptions_a_company_said_to_be_a_producer_is_a_company() -> None:
    sentence = "Investors look to the north, where Andes Cobre is the largest copper producer."
    assert names(sentence) == ["Andes Cobre"]


def test_company_descriptions_a_country_said_to_be_a_producer_is_no_company() -> None:
    assert names("Chile is the largest copper producer in the world.") == []
