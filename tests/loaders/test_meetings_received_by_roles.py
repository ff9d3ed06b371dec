"""A guest named by a role and "received by" the host: "the Uruguayan Chancellor was received
at the palace by the President, A" (the "Canciller" of a Spanish text, its foreign minister),
and "The minister, who touched down at X Airport on Monday, was yesterday received by A"
(a landing told in an aside, not a welcome at the airport)."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, meetings, read

DAY = datetime.date(2024, 9, 18)


def test_meetings_the_chancellor_of_a_translated_text_is_its_foreign_minister() -> None:
    text = (
        "Uruguayan Foreign Minister Omar Paganini arrived in Tegucigalpa on Tuesday for an "
        "official visit. In the afternoon, the Uruguayan Chancellor was received at the "
        "Presidential House by the President of the Republic, Xiomara Castro, to whom he "
        "handed a message from his government."
    )
    assert dated_meetings(read(text, DAY)) == [(["Omar Paganini", "Xiomara Castro"], "2024-09-17")]


def test_meetings_a_chancellor_who_heads_a_government_stays_the_chancellor() -> None:
    # near-miss: Austria has a chancellor of its own, who is meant
    text = (
        "Austrian Chancellor Karl Nehammer and Austrian Foreign Minister Alexander Schallenberg "
        "arrived in Prague on Tuesday. The Austrian Chancellor was received at the Kramar Villa "
        "by Prime Minister Petr Fiala."
    )
    assert ["Karl Nehammer", "Petr Fiala"] in meetings(read(text, DAY))
    assert ["Alexander Schallenberg", "Petr Fiala"] not in meetings(read(text, DAY))


def test_meetings_a_landing_told_aside_is_no_welcome_at_the_airport() -> None:
    text = (
        "Latvian Foreign Minister Baiba Braze is on a working visit to Norway. The minister, "
        "who touched down at Gardermoen Airport on Monday evening, was yesterday received by "
        "Prime Minister Jonas Gahr Store at the government offices."
    )
    assert meetings(read(text, DAY)) == [["Baiba Braze", "Jonas Gahr Store"]]


def test_meetings_a_welcome_at_the_airport_stays_a_courtesy() -> None:
    # near-miss: the welcome itself told at the airport, no aside
    text = (
        "Latvian Foreign Minister Baiba Braze landed at Gardermoen Airport on Monday evening "
        "and was received by State Secretary Eivind Vad Petersson."
    )
    assert meetings(read(text, DAY)) == []
