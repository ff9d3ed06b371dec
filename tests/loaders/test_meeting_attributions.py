"""Who reports or recalls talks takes no part in them, also when the report's own words name
the talks: "..., Press Secretary X told reporters after the meeting", "X recalled the meeting
between A and B"."""

from __future__ import annotations

import datetime

from tests.loaders.reading import dated_meetings, read


def test_a_spokesperson_telling_reporters_after_the_meeting_is_no_participant() -> None:
    document = read(
        "President Hakainde Hichilema received Foreign Minister Mauro Vieira of Brazil on "
        "Monday. Hichilema accepted an invitation to visit Brasilia, State House spokesperson "
        "Clayson Hamasaka told reporters after the meeting.",
        datetime.date(2025, 3, 4),
    )
    people = {name for names, _ in dated_meetings(document) for name in names}
    assert "Clayson Hamasaka" not in people
    assert (["Hakainde Hichilema", "Mauro Vieira"], "2025-03-03") in dated_meetings(document)


def test_who_recalls_the_meeting_between_two_leaders_is_no_side_of_it() -> None:
    """The sides are the two named after "between"; neither the minister who recalls the
    meeting nor the one he then invites met them there."""
    document = read(
        "Foreign Minister Ana Costa of Portugal recalled the meeting between Prime Minister "
        "Luis Montenegro and Prime Minister Mark Carney of Canada in Brussels in June 2025, and "
        "invited Minister Anita Anand to visit Lisbon.",
        datetime.date(2025, 9, 4),
    )
    assert dated_meetings(document) == [(["Luis Montenegro", "Mark Carney"], "2025-06")]
