"""Officials who travel together ("A and B arrived in X") each make the visit; the object of
an earlier verb and a spouse who accompanies do not."""

from __future__ import annotations

import datetime

from tests.visit_rows import visit_rows

FILED = datetime.date(2024, 3, 22)


def _trips(text: str) -> list[tuple[str | None, str, str | None]]:
    return sorted((r.visitor, r.host_country, r.start) for r in visit_rows(text, FILED))


def test_joint_visitors_two_ministers_of_a_2_plus_2_each_visit() -> None:
    text = (
        "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara arrived in "
        "Manila on Thursday for the two countries' 2+2 dialogue."
    )
    assert _trips(text) == [
        ("Minoru Kihara", "PH", "2024-03-21"),
        ("Yoko Kamikawa", "PH", "2024-03-21"),
    ]


def test_joint_visitors_after_an_opening_phrase_and_a_list_of_three() -> None:
    text = (
        "On Thursday, Speaker Mike Johnson, Senator Chuck Schumer and Senator Mitch McConnell "
        "flew to Kyiv."
    )
    visitors = [visitor for visitor, host, _ in _trips(text) if host == "UA"]
    assert visitors == ["Chuck Schumer", "Mike Johnson", "Mitch McConnell"]


def test_joint_visitors_the_object_of_an_earlier_verb_is_no_traveller() -> None:
    text = (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan, and Ugandan "
        "President Yoweri Museveni arrived in Nairobi on Monday."
    )
    assert ("Samia Suluhu Hassan", "KE", "2024-03-18") not in _trips(text)
    assert ("Yoweri Museveni", "KE", "2024-03-18") in _trips(text)


def test_joint_visitors_a_spouse_who_accompanies_makes_no_visit() -> None:
    text = (
        "Philippine President Ferdinand Marcos Jr. and First Lady Louise Araneta-Marcos "
        "arrived in Hanoi on Monday."
    )
    assert [visitor for visitor, _, _ in _trips(text)] == ["Ferdinand Marcos"]


def test_joint_visitors_each_named_with_a_country_after_the_name() -> None:
    text = (
        "Presidents Gustavo Petro of Colombia and Cyril Ramaphosa of South Africa arrived in "
        "Hanoi on Thursday for the summit."
    )
    assert _trips(text) == [
        ("Cyril Ramaphosa", "VN", "2024-03-21"),
        ("Gustavo Petro", "VN", "2024-03-21"),
    ]


def test_joint_visitors_a_country_after_the_name_does_not_join_the_object_of_a_verb() -> None:
    text = (
        "President Luong Cuong of Vietnam received Prime Minister Anwar Ibrahim of Malaysia "
        "and President Prabowo Subianto of Indonesia, who arrived in Hanoi on Thursday."
    )
    assert "Luong Cuong" not in [visitor for visitor, _, _ in _trips(text)]
