"""Those "also present during the talks" join the talks told before; they do not meet each
other in a meeting of their own (issue 4)."""

from __future__ import annotations

import datetime

import pytest

from tests.loaders.reading import meetings, read

FILED = datetime.date(2024, 11, 5)
TALKS = "President Gustavo Petro met President Luis Abinader in Santo Domingo on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Also present during the talks were Foreign Minister Luis Gilberto Murillo and Foreign"
        " Minister Roberto Alvarez.",
        "Foreign Minister Luis Gilberto Murillo and Foreign Minister Roberto Alvarez were"
        " present at the talks.",
        "Present for the meeting were Foreign Minister Luis Gilberto Murillo and Foreign"
        " Minister Roberto Alvarez.",
    ],
)
def test_meetings_present_at_talks_join_them(sentence: str) -> None:
    assert meetings(read(TALKS + sentence, FILED)) == [
        ["Gustavo Petro", "Luis Abinader", "Luis Gilberto Murillo", "Roberto Alvarez"]
    ]


def test_meetings_present_at_talks_not_at_a_ceremony() -> None:
    # Counter-example: present at something that is no talks; the two ministers' own talks
    # that the sentence tells stay a meeting of their own.
    text = (
        TALKS + "Present at the ceremony afterwards were many guests. Later, Foreign Minister"
        " Luis Gilberto Murillo held talks with Foreign Minister Roberto Alvarez."
    )
    assert ["Luis Gilberto Murillo", "Roberto Alvarez"] in meetings(read(text, FILED))
