"""A guest welcomed at the foot of the aircraft or on the tarmac is met by protocol on arrival,
not at talks; a guest "met on the tarmac" and a welcome at the palace stay talks."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

DAY = datetime.date(2025, 4, 10)


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, DAY))


def test_meetings_plane_side_welcomes_the_foot_of_the_aircraft_is_no_meeting() -> None:
    text = (
        "The President of Benin, Rodrigue Alomatin, arrived in Libreville on Wednesday for a "
        "two-day official visit at the invitation of President Armand Nzeba. The illustrious "
        "guest was welcomed at the foot of the aircraft by the Head of State himself, in the "
        "presence of the Vice-President, Mrs. Clarisse Obame."
    )
    assert _meetings(text) == []


def test_meetings_plane_side_welcomes_a_where_clause_at_the_plane_is_no_meeting() -> None:
    text = (
        "The President of Benin, Rodrigue Alomatin, arrived in Libreville on Wednesday for a "
        "two-day official visit, where he was welcomed at the foot of the plane by the Prime "
        "Minister, Head of Government, Mr. Jules Bekale."
    )
    assert _meetings(text) == []


def test_meetings_plane_side_welcomes_a_welcome_told_after_the_tarmac_is_no_meeting() -> None:
    text = (
        "The President of Benin, Rodrigue Alomatin, arrived in Libreville on Wednesday for a "
        "two-day official visit. On the tarmac, he was welcomed by the Prime Minister, Head "
        "of Government, Mr. Jules Bekale."
    )
    assert _meetings(text) == []


def test_meetings_plane_side_welcomes_the_talks_after_it_keep_the_two_heads_of_state() -> None:
    text = (
        "The President of Benin, Rodrigue Alomatin, arrived in Libreville on Wednesday for a "
        "two-day official visit at the invitation of President Armand Nzeba.\n\n"
        "The illustrious guest was welcomed at the foot of the aircraft by the Head of State "
        "himself, in the presence of the Vice-President, Mrs. Clarisse Obame.\n\n"
        "The two Heads of State had a tête-à-tête at the Palace, which was extended by talks "
        "in enlarged format."
    )
    assert _meetings(text) == [["Armand Nzeba", "Rodrigue Alomatin"]]


def test_meetings_plane_side_welcomes_met_on_the_tarmac_stays_a_meeting() -> None:
    text = (
        "Canadian Deputy Prime Minister Claire Dufresne touched down at Kotoka International "
        "Airport on Sunday evening and was met on the tarmac by Vice-President Kwame Owusu."
    )
    assert _meetings(text) == [["Claire Dufresne", "Kwame Owusu"]]


def test_meetings_plane_side_welcomes_a_welcome_at_the_palace_stays_a_meeting() -> None:
    text = (
        "The President of Benin, Rodrigue Alomatin, arrived in Libreville on Wednesday for a "
        "two-day official visit. He was welcomed at the Presidential Palace by President "
        "Armand Nzeba."
    )
    assert _meetings(text) == [["Armand Nzeba", "Rodrigue Alomatin"]]
