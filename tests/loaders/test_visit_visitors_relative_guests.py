"""The guest a "who" clause sends on the trip is the visitor, not the host who received or
held talks with the guest: "A received, on Monday, the Minister ..., X, and his accompanying
delegation, who arrived in Y on an official visit"; "A held talks with his Z counterpart, X,
who is in the country on a working visit"."""

from __future__ import annotations

import datetime

from tests.loaders.reading import read

_DAY = datetime.date(2025, 4, 15)


def _visits(text: str) -> set[tuple[str, str]]:
    document = read(text, _DAY)
    names = {p.key: p.name for p in document.people}
    return {(names[v.visitor], v.host_country) for v in document.visits}


def test_visit_visitors_guest_and_delegation_who_arrived() -> None:
    text = (
        "PRAGUE, April 15 - Prime Minister Petr Fiala received, on Tuesday, the Minister of "
        "Foreign Affairs of the Republic of Uruguay, Mario Lubetkin, and his accompanying "
        "delegation, who arrived in Prague on Tuesday morning on an official visit.\n"
    )
    assert _visits(text) == {("Mario Lubetkin", "CZ")}


def test_visit_visitors_guest_who_is_in_the_country_on_a_visit() -> None:
    text = (
        "DAKAR, April 15 - President Bassirou Faye held talks with his Gambian counterpart, "
        "Adama Barrow, who is in the country on a two-day working visit.\n"
    )
    assert _visits(text) == {("Adama Barrow", "SN")}


def test_visit_visitors_guest_who_is_in_the_country_and_no_dateline() -> None:
    """With no dateline the host's country is unknown: no trip of the host to the guest's."""
    text = (
        "President Bassirou Faye held talks with his Gambian counterpart, Adama Barrow, who "
        "is in the country on a two-day working visit.\n"
    )
    assert ("Bassirou Faye", "GM") not in _visits(text)


def test_visit_visitors_host_who_made_a_visit_of_his_own() -> None:
    """Counter-example: the "who" clause is about the host himself, who was the traveller."""
    text = (
        "DAKAR, April 15 - President Bassirou Faye, who is on a state visit to Gambia, held "
        "talks with President Adama Barrow in Banjul.\n"
    )
    assert ("Bassirou Faye", "GM") in _visits(text)


def test_visit_visitors_companions_not_a_delegation_keep_the_guest() -> None:
    """Counter-example: a guest's spouse in the list still leaves the guest the visitor."""
    text = (
        "PRAGUE, April 15 - President Petr Pavel received King Philippe of Belgium and his "
        "wife, who arrived in Prague on Tuesday on a state visit.\n"
    )
    assert ("Philippe", "CZ") in _visits(text)
    assert ("Petr Pavel", "BE") not in _visits(text)


def test_visit_visitors_guest_who_finds_himself_in_the_country_in_a_visit() -> None:
    """Translated English: "who finds himself in X in an official visit"."""
    text = (
        "TEGUCIGALPA, April 15 - The President of the Republic, Xiomara Reyes, received this "
        "Tuesday at the Presidential House the Minister of Foreign Affairs of Peru, Elmer "
        "Schialer, who finds himself in Honduras in an official visit from 14 to 16 April.\n"
    )
    assert _visits(text) == {("Elmer Schialer", "HN")}


def test_visit_visitors_guest_who_is_carrying_out_a_visit_in_our_country() -> None:
    """The host is not sent to the guest's country, also when "our country" is unknown."""
    text = (
        "President Joseph Boakai received this Tuesday at the Executive Mansion the President "
        "of Sierra Leone, Julius Maada Bio, who is carrying out a working visit in our country "
        "since yesterday evening.\n"
    )
    assert ("Joseph Boakai", "SL") not in _visits(text)


def test_visit_visitors_host_who_is_carrying_out_a_visit_of_his_own() -> None:
    """Counter-example: the host, who carries out the visit, is its visitor."""
    text = (
        "DAKAR, April 15 - President Bassirou Faye, who is carrying out a state visit to "
        "Gambia, held talks with President Adama Barrow in Banjul.\n"
    )
    assert ("Bassirou Faye", "GM") in _visits(text)
