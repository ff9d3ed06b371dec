"""A session "co-presided by A and by B" and "A and B led their delegations in bilateral talks"
are talks of the two; one side's delegation led to a summit, or a body chaired by one, is not."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

DAY = datetime.date(2025, 4, 10)


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, DAY))


def test_meetings_co_chairs_a_session_co_presided_by_two_ministers_is_their_meeting() -> None:
    text = (
        "The fourth session of the Joint Commission between Senegal and Portugal was held in "
        "Dakar on Tuesday. The session was co-presided by the Portuguese Minister of Foreign "
        "Affairs, Rui Tavares Melo, and by Madam Aissatou Ndiaye, Minister of Foreign Affairs "
        "of Senegal."
    )
    assert _meetings(text) == [["Aissatou Ndiaye", "Rui Tavares Melo"]]


def test_meetings_co_chairs_co_chaired_by_is_the_same() -> None:
    text = (
        "The second meeting of the Bilateral Council of Chile and Kenya took place in Nairobi. "
        "It was co-chaired by Minister Tomas Urrutia and by Madam Wanjiru Kamau, Cabinet "
        "Secretary for Foreign Affairs."
    )
    assert _meetings(text) == [["Tomas Urrutia", "Wanjiru Kamau"]]


def test_meetings_co_chairs_a_body_chaired_by_one_is_no_meeting() -> None:
    text = (
        "The forum, chaired by Minister Tomas Urrutia, heard a report by the economist "
        "Wanjiru Kamau on regional trade."
    )
    assert _meetings(text) == []


def test_meetings_led_delegations_in_bilateral_talks_is_a_meeting_of_the_two() -> None:
    text = (
        "Foreign Minister Lucia Bertoni of Italy arrived in Hanoi on Monday for a three-day "
        "official visit, at the invitation of Vietnamese Foreign Minister Tran Van Hoa.\n\n"
        "Later in the day, Minister Bertoni and Minister Hoa led their delegations in bilateral "
        "talks at the Ministry."
    )
    assert _meetings(text) == [["Lucia Bertoni", "Tran Van Hoa"]]


def test_meetings_led_delegations_to_a_summit_is_no_meeting() -> None:
    text = (
        "Prime Minister Lucia Bertoni and President Tran Van Hoa led their delegations to the "
        "climate summit in Belem on Monday."
    )
    assert _meetings(text) == []


def test_meetings_led_the_delegation_of_one_side_is_no_meeting() -> None:
    text = (
        "Minister Lucia Bertoni led the delegation at the trade fair, while Tran Van Hoa "
        "opened the pavilion of his firm."
    )
    assert _meetings(text) == []
