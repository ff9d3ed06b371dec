""" "The two leaders" of a sentence are two people who lead their countries: a spokesman the
sentence before names beside one of them is not one of the pair, whose earlier talks are the
story's two principals' (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

FILED = datetime.date(2024, 6, 18)


@pytest.mark.parametrize(
    ("text", "pair", "not_met"),
    [
        (
            "Prime Minister Kyriakos Mitsotakis of Greece began an official visit to Jordan on"
            " Monday and held talks with King Abdullah II. Jordanian government spokesman"
            " Mohannad Mubaidin told Mitsotakis's aides the talks had been warm. The two leaders"
            " had met in Athens in 2021.",
            ["Abdullah II", "Kyriakos Mitsotakis"],
            "Mohannad Mubaidin",
        ),
        (
            "President Andrzej Duda of Poland arrived in Seoul on Monday for talks with President"
            " Yoon Suk Yeol. South Korean presidential spokeswoman Kim Su-kyung told Duda's staff"
            " the agenda was long. The two heads of state had met in Warsaw in 2022.",
            ["Andrzej Duda", "Yoon Suk Yeol"],
            "Kim Su-kyung",
        ),
        # A crown prince who is also prime minister is one of "the two leaders", not replaced
        # by a minister of his country named later.
        (
            "President Kassym-Jomart Tokayev of Kazakhstan arrived in Kuwait on Monday and held"
            " talks with Crown Prince and Prime Minister Sabah Khalid Al-Sabah. The two leaders"
            " witnessed the signing of a memorandum on energy. Kuwaiti Finance Minister Anwar"
            " Al-Mudhaf said the fund would open an office in Astana.",
            ["Kassym-Jomart Tokayev", "Sabah Khalid Al-Sabah"],
            "Anwar Al-Mudhaf",
        ),
    ],
)
def test_meetings_pair_leaders_are_the_leaders(text: str, pair: list[str], not_met: str) -> None:
    found = meetings(read(text, FILED))
    assert pair in found
    assert not any(not_met in m for m in found)


def test_meetings_pair_leaders_two_leaders_named_before_are_the_pair() -> None:
    # The counter-example: two heads of government named the sentence before are the pair.
    text = (
        "Prime Minister Kyriakos Mitsotakis of Greece held talks with King Abdullah II in Amman"
        " on Monday. Later Mitsotakis telephoned Prime Minister Robert Fico of Slovakia. The"
        " two leaders had met in Athens in 2021."
    )
    assert ["Kyriakos Mitsotakis", "Robert Fico"] in meetings(read(text, FILED))
