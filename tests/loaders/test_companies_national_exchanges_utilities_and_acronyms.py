"""The gazetteer's national stock exchanges, incumbent telecoms, power utilities and largest
banks, named with no cue; an acronym the text spells out for another body; and an exchange named
only as its index or its trading days."""

from __future__ import annotations

import datetime

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies
from tests.loaders.reading import company_names, read

GAZETTEER = load_gazetteer()
_DAY = datetime.date(2025, 6, 10)


def _names(sentence: str) -> list[str]:
    return [m.name for m in find_companies(sentence, 0, GAZETTEER)]


@pytest.mark.parametrize(
    ("sentence", "name", "home"),
    [
        ("Elektroprivreda Crne Gore will build a solar park.", "Elektroprivreda Crne Gore", "ME"),
        ("Makedonski Telekom opened a data centre in Skopje.", "Makedonski Telekom", "MK"),
        ("Magyar Telekom and the ministry agreed on fibre roll-out.", "Magyar Telekom", "HU"),
        ("Banque Misr will finance the project.", "Banque Misr", "EG"),
        (
            "Hidroeléctrica de Cahora Bassa will sell power to Zimbabwe.",
            "Hidroeléctrica de Cahora Bassa",
            "MZ",
        ),
        ("Letšeng Diamonds reported record sales.", "Letšeng Diamonds", "LS"),
        ("Eurobank Cyprus signed a memorandum with the bank.", "Eurobank Cyprus", "CY"),
        ("The memorandum names the Cyprus Stock Exchange.", "Cyprus Stock Exchange", "CY"),
        ("NSE International Exchange will list the bonds.", "NSE International Exchange", "IN"),
        ("Medavia will fly patients to Sicily.", "Medavia", "MT"),
        ("Nairobi Securities Exchange listed the bond.", "Nairobi Securities Exchange", "KE"),
        ("Telkom SA and the regulator settled.", "Telkom SA", "ZA"),
    ],
)
def test_companies_national_utilities_telecoms_banks_and_exchanges_need_no_cue(
    sentence: str, name: str, home: str
) -> None:
    found = {m.name: m.country_iso2 for m in find_companies(sentence, 0, GAZETTEER)}
    assert found.get(name) == home


@pytest.mark.parametrize(
    "sentence",
    [
        # first names a company shares are no company where a sentence opens with them
        "Zain thanked his hosts in Tunis.",
        "Elisa travelled to Tunis on Tuesday.",
        "Telma opened the exhibition.",
    ],
)
def test_companies_names_that_are_first_names_need_a_cue(sentence: str) -> None:
    assert _names(sentence) == []


def test_companies_acronym_spelt_out_for_another_body_is_that_body() -> None:
    text = (
        "The Indian Ocean Commission (IOC) met in Victoria on Tuesday. The IOC welcomed the "
        "new members."
    )
    assert "Indian Oil Corporation" not in company_names(read(text, _DAY))


def test_companies_acronym_of_the_company_itself_stays() -> None:
    text = "Indian Oil Corporation (IOC) signed a supply deal. IOC said it would run ten years."
    assert set(company_names(read(text, _DAY))) == {"Indian Oil Corporation"}


def test_companies_acronym_spelt_out_elsewhere_keeps_other_acronyms() -> None:
    text = (
        "The Indian Ocean Commission (IOC) met in Victoria on Tuesday. KEPCO will build a "
        "power plant in Mauritius."
    )
    assert "Korea Electric Power Corporation" in company_names(read(text, _DAY))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tadawul index rose 0.4% during the session.",
        "The Borsa Istanbul 100 index added 1.5% during the session.",
        "The Nairobi Securities Exchange was closed for a public holiday.",
    ],
)
def test_companies_exchange_named_as_a_market_move_is_no_company(sentence: str) -> None:
    assert _names(sentence) == []


def test_companies_exchange_that_acts_is_a_company() -> None:
    assert _names("Tadawul listed the shares of the miner on Tuesday.") == ["Saudi Exchange"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Around 40 Hungarian companies operate in the country, the largest being Telenova, "
            "owned by the Hungarian state.",
            {"Telenova": "HU"},
        ),
        (
            "Many Czech firms work in Slovakia, the largest of them being Kovotech.",
            {"Kovotech": "CZ"},
        ),
    ],
)
def test_companies_largest_of_the_firms_counted_before(
    sentence: str, expected: dict[str, str]
) -> None:
    found = {m.name: m.country_iso2 for m in find_companies(sentence, 0, GAZETTEER)}
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Around 40 Hungarian companies operate in the country, the largest being in energy.",
        "Several delegations came to the fair, the largest being Brazil.",
    ],
)
def test_companies_largest_of_no_firms_names_no_company(sentence: str) -> None:
    assert _names(sentence) == []
