""" "The two Ministers of Foreign Affairs held talks" in a story whose principals are two
presidents are the guest's minister and the host's, named earlier; a pair that holds the post
named, or a post three people hold, is read as before."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

DAY = datetime.date(2025, 4, 10)

STATE_VISIT = (
    "President Kaito Marwell of Ghana arrived in Bratislava on Tuesday for a two-day state "
    "visit at the invitation of President Milan Hrasko. He was accompanied by the Minister "
    "of Foreign Affairs, Samuel Okyere, who will meet Slovak Minister of Foreign Affairs "
    "Juraj Blanar.\n\nThe two Presidents held talks at the Grassalkovich Palace on Tuesday "
    "afternoon.\n\n"
)


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, DAY))


def test_meetings_pair_rank_holders_the_two_foreign_ministers_of_a_state_visit() -> None:
    text = STATE_VISIT + (
        "On Wednesday, President Marwell was received in audience by the Speaker of "
        "Parliament, Peter Pellegrini. Before the audience, the two Ministers of Foreign "
        "Affairs held talks in tête-à-tête, then in enlarged format."
    )
    assert ["Juraj Blanar", "Samuel Okyere"] in _meetings(text)


def test_meetings_pair_rank_holders_the_two_presidents_stay_the_principals() -> None:
    text = STATE_VISIT + "On Wednesday, the two Presidents also held a tête-à-tête."
    assert ["Juraj Blanar", "Samuel Okyere"] not in _meetings(text)
    assert ["Kaito Marwell", "Milan Hrasko"] in _meetings(text)


def test_meetings_pair_rank_holders_three_holders_name_no_pair() -> None:
    text = (
        "President Kaito Marwell of Ghana arrived in Bratislava on Tuesday for a state visit "
        "at the invitation of President Milan Hrasko. Foreign Minister Samuel Okyere of "
        "Ghana, Foreign Minister Juraj Blanar of Slovakia and Foreign Minister Ana Costa of "
        "Portugal attended a forum.\n\nThe two Presidents held talks at the Palace on "
        "Tuesday.\n\nOn Wednesday, the two Ministers of Foreign Affairs held talks."
    )
    found = _meetings(text)
    assert ["Juraj Blanar", "Samuel Okyere"] not in found
    assert ["Ana Costa", "Juraj Blanar"] not in found
