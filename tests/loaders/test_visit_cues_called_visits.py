"""A telephone or video call is no trip: a bare "the visit" in a call's sentence ("held a
telephone conversation with her Polish counterpart, in preparation for the visit") sends
neither side to the other's country; a visit the sentence tells in full still counts."""

from __future__ import annotations

import datetime

from tests.loaders.reading import meetings, read, visit_statuses

_DAY = datetime.date(2025, 3, 20)


def _visits(text: str) -> set[tuple[str, str, str]]:
    return visit_statuses(read(text, _DAY))


def test_visit_cues_call_in_preparation_for_the_visit_is_no_trip() -> None:
    text = (
        "On 18 March, Foreign Minister Elina Valtonen held a telephone conversation with her "
        "Hungarian counterpart Peter Szijjarto, in preparation for the visit.\n"
    )
    document = read(text, _DAY)
    assert document.visits == ()
    assert ["Elina Valtonen", "Peter Szijjarto"] in meetings(document)


def test_visit_cues_video_call_ahead_of_the_upcoming_visit_is_no_trip() -> None:
    text = (
        "Prime Minister Kristen Michal held a video call with his Latvian counterpart Evika "
        "Silina on Tuesday ahead of the upcoming visit.\n"
    )
    assert _visits(text) == set()


def test_visit_cues_call_ahead_of_a_visit_to_a_named_country_still_counts() -> None:
    """Counter-example: the call's sentence names where the coming visit goes."""
    text = (
        "Foreign Minister Elina Valtonen held a phone call with Hungarian Foreign Minister "
        "Peter Szijjarto on Tuesday ahead of her visit to Hungary next week.\n"
    )
    assert ("Elina Valtonen", "HU", "announced") in _visits(text)


def test_visit_cues_talks_in_person_during_the_visit_still_count() -> None:
    """Counter-example: no call, the talks of a visit under way keep their visit."""
    text = (
        "BUDAPEST, March 20 - Finnish Foreign Minister Elina Valtonen held talks with her "
        "Hungarian counterpart Peter Szijjarto on Thursday during the visit.\n"
    )
    assert ("Elina Valtonen", "HU", "happened") in _visits(text)


def test_visit_cues_the_visit_made_by_someone_in_a_call_sentence_still_counts() -> None:
    """Counter-example: "the visit made by X to Y" names its traveller and destination, though
    the sentence also tells a telephone call."""
    text = (
        "The state visit returns the visit made by President Alar Karis to Helsinki in May 2023, "
        "and follows the telephone conversation held by both leaders in March.\n"
    )
    assert ("Alar Karis", "FI", "happened") in _visits(text)
