"""Signatories of agreements at the end of talks, who hold no talks of their own, and a video
conference held right after a signing, on the signing's day."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, meetings, read

DAY = datetime.date(2024, 11, 19)


def test_meetings_signatories_at_the_end_of_talks_hold_no_talks() -> None:
    text = (
        "Burundian President Evariste Ndayishimiye arrived in Dodoma on Monday for a state visit "
        "to Tanzania at the invitation of President Samia Suluhu Hassan. At the end of the "
        "talks, four agreements were signed by the Minister of Foreign Affairs of Tanzania, "
        "Mahmoud Thabit Kombo, and his Burundian counterpart Albert Shingiro, in the presence "
        "of the two Presidents."
    )
    assert ["Albert Shingiro", "Mahmoud Thabit Kombo"] not in meetings(read(text, DAY))


def test_meetings_leaders_who_sign_after_their_talks_held_them() -> None:
    # near-miss: the two principals sign, and they did hold the talks
    text = (
        "Burundian President Evariste Ndayishimiye arrived in Dodoma on Monday for a state visit "
        "to Tanzania at the invitation of President Samia Suluhu Hassan. After the talks, "
        "President Ndayishimiye and President Samia Suluhu Hassan signed a joint communique."
    )
    assert ["Evariste Ndayishimiye", "Samia Suluhu Hassan"] in meetings(read(text, DAY))


_SIGNING = (
    "Portugal and Cape Verde signed a debt conversion deal in Lisbon on Monday, Prime Minister "
    "Luis Montenegro announced. "
)


def test_meetings_a_video_conference_right_after_the_signing_is_on_its_day() -> None:
    text = _SIGNING + (
        "During a video conference held immediately after the signing, Montenegro and Cape "
        "Verdean Prime Minister Ulisses Correia e Silva welcomed the deal."
    )
    found = read(text, DAY)
    assert dated_meetings(found) == [(["Luis Montenegro", "Ulisses Correia e Silva"], "2024-11-18")]
    assert [m.mode for m in found.meetings] == ["video"]


def test_meetings_a_video_conference_alone_is_on_the_story_day() -> None:
    # near-miss: no act told before it, so the day of the story
    text = _SIGNING + (
        "During a video conference, Montenegro and Cape Verdean Prime Minister Ulisses Correia "
        "e Silva welcomed the deal."
    )
    assert dated_meetings(read(text, DAY)) == [
        (["Luis Montenegro", "Ulisses Correia e Silva"], "2024-11-19")
    ]
