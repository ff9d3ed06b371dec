"""A pronoun subject of talks is the story's current actor, after a day and a place as after
either alone ("On Friday in Nairobi he met A and B"); and when no one is found for it, the
people met did not meet each other."""

from __future__ import annotations

import pytest

from tests.loaders.reading import meetings, read

_OPENING = (
    "NAIROBI, 6 June 2025 - Foreign Minister Tomas Novak of the Czech Republic is on a "
    "three-day official visit to Kenya.\n\n"
)


@pytest.mark.parametrize(
    "opener",
    ["On Friday in Nairobi he", "In Nairobi on Friday he", "On Friday he", "In Mombasa he"],
)
def test_meetings_pronoun_subjects_after_a_day_and_place(opener: str) -> None:
    document = read(
        f"{_OPENING}{opener} also met Prime Minister Musalia Mudavadi and Speaker Moses "
        "Wetangula separately.\n"
    )
    assert sorted(meetings(document)) == [
        ["Moses Wetangula", "Tomas Novak"],
        ["Musalia Mudavadi", "Tomas Novak"],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "She also met Prime Minister Musalia Mudavadi and Speaker Moses Wetangula separately.",
        "On Friday she met Prime Minister Musalia Mudavadi and Speaker Moses Wetangula.",
    ],
)
def test_meetings_pronoun_subjects_unfound_leave_the_people_met_apart(sentence: str) -> None:
    """Counter-example: with no one to stand for the pronoun, the two people met are no
    table of their own."""
    assert meetings(read(sentence + "\n")) == []


def test_meetings_pronoun_subjects_named_people_still_meet() -> None:
    """Counter-example: people named as the subject of "met" meet each other."""
    document = read(
        "Prime Minister Musalia Mudavadi and Foreign Minister Tomas Novak of the Czech "
        "Republic met on Friday.\n"
    )
    assert meetings(document) == [["Musalia Mudavadi", "Tomas Novak"]]
