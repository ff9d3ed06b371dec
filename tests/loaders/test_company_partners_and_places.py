"""The other party of a known company's document is a company; a firm's name that holds its
own "and" before trade words ("X Mine Safety and Mineral Resources Corp.", "X Export and
Development Bank") is one company; a shipyard named after its kind is a company; an airport, a
port or a station is a place, however a sentence lists it."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.companies import find_companies


def _names(sentence: str) -> list[str]:
    return [m.name for m in find_companies(sentence, 0, load_gazetteer())]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The ministers witnessed a Memorandum of Understanding between Andigas and Petrobras "
            "on gas supplies.",
            ["Andigas", "Petrobras"],
        ),
        (
            "A supply contract between Siemens and the state utility Voltandes was signed.",
            ["Siemens", "Voltandes"],
        ),
        (
            "A contract between the naval shipyard Astimar and Siemens was also signed.",
            ["Astimar", "Siemens"],
        ),
    ],
)
def test_company_partners_of_a_known_company_are_companies(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


@pytest.mark.parametrize(
    "sentence",
    [
        "An agreement between the Ministry of Energy and Petrobras was signed.",
        "An agreement between the University of Lima and Petrobras was signed.",
        "An agreement between Chile and Petrobras was signed.",
        # neither party known: two names after "between" may be two agencies
        "An agreement between Andigas and Voltandes was signed.",
        # no document between them
        "The rivalry between Andigas and Petrobras grew.",
    ],
)
def test_company_partners_that_are_bodies_or_unvouched_are_not_added(sentence: str) -> None:
    assert "Andigas" not in _names(sentence)
    assert not any(n.startswith(("Ministry", "University", "Chile")) for n in _names(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Andes Mine Safety and Mineral Resources Corp. signed an agreement with a Chilean "
            "miner.",
            "Andes Mine Safety and Mineral Resources Corp.",
        ),
        (
            "The minister met executives of the Croatian Export and Development Bank (HBOR).",
            "Croatian Export and Development Bank",
        ),
    ],
)
def test_company_names_holding_their_own_and_are_one_company(sentence: str, name: str) -> None:
    assert _names(sentence) == [name]


def test_company_names_with_a_firm_after_and_stay_two() -> None:
    assert _names("Executives of Andigas and Kestrel Bank Ltd met the minister.") == [
        "Andigas",
        "Kestrel Bank Ltd",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Executives of Mariscal Sucre International Airport and Siemens met the minister.",
        "Companies such as Siemens, Callao Port and Petrobras attended the forum.",
        "Executives of Siemens and Central Railway Station met.",
    ],
)
def test_company_places_of_transit_are_no_companies(sentence: str) -> None:
    names = _names(sentence)
    assert not any(n.endswith(("Airport", "Port", "Station")) for n in names)
    assert "Siemens" in names


def test_company_firms_running_places_stay_companies() -> None:
    names = _names("Companies such as Quito Airport Partners, Siemens and Andes Ports attended.")
    assert "Quito Airport Partners" in names
    assert "Andes Ports" in names
