"""A "he"/"she" after a time of day that opens the sentence ("At noon she sat down with X",
"Around midnight he met Y") is the person the story is about, as after "In the afternoon"
(issue 4): the talks had one named side and were lost."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

_DAY = datetime.date(2025, 3, 12)
_OPENING = "Chilean Foreign Minister Ana Torres landed in Lima on Tuesday. "


def _meetings(text: str) -> list[list[str]]:
    return meetings(read(text, _DAY))


@pytest.mark.parametrize(
    "sentence",
    [
        "At noon she sat down with Luis Paredes, the Peruvian Minister of Foreign Affairs.",
        "Around midday she met Peruvian Foreign Minister Luis Paredes.",
        "Shortly before midnight she held talks with Peruvian Foreign Minister Luis Paredes.",
    ],
)
def test_pronoun_time_of_day_openers_talks_are_the_subjects(sentence: str) -> None:
    assert ["Ana Torres", "Luis Paredes"] in _meetings(_OPENING + sentence)


def test_pronoun_time_of_day_openers_a_named_subject_is_not_the_story_subject() -> None:
    """Counter-example: after "At noon" a name, not a pronoun, opens the talks: they are that
    person's, and the guest of the opening sentence takes no part."""
    text = _OPENING + "At noon Luis Paredes sat down with Bolivian Foreign Minister Rosa Mamani."
    assert all("Ana Torres" not in meeting for meeting in _meetings(text))
