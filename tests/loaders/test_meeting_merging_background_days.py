"""Meeting merging: the story's undated talks are not the same pair's background talks of
another month ("had visited in March 2023, when she held talks with X"), nor are talks a
"since" clause tells ("since A came to Vienna in October 2016 for a meeting with B") today's."""

from __future__ import annotations

import datetime

from dkg.loaders import Document
from tests.loaders.reading import PIPELINE, dated_meetings

DAY = datetime.date(2025, 3, 4)


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return sorted(dated_meetings(PIPELINE(Document("t", "t", text, date=DAY))))


def test_meeting_merging_background_days_keep_the_story_talks_apart() -> None:
    text = (
        "President Omar Haddad later held talks with Prime Minister Ingrid Solberg at the "
        "villa. Solberg had visited Jordan in March 2023, when she held talks with Haddad in "
        "Amman."
    )
    assert _meetings(text) == [
        (["Ingrid Solberg", "Omar Haddad"], "2023-03"),
        (["Ingrid Solberg", "Omar Haddad"], "2025-03-04"),
    ]


def test_meeting_merging_background_days_merge_talks_told_twice_in_their_visit() -> None:
    text = (
        "Prime Minister Ingrid Solberg visited Jordan in March 2023. During the visit, she "
        "held talks with President Omar Haddad in Amman."
    )
    assert _meetings(text) == [(["Ingrid Solberg", "Omar Haddad"], "2023-03")]


def test_meeting_merging_background_days_since_clause_talks_are_the_clause_s() -> None:
    text = (
        "South Korean President Lee Jae-myung held talks with Austrian Chancellor Christian "
        "Stocker in Vienna on Monday. Former president Park Geun-hye and former chancellor "
        "Christian Kern signed a memorandum in 2016. Lee's visit was the first by a Korean "
        "president since Park came to Vienna in October 2016 for a meeting with the then "
        "chancellor Christian Kern."
    )
    assert _meetings(text) == [
        (["Christian Kern", "Park Geun-hye"], "2016-10"),
        (["Christian Stocker", "Lee Jae-myung"], "2025-03-03"),
    ]


def test_meeting_merging_background_days_since_phrase_after_talks_dates_nothing() -> None:
    text = (
        "President Omar Haddad met Prime Minister Ingrid Solberg in Oslo on Monday, their "
        "first talks since a summit in 2019."
    )
    assert _meetings(text) == [(["Ingrid Solberg", "Omar Haddad"], "2025-03-03")]


def test_meeting_merging_background_days_keep_a_courtesy_call_beside_the_talks() -> None:
    """Counter-example: merging again once every mention is dated joins only the very same
    people; the guest's courtesy call on the head of state stays apart from the talks, though
    both are that day and the call's pair shares the guest with them."""
    text = (
        "The Prime Minister of Tonga, Hon. Sione Vaea, today received the Foreign Minister of "
        "Samoa, Hon. Leota Faamausili, who is in Tonga on an official visit. Hon. Faamausili "
        "arrived at Fua'amotu International Airport yesterday (Monday) and travelled to "
        "Nuku'alofa this morning, where he paid a courtesy call on His Majesty King Tupou "
        "Lavaka at the Palace. The bilateral meeting between the two ministers was held at the "
        "Prime Minister's Office."
    )
    found = _meetings(text)
    assert (["Leota Faamausili", "Tupou Lavaka"], "2025-03-04") in found
    assert len(found) == 2, found
