""" "The two leaders" of a sentence are two people who lead their countries: a spokesman the
sentence before names beside one of them is not one of the pair, whose earlier talks are the
story's two principals' (issue 4)."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

FILED = datetime.date(2024, 6, 18)


def test_meetings_pair_leaders_not_a_spokesman_named_between() -> None:
    text = (
        "Prime Minister Kyriakos Mitsotakis of Greece began an official visit to Jordan on"
        " Monday and held talks with King Abdullah II. Jordanian government spokesman Mohannad"
        " Mubaidin told Mitsotakis's aides the talks had been warm. The two leaders had met in"
        " Athens in 2021."
    )
    found = meetings(read(text, FILED))
    assert ["Abdullah II", "Kyriakos Mitsotakis"] in found
    assert not any("Mohannad Mubaidin" in m for m in found)


def test_meetings_pair_leaders_two_leaders_named_before_are_the_pair() -> None:
    # The counter-example: two heads of government named the sentence before are the pair.
    text = (
        "Prime Minister Kyriakos Mitsotakis of Greece held talks with King Abdullah II in Amman"
        " on Monday. Later Mitsotakis telephoned Prime Minister Robert Fico of Slovakia. The"
        " two leaders had met in Athens in 2021."
    )
    assert ["Kyriakos Mitsotakis", "Robert Fico"] in meetings(read(text, FILED))


def test_meetings_pair_leaders_heads_of_state_are_leaders_too() -> None:
    text = (
        "President Andrzej Duda of Poland arrived in Seoul on Monday for talks with President"
        " Yoon Suk Yeol. South Korean presidential spokeswoman Kim Su-kyung told Duda's staff"
        " the agenda was long. The two heads of state had met in Warsaw in 2022."
    )
    found = meetings(read(text, FILED))
    assert not any("Kim Su-kyung" in m for m in found)


def test_meetings_pair_leaders_a_joint_title_leads() -> None:
    # A crown prince who is also prime minister is one of "the two leaders", not replaced by
    # a minister of his country named later.
    text = (
        "President Kassym-Jomart Tokayev of Kazakhstan arrived in Kuwait on Monday and held"
        " talks with Crown Prince and Prime Minister Sabah Khalid Al-Sabah. The two leaders"
        " witnessed the signing of a memorandum on energy. Kuwaiti Finance Minister Anwar"
        " Al-Mudhaf said the fund would open an office in Astana."
    )
    found = meetings(read(text, FILED))
    assert ["Kassym-Jomart Tokayev", "Sabah Khalid Al-Sabah"] in found
    assert not any("Anwar Al-Mudhaf" in m for m in found)
