"""Whoever welcomed a guest at the airport after the talks were told is not one of "the two
leaders" of those talks; a leader's own welcome at the airport or at the venue still names the
pair."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

DAY = datetime.date(2024, 6, 4)


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, DAY))


def test_meetings_airport_greetings_a_passive_airport_welcome_names_no_pair_of_leaders() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez held talks with President Paul Kagame in Kigali "
        "on Monday. Sanchez was welcomed at Kigali International Airport by Foreign Minister "
        "Vincent Biruta. During the meeting the two leaders agreed to expand trade."
    )
    assert _meetings(text) == [["Paul Kagame", "Pedro Sanchez"]]


def test_meetings_airport_greetings_a_welcome_at_the_venue_names_the_pair() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez arrived in Kigali on Monday. He was received at "
        "Urugwiro Village by President Paul Kagame. The two leaders then held talks on trade."
    )
    assert _meetings(text) == [["Paul Kagame", "Pedro Sanchez"]]


def test_meetings_airport_greetings_a_leaders_airport_welcome_before_talks_names_the_pair() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez arrived in Kigali on Monday and was received at "
        "Kigali International Airport by President Paul Kagame. The two men then held talks "
        "at Urugwiro Village."
    )
    assert _meetings(text) == [["Paul Kagame", "Pedro Sanchez"]]


def test_meetings_airport_greetings_a_leader_at_the_airport_after_earlier_talks_is_the_pair() -> (
    None
):
    text = (
        "Ghanaian President Nana Akufo-Addo arrived in New Delhi on Monday for a state visit "
        "to India. Ghana's Foreign Minister Shirley Botchwey had met External Affairs Minister "
        "Subrahmanyam Jaishankar in the Indian capital on Sunday to prepare the trip. "
        "Akufo-Addo was welcomed at the airport by Prime Minister Narendra Modi. The two "
        "leaders then sat down for talks at Hyderabad House."
    )
    assert _meetings(text) == [
        ["Shirley Botchwey", "Subrahmanyam Jaishankar"],
        ["Nana Akufo-Addo", "Narendra Modi"],
    ]


def test_meetings_airport_greetings_a_minister_at_the_airport_after_earlier_talks_is_not() -> None:
    text = (
        "Ghanaian President Nana Akufo-Addo held talks with Prime Minister Narendra Modi in "
        "New Delhi on Monday. Akufo-Addo had been welcomed at the airport by Minister of State "
        "Pabitra Margherita. The two leaders agreed to double trade by 2030."
    )
    assert _meetings(text) == [["Nana Akufo-Addo", "Narendra Modi"]]


def test_meetings_airport_greetings_a_passive_met_at_the_airport_is_a_welcome() -> None:
    text = (
        "Chilean President Gabriel Boric landed in Canberra on Tuesday and was met at the "
        "airport by Deputy Prime Minister Richard Marles."
    )
    assert _meetings(text) == []


def test_meetings_airport_greetings_an_active_met_at_an_airport_hotel_is_talks() -> None:
    text = (
        "Chilean President Gabriel Boric met Deputy Prime Minister Richard Marles at an "
        "airport hotel on Tuesday to discuss lithium."
    )
    assert _meetings(text) == [["Gabriel Boric", "Richard Marles"]]


def test_meetings_airport_greetings_a_welcome_told_after_the_landing_is_no_talks() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez touched down at Kigali International Airport late "
        "on Monday. He was greeted by President Paul Kagame, Prime Minister Edouard Ngirente and "
        "several ministers."
    )
    assert _meetings(text) == []


def test_meetings_airport_greetings_a_reception_at_the_palace_after_the_landing_is_talks() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez touched down at Kigali International Airport late "
        "on Monday. He was received by President Paul Kagame at the Presidential Palace."
    )
    assert _meetings(text) == [["Paul Kagame", "Pedro Sanchez"]]


def test_meetings_airport_greetings_the_hour_of_landing_keeps_the_welcome_at_the_airport() -> None:
    # "9.30 a.m." between the airport and the welcome ends no sentence
    text = (
        "The Ghanaian President arrived at Kotoka International Airport at around 10.45 a.m. "
        "and was received by Foreign Minister Samuel Ablakwa and Deputy Minister Thomas Mbomba."
    )
    assert _meetings(text) == []


def test_meetings_airport_greetings_a_welcome_after_a_full_stop_is_its_own_scene() -> None:
    # near-miss: the airport ends its sentence; the next one tells talks at the palace
    text = (
        "President Julius Maada Bio landed at Kotoka International Airport on Monday. At 4 p.m. "
        "President John Mahama received President Bio at the Jubilee House for talks."
    )
    assert _meetings(text) == [["John Mahama", "Julius Maada Bio"]]


def test_meetings_airport_greetings_the_two_leaders_after_a_greeter_in_one_sentence() -> None:
    # the greeter met the plane; "the two leaders" of the same sentence are the guest and
    # the President who received him
    text = (
        "President Daniel Owino received General Moussa Traore at State House on Tuesday. "
        "General Traore was welcomed at the airport by the First Vice President, Peter Kamau, "
        "and senior officials, before he was escorted to State House where the two leaders "
        "held talks first in a tete-a-tete and then with their delegations."
    )
    assert _meetings(text) == [["Daniel Owino", "Moussa Traore"]]


def test_meetings_airport_greetings_a_greeter_before_the_two_leaders_of_the_inviter() -> None:
    text = (
        "General Moussa Traore arrived in Nairobi on Tuesday at the invitation of President "
        "Daniel Owino. General Traore was welcomed at the airport by Foreign Minister Ruth "
        "Achieng, before he was driven to State House where the two leaders held talks."
    )
    assert _meetings(text) == [["Daniel Owino", "Moussa Traore"]]


def test_meetings_airport_greetings_a_leader_at_the_airport_is_one_of_the_two_leaders() -> None:
    # near-miss: the one who met the plane leads the country, and is one of the pair
    text = (
        "General Moussa Traore arrived in Nairobi on Tuesday. He was welcomed at the airport "
        "by President Daniel Owino, before the two leaders drove to State House and held talks."
    )
    assert _meetings(text) == [["Daniel Owino", "Moussa Traore"]]
