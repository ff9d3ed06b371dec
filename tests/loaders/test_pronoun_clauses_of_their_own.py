"""An object pronoun in a clause of its own whose subject is no one named ("..., where traders
greeted him") is the person the sentence is about, not the one the previous sentence named."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read

FILED = datetime.date(2024, 3, 6)


def test_pronoun_clauses_of_their_own_a_crowd_s_greeting_is_no_meeting() -> None:
    text = (
        "Foreign Minister Penny Wong signed the accord. Prime Minister Anthony Albanese also "
        "toured the Suva fish market, where traders selling tuna greeted him with songs."
    )
    assert meetings(read(text, FILED)) == []
    text = (
        "Prime Minister Sitiveni Rabuka hosted a dinner. Prime Minister Anthony Albanese "
        "arrived late, as the band greeted him."
    )
    assert meetings(read(text, FILED)) == []


def test_pronoun_clauses_of_their_own_a_named_host_still_receives_him() -> None:
    text = (
        "Prime Minister Anthony Albanese flew to Suva, where Prime Minister Sitiveni Rabuka "
        "received him."
    )
    assert meetings(read(text, FILED)) == [["Anthony Albanese", "Sitiveni Rabuka"]]
    text = (
        "Prime Minister Sitiveni Rabuka waited at the airport. Prime Minister Anthony Albanese "
        "landed at noon, and Rabuka greeted him warmly."
    )
    assert meetings(read(text, FILED)) == [["Anthony Albanese", "Sitiveni Rabuka"]]
