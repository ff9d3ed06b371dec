"""Talks told as a noun behind a possessive that opens the sentence ("His talks with X ...")
are the talks of the person the story is about; someone else's talks ("His successor held
talks", "His wife's meeting with") are not theirs (issue 4)."""

from __future__ import annotations

import pytest

from tests.loaders.reading import meetings, read

_ARRIVAL = "Mongolian President Ukhnaa Khurelsukh paid a state visit to Seoul on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "His talks with President Lee Jae-myung focused on rare minerals.",
        "His bilateral meeting with President Lee Jae-myung ran over by an hour.",
        "On Wednesday, his discussions with President Lee Jae-myung turned to railways.",
    ],
)
def test_meetings_possessive_talks_are_the_visitors(sentence: str) -> None:
    assert meetings(read(_ARRIVAL + sentence + "\n")) == [["Lee Jae-myung", "Ukhnaa Khurelsukh"]]


def test_meetings_possessive_talks_of_a_woman_visitor() -> None:
    text = (
        "Danish Prime Minister Mette Frederiksen arrived in Accra on Monday. Her first meeting "
        "with President John Mahama lasted an hour.\n"
    )
    assert meetings(read(text)) == [["John Mahama", "Mette Frederiksen"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "His successor held talks with the party chief.",
        "His wife's meeting with the first lady drew crowds.",
        "His predecessor Ilyas Tsend met the chairman of the assembly in 2012.",
    ],
)
def test_meetings_possessive_of_someone_else_gives_the_visitor_no_talks(sentence: str) -> None:
    """Counter-example: the possessive owns a person, not the talks."""
    found = meetings(read(_ARRIVAL + sentence + "\n"))
    assert all("Ukhnaa Khurelsukh" not in people for people in found)
