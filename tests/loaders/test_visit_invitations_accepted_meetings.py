"""An invitation accepted for a meeting to be held abroad ("accepted the invitation of B for
the next joint meeting of the two governments, to be held in Albania next year") is an
announced visit there, as "accepted the invitation to attend" is; an invitation accepted for a
dinner tells no trip."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_visits, read

_DAY = datetime.date(2024, 11, 25)
_STORY = (
    "SKOPJE, 25 November 2024 - The Prime Minister of North Macedonia, Hristijan Mickoski, "
    "welcomed the Prime Minister of Montenegro, Milojko Spajic, who is on an official visit "
    "to North Macedonia.\n\n"
)


def test_an_invitation_of_the_host_for_a_meeting_held_abroad_is_an_announced_visit() -> None:
    text = (
        "Prime Minister Mickoski accepted the invitation of Prime Minister Spajic for the next "
        "joint session of the two governments, to be held in Montenegro next year."
    )
    assert ("Hristijan Mickoski", "ME", "2025") in dated_visits(read(_STORY + text, _DAY))


def test_an_invitation_accepted_for_a_dinner_is_no_visit() -> None:
    """Counter-example: no meeting abroad, no trip."""
    text = (
        "Prime Minister Mickoski accepted the invitation of Prime Minister Spajic for the dinner."
    )
    visitors = {v[0] for v in dated_visits(read(_STORY + text, _DAY))}
    assert visitors == {"Milojko Spajic"}
