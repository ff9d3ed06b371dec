"""A host described by its region ("a visit to the Gulf state", "arrived in the Nordic
country") is the one country of that region the story has named."""

from __future__ import annotations

import pytest

from dkg.loaders.gazetteer import load_gazetteer
from dkg.loaders.steps.regional_hosts import DESCRIBED
from tests.loaders.reading import read

_NAMED_FIRST = "President Lula da Silva of Brazil will travel to {country} next month. "


def _visits(text: str) -> set[tuple[str, str]]:
    document = read(text)
    return {(v.host_country, v.visit_type) for v in document.visits}


@pytest.mark.parametrize(
    ("country", "description", "host"),
    [
        ("Kuwait", "the Gulf state", "KW"),
        ("Norway", "the Nordic country", "NO"),
        ("Kyrgyzstan", "the Central Asian republic", "KG"),
        ("Bolivia", "the Andean nation", "BO"),
        ("Mauritius", "the island nation", "MU"),
        ("Montenegro", "the Balkan country", "ME"),
        ("Oman", "the Gulf sultanate", "OM"),
    ],
)
def test_regional_hosts_name_the_one_country_named(
    country: str, description: str, host: str
) -> None:
    text = (
        _NAMED_FIRST.format(country=country)
        + f"Lula is expected to pay a state visit to {description} on 4 March.\n"
    )
    assert (host, "state") in _visits(text)


def test_regional_hosts_after_a_cue_ending_in_to() -> None:
    """A cue that ends in its own "to" ("flew to", "a trip to") has no preposition after it."""
    text = (
        "Prime Minister Anthony Albanese of Australia spoke about Oman on Sunday. "
        "Albanese flew to the Gulf state on Tuesday for talks on trade.\n"
    )
    assert "OM" in {host for host, _ in _visits(text)}


def test_regional_hosts_two_countries_of_the_region_name_no_one() -> None:
    """Counter-example: with Kuwait and Oman both named, "the Gulf state" is neither."""
    text = (
        "President Lula da Silva of Brazil will travel to Kuwait and then Oman next month. "
        "Lula is expected to pay a state visit to the Gulf state on 4 March.\n"
    )
    assert ("KW", "state") not in _visits(text) and ("OM", "state") not in _visits(text)


def test_regional_hosts_a_trip_to_the_region_names_no_one() -> None:
    """Counter-example: "a tour of the Gulf states" is a region, not one of them."""
    text = (
        "President Lula da Silva of Brazil met the emir of Kuwait last year. "
        "Lula will make a tour of the Gulf states in March.\n"
    )
    assert not any(host == "KW" for host, _ in _visits(text))


def test_regional_hosts_the_visitors_own_region_is_not_the_host() -> None:
    """Counter-example: the visitor's own country fits but is not where the visit goes."""
    text = (
        "President Alar Karis of Estonia met the Polish president in Tallinn last year. "
        "Karis will pay a state visit to the Baltic state next spring.\n"
    )
    assert _visits(text) == set()


def test_regional_hosts_descriptors_name_only_known_countries() -> None:
    """A code the gazetteer does not know would name a host no mention can ever match."""
    gazetteer = load_gazetteer()
    assert [c for codes in DESCRIBED.values() for c in codes if gazetteer.country(c) is None] == []
