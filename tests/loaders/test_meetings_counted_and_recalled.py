"""Talks told in ways a talks cue alone missed: a tête-à-tête "of about one hour", talks counted
and then told one by one ("held two bilateral meetings. The first was with X"), and a call
"It is to be recalled" the two had held."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, meetings, read

DAY = datetime.date(2024, 10, 9)
_ARRIVAL = (
    "President Faure Gnassingbe arrived in Niamey on Tuesday for a working visit to Niger at "
    "the invitation of President Abdourahamane Tiani. "
)


def test_meetings_a_tete_a_tete_of_about_an_hour_is_talks() -> None:
    text = _ARRIVAL + (
        "The two Heads of State had there a tête-à-tête of about one hour, before talks in "
        "enlarged format."
    )
    assert meetings(read(text, DAY)) == [["Abdourahamane Tiani", "Faure Gnassingbe"]]


def test_meetings_a_meeting_of_a_body_had_is_still_no_talks() -> None:
    # near-miss: "had a meeting of" a body, not talks of those named
    text = (
        "Senegalese Prime Minister Ousmane Sonko had a meeting of the Council of Ministers on "
        "Wednesday, with Finance Minister Cheikh Diba."
    )
    assert meetings(read(text, DAY)) == []


def test_meetings_a_call_it_is_to_be_recalled_was_held() -> None:
    text = _ARRIVAL + (
        "It is to be recalled that the two Heads of State had spoken by telephone on 14 "
        "September to finalise the preparations of this visit."
    )
    assert (
        ["Abdourahamane Tiani", "Faure Gnassingbe"],
        "2024-09-14",
    ) in dated_meetings(read(text, DAY))


def test_meetings_talks_that_are_to_be_held_stay_planned() -> None:
    # near-miss: "is to" still tells talks to come
    text = "President Faure Gnassingbe is to hold talks with President Abdourahamane Tiani in May."
    assert meetings(read(text, DAY)) == []


_COUNTED = (
    "Malawian President Lazarus Chakwera attended the SADC summit in Harare on Wednesday. "
    "On the margins of the summit, President Lazarus Chakwera held two bilateral meetings. "
)


def test_meetings_talks_counted_then_told_one_by_one() -> None:
    text = _COUNTED + (
        "The first was with the President of Botswana, Duma Boko, who arrived on Tuesday. "
        "They discussed the railway. The second was with the President of Zambia, Hakainde "
        "Hichilema."
    )
    assert meetings(read(text, DAY)) == [
        ["Duma Boko", "Lazarus Chakwera"],
        ["Hakainde Hichilema", "Lazarus Chakwera"],
    ]


def test_meetings_a_first_item_with_no_count_before_it_is_no_talks() -> None:
    # near-miss: "the first was with" after no count of talks
    text = (
        "Malawian President Lazarus Chakwera opened two factories in Blantyre on Wednesday. "
        "The first was with the investors of Botswanan businessman Satar Dada."
    )
    assert meetings(read(text, DAY)) == []
