""" "The Chancellors A and B held a bilateral meeting" names its own pair: the two ministers
meet apart from their leaders, on the day of the leaders' talks told before ("Previously,"),
and are not folded into them; "the two leaders" named by no one still means the principals."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read

FILED = datetime.date(2025, 6, 13)
OPENING = (
    "Uruguayan President Yamandu Orsi held talks with Paraguayan President Santiago Pena at "
    "the Lopez Palace on Tuesday. "
)


def test_meetings_pair_named_after_the_ministers_meet_apart() -> None:
    text = OPENING + (
        "Previously, the Chancellors Mario Lubetkin and Ruben Ramirez held a bilateral meeting "
        "at the Lopez Palace."
    )
    assert dated_meetings(read(text, FILED)) == [
        (["Santiago Pena", "Yamandu Orsi"], "2025-06-10"),
        (["Mario Lubetkin", "Ruben Ramirez"], "2025-06-10"),
    ]


def test_meetings_pair_named_after_a_comma_and_titles_between() -> None:
    text = OPENING + (
        "Foreign Minister Mario Lubetkin travelled with Orsi. Earlier, the two foreign "
        "ministers, Mario Lubetkin and his Paraguayan counterpart Ruben Ramirez, held a working "
        "meeting."
    )
    assert dated_meetings(read(text, FILED)) == [
        (["Santiago Pena", "Yamandu Orsi"], "2025-06-10"),
        (["Mario Lubetkin", "Ruben Ramirez"], "2025-06-10"),
    ]


def test_meetings_pair_named_after_unnamed_pair_is_still_the_principals() -> None:
    """Counter-example: "the two leaders" with no names after it are the leaders told before."""
    text = OPENING + "The two leaders also held a working lunch at the palace."
    assert dated_meetings(read(text, FILED)) == [(["Santiago Pena", "Yamandu Orsi"], "2025-06-10")]
